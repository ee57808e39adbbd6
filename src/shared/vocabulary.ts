// The closed vocabularies kanmon's options, rules and reports share, written once.

/** Severity of a rule: error = 指摘事項 (must fix), warning = 意見 (should fix), info = 参考. */
export type Severity = 'error' | 'warning' | 'info';

/** Lifecycle phases (Standard Guideline 2019-02 on). */
export type Phase =
  | 'launch' | 'budget_request' | 'service_business_planning' | 'requirements' | 'procurement'
  | 'design_development' | 'service_operation_improvement' | 'operation_maintenance' | 'system_audit' | 'closure';

/** Every severity, most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Every phase, in lifecycle order. */
export const PHASES: readonly Phase[] = [
  'launch', 'budget_request', 'service_business_planning', 'requirements', 'procurement',
  'design_development', 'service_operation_improvement', 'operation_maintenance', 'system_audit', 'closure',
];

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** How severe a severity is: info 0 < warning 1 < error 2. */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Whether a finding of this status and severity blocks at `failOn`: fail or missing at or above it. */
export function blocks(status: string, severity: Severity, failOn: Severity): boolean {
  return (status === 'fail' || status === 'missing') && RANK[severity] >= RANK[failOn];
}
