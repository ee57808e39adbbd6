import { addDays } from '../../shared/dates.js';
import { editionName, findingIn, type EditionFile } from './edition-file.js';
import type { LintFinding } from './types.js';

/**
 * Editions of one pack (oldest first) whose dates contradict each other: two taking effect on the
 * same day, or one whose `until` reaches past the next one's `from`. Reported in a given file: at
 * the `until` that reaches too far when it is given, else at the later edition's `from`.
 */
export function editionDateClashes(family: readonly EditionFile[]): LintFinding[] {
  const findings: LintFinding[] = [];
  for (let i = 1; i < family.length; i++) {
    const first = family[i - 1]!;
    const next = family[i]!;
    const { from } = next.written.effective;
    const until = first.written.effective.until;
    const params = { first: editionName(first.written), next: editionName(next.written), from };
    if (first.written.effective.from === from) {
      // Two given files on one day do not load together (the loader's same-start-date says so); lint
      // adds what the loader cannot see: a given edition on the same day as a bundled one.
      if (first.given && next.given) continue;
      const at = next.given ? next : first;
      if (at.given) findings.push(findingIn(at, { code: 'same-effective-from', pointer: '/effective/from', params }));
    } else if (until !== undefined && until >= from) {
      const report = { code: 'overlapping-editions' as const, params: { ...params, until, dayBefore: addDays(from, -1) } };
      if (first.given) findings.push(findingIn(first, { ...report, pointer: '/effective/until' }));
      else if (next.given) findings.push(findingIn(next, { ...report, pointer: '/effective/from' }));
    }
  }
  return findings;
}
