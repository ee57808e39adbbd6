import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFindings } from '../../src/assemble/sort.js';
import { naturalCompare } from '../../src/shared/json-pointer.js';

// Findings are ordered by pack, rule id (natural order) and pointer (natural order), ties kept in
// their order. The sort ranks rule ids from the editions judged when it can, and from the list
// otherwise; either way the order must be this plain one.

interface Head { pack: string; ruleId: string; pointer: string; n: number }

const reference = (list: Head[]): Head[] => [...list].sort((a, b) =>
  (a.pack < b.pack ? -1 : a.pack > b.pack ? 1 : 0) || naturalCompare(a.ruleId, b.ruleId) || naturalCompare(a.pointer, b.pointer));

const head = fc.record({
  pack: fc.constantFrom('ismap', 'standard-guideline', 'local-gov'),
  ruleId: fc.constantFrom('SG-1', 'SG-2', 'SG-10', 'SG-9a', 'ISMAP-03', 'ISMAP-3', 'LG-100'),
  pointer: fc.constantFrom('', '/a', '/a/2', '/a/10', '/a/2/b', '/b/1'),
});

describe('sortFindings', () => {
  it('orders by pack, rule id and pointer, ties in arrival order, whatever the ranks it is given', () => {
    fc.assert(fc.property(
      fc.array(head, { maxLength: 40 }),
      fc.subarray(['ismap', 'standard-guideline', 'local-gov']),
      fc.boolean(),
      (heads, knownPacks, complete) => {
        const list = heads.map((h, n) => ({ ...h, n }));
        // The ids an edition of each known pack has: all ids seen (complete) or all but one.
        const known = new Map(knownPacks.map((pack) => {
          const ids = [...new Set(list.filter((h) => h.pack === pack).map((h) => h.ruleId))].sort(naturalCompare);
          const kept = complete ? [...ids, 'ZZ-0'].sort(naturalCompare) : ids.slice(1);
          return [pack, new Map(kept.map((id, i) => [id, i]))] as const;
        }));
        expect(sortFindings(list, known).map((h) => h.n)).toEqual(reference(list).map((h) => h.n));
      },
    ), { numRuns: 2000, seed: 3 });
  });

  it('returns a new array, also when the findings came in order', () => {
    const list = [{ pack: 'a', ruleId: 'R-1', pointer: '' }, { pack: 'a', ruleId: 'R-2', pointer: '' }];
    const sorted = sortFindings(list);
    expect(sorted).toEqual(list);
    expect(sorted).not.toBe(list);
  });
});
