import type { Finding, Status } from '../report/types.js';
import { SEVERITIES, type Severity } from '../shared/vocabulary.js';

/** Findings of one severity and one status, in the report's order. */
export interface FindingGroup {
  severity: Severity;
  status: Status;
  findings: Finding[];
  /** Whether the group needs attention (fail, missing or waived), so the page opens it. */
  attention: boolean;
}

/** The order statuses are shown in within a severity: what needs work first. */
export const STATUS_ORDER: readonly Status[] = ['fail', 'missing', 'waived', 'pass', 'not_applicable'];

/** Group findings by severity (must fix first) and status (fail, missing, waived, pass, n/a); empty groups are left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITIES) {
    for (const status of STATUS_ORDER) {
      const members = findings.filter((f) => f.severity === severity && f.status === status);
      if (members.length) groups.push({ severity, status, findings: members, attention: status === 'fail' || status === 'missing' || status === 'waived' });
    }
  }
  return groups;
}
