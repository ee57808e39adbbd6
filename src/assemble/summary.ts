import type { FindingHead } from '../report/finding-list.js';
import type { Decision, Summary } from '../report/types.js';
import { blocks, type Severity } from '../shared/vocabulary.js';


/** Count findings by status and failing findings (fail or missing) by severity. */
export function summarise(findings: readonly Pick<FindingHead, 'status' | 'severity'>[]): Summary {
  const s: Summary = { total: findings.length, pass: 0, fail: 0, missing: 0, not_applicable: 0, waived: 0, failing: { error: 0, warning: 0, info: 0 } };
  for (const f of findings) {
    s[f.status]++;
    if (f.status === 'fail' || f.status === 'missing') s.failing[f.severity]++;
  }
  return s;
}

/** deny when a fail or missing finding has a severity at or above failOn. */
export function decide(findings: readonly Pick<FindingHead, 'status' | 'severity'>[], failOn: Severity): Decision {
  return findings.some((f) => blocks(f.status, f.severity, failOn)) ? 'deny' : 'allow';
}
