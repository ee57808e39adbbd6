import type { Finding, Status } from '../report/types.js';
import type { CaseResult, Expectation, SeenFinding } from './types.js';

/** Statuses every finding of which a case must expect; pass and not_applicable are asserted only when listed. */
export const MUST_EXPECT: ReadonlySet<Status> = new Set(['fail', 'missing', 'waived']);

/** Whether a finding is the one an expectation describes. */
export function fits(e: Expectation, f: SeenFinding): boolean {
  return f.rule === e.rule && f.status === e.status && (e.pointer === undefined || f.pointer === e.pointer)
    && (e.severity === undefined || f.severity === e.severity) && (e.message === undefined || f.message === e.message);
}

/** The part of a finding a case compares and shows. */
export function seen(f: Finding): SeenFinding {
  return { rule: f.ruleId, status: f.status, pointer: f.pointer, severity: f.severity, message: f.message };
}

/**
 * Pair expectations with findings one to one, as many as possible (each expectation at most one
 * finding and the reverse), so the verdict never depends on the order expectations are written in.
 */
export function matchFindings(expect: readonly Expectation[], findings: readonly SeenFinding[]): Pick<CaseResult, 'expectations' | 'unexpected' | 'related' | 'passed'> {
  const candidates = expect.map((e) => findings.flatMap((f, k) => (fits(e, f) ? [k] : [])));
  const owner = new Array<number | undefined>(findings.length).fill(undefined);
  const assign = (i: number, visited: Set<number>): boolean => {
    for (const k of candidates[i]!) {
      if (visited.has(k)) continue;
      visited.add(k);
      const current = owner[k];
      if (current === undefined || assign(current, visited)) {
        owner[k] = i;
        return true;
      }
    }
    return false;
  };
  expect.forEach((_, i) => assign(i, new Set()));
  const foundFor = new Map<number, SeenFinding>();
  owner.forEach((i, k) => { if (i !== undefined) foundFor.set(i, findings[k]!); });
  const expectations = expect.map((expectation, i) => ({ expectation, ...(foundFor.has(i) ? { found: foundFor.get(i)! } : {}) }));
  const unexpected = findings.filter((f, k) => owner[k] === undefined && MUST_EXPECT.has(f.status));
  const unmet = new Set(expectations.filter((e) => e.found === undefined).map((e) => e.expectation.rule));
  const related = findings.filter((f, k) => owner[k] === undefined && !MUST_EXPECT.has(f.status) && unmet.has(f.rule));
  return { expectations, unexpected, related, passed: unexpected.length === 0 && unmet.size === 0 };
}
