import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPointer } from '../../src/assemble/evidence.js';
import type { Evidence } from '../../src/report/types.js';

// The place of a finding: the first piece of evidence (of the role asked for) that has a place and
// the result asked for, else the first (of that role) that has a place, else none ('').
function plainStatement(evidence: readonly Evidence[], result?: string, role?: Evidence['role']): string {
  const pool = role ? evidence.filter((e) => e.role === role) : evidence;
  const match = pool.find((e) => e.pointer !== undefined && (result === undefined || e.result === result)) ?? pool.find((e) => e.pointer !== undefined);
  return match?.pointer ?? '';
}

const RESULTS = ['true', 'false', 'unknown'] as const;
const evidence = fc.record({
  pointer: fc.option(fc.constantFrom('/a', '/b/0', '/c', ''), { nil: undefined }),
  result: fc.constantFrom(...RESULTS),
  role: fc.constantFrom('when' as const, 'check' as const),
}).map((e, i = 0) => ({ fact: 'f', path: `$.p${i}`, operator: 'equal', expected: 1, actual: 2, ...e }) as Evidence);

describe('firstPointer', () => {
  it('is the plain statement of the place, for any evidence, result and role', () => {
    fc.assert(fc.property(
      fc.array(evidence, { maxLength: 8 }), fc.option(fc.constantFrom(...RESULTS), { nil: undefined }), fc.option(fc.constantFrom('when' as const, 'check' as const), { nil: undefined }),
      (list, result, role) => { expect(firstPointer(list, result, role)).toBe(plainStatement(list, result, role)); },
    ), { numRuns: 3000 });
  });

  it('prefers the result asked for over an earlier place with another result, within the role', () => {
    const list = [
      { fact: 'f', path: '$.a', pointer: '/a', operator: 'equal', expected: 1, actual: 1, result: 'true', role: 'check' },
      { fact: 'f', path: '$.w', pointer: '/w', operator: 'equal', expected: 1, actual: 2, result: 'false', role: 'when' },
      { fact: 'f', path: '$.b', pointer: '/b', operator: 'equal', expected: 1, actual: 2, result: 'false', role: 'check' },
    ] as Evidence[];
    expect(firstPointer(list, 'false', 'check')).toBe('/b');
    expect(firstPointer(list, 'false')).toBe('/w');
    expect(firstPointer(list, 'unknown', 'check')).toBe('/a');
    expect(firstPointer(list.slice(1, 2), 'false', 'check')).toBe('');
  });
});
