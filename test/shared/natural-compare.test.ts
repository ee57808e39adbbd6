import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../src/shared/json-pointer.js';

// naturalCompare orders findings by pointer (/a/2 before /a/10) and rule ids (SG-2 before SG-10).
// It walks the strings in place; this is the plain statement of the order it must keep: split both
// strings into runs of digits and of other characters, compare runs of digits by value and
// everything else (and equal values written differently) by code units.
function reference(a: string, b: string): number {
  const runs = (s: string): string[] => s.match(/\d+|\D+/g) ?? [];
  const x = runs(a);
  const y = runs(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i]!, y[i]!];
    if (p === q) continue;
    if (/^\d/.test(p) && /^\d/.test(q)) {
      const [u, v] = [BigInt(p), BigInt(q)];
      if (u !== v) return u < v ? -1 : 1;
    }
    return p < q ? -1 : 1;
  }
  return Math.sign(x.length - y.length);
}

const piece = fc.oneof(
  fc.constantFrom('/', '-', '.', '~', 'a', 'b', 'Z', 'ä', '漢', '0', '00', '1', '2', '9', '10', '010'),
  fc.stringMatching(/^[0-9]{1,25}$/),
);
const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));

describe('naturalCompare', () => {
  it('orders by runs: digits by value, the rest by code units', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      expect(Math.sign(naturalCompare(a, b))).toBe(reference(a, b));
      expect(Math.sign(naturalCompare(b, a))).toBe(0 - reference(a, b) || 0);
    }), { numRuns: 5000, seed: 11 });
  });

  it('puts /a/2 before /a/10 and SG-9 before SG-10, and keeps equal values written differently apart', () => {
    expect(['/a/10', '/a/2', '/a/1/b', '/a'].sort(naturalCompare)).toEqual(['/a', '/a/1/b', '/a/2', '/a/10']);
    expect(['SG-10', 'SG-9', 'SG-09'].sort(naturalCompare)).toEqual(['SG-09', 'SG-9', 'SG-10']);
    expect(naturalCompare('x99999999999999999999', 'x100000000000000000000')).toBeLessThan(0);
  });
});
