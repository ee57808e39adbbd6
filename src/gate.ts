import { runEvaluation } from './assemble/run.js';
import type { DescriptorData, DescriptorLiteral } from './descriptor/input.js';
import type { Phase } from './engine/compiled.js';
import { prepareEvaluation, type EvaluateOptions } from './evaluate.js';
import type { Decision, Finding, Report } from './report/types.js';
import { blocks } from './shared/vocabulary.js';

/** Options of gate(): those of evaluate(); `phase` defaults to budget_request and `asOf` to today in Japan. */
export interface GateOptions extends EvaluateOptions {
  /** The phase whose rules the gate checks. Default: budget_request (the pre-budget gate). */
  phase?: Phase;
}

/** A gate's answer: the decision, the findings that block it (fail or missing at or above failOn), and the full report. */
export interface GateResult {
  decision: Decision;
  blocking: Finding[];
  report: Report;
}

/**
 * Gate a descriptor written in code (a KanmonDescriptor, checked by the compiler), e.g. a budget
 * request before it is submitted. The clock is the caller's: `asOf`
 * is the option or today in Japan, never the date the descriptor claims (a descriptor cannot date
 * itself before a waiver's expiry to pass); the report warns when the descriptor claims another date.
 */
export function gate(descriptor: DescriptorLiteral, options?: GateOptions): GateResult;
/** Gate data from outside (`unknown`, `any` or a plain record), checked against the descriptor schema at run time. */
export function gate<T>(descriptor: DescriptorData<T>, options?: GateOptions): GateResult;
/** One implementation for both: the descriptor is validated against the schema at run time either way. */
export function gate(descriptor: unknown, options: GateOptions = {}): GateResult {
  const report = runEvaluation(prepareEvaluation(descriptor, { ...options, phase: options.phase ?? 'budget_request' }, 'caller'));
  const blocking = report.findings.filter((f) => blocks(f.status, f.severity, report.failOn));
  return { decision: report.decision, blocking, report };
}
