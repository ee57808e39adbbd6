import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDataProblem, plainDataWalk } from '../../src/descriptor/plain-data.js';

// plainDataProblem answers most calls with a quick yes/no walk and explains a "no" with the full
// walk. For any value, and tight limits, its answer must be exactly the full walk's.

const leaf = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, -1.5, '', 'x', Number.NaN),
  fc.constantFrom<unknown>(10n, new Map(), new Date(0), () => 1, Symbol('s'), new (class Thing {})(), Object.create(null) as object),
);
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'x-c', '0'), tie('node'), { maxKeys: 4 }),
})).object;

/** A tree, sometimes made to contain itself or to share a branch. */
const value = fc.tuple(tree, fc.constantFrom('none', 'cycle', 'shared')).map(([root, twist]) => {
  const r = root as Record<string, unknown>;
  if (twist === 'cycle') r['x-self'] = { inner: r };
  if (twist === 'shared') { const branch = { k: [1, 2, { m: 'n' }] }; r['x-one'] = branch; r['x-two'] = [branch, branch]; }
  return r;
});

describe('plainDataProblem', () => {
  it('gives exactly what the full walk gives, within any limits', () => {
    fc.assert(fc.property(value, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 40 }), (v, maxDepth, maxNodes) => {
      const limits = { maxDepth, maxNodes };
      expect(plainDataProblem(v, limits)).toEqual(plainDataWalk(v, limits));
    }), { numRuns: 3000, seed: 42 });
  });

  it('refuses nesting beyond its quick check as the walk does', () => {
    let deep: unknown = 'end';
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(plainDataProblem({ a: deep }, { maxDepth: 100, maxNodes: 1e6 })).toMatchObject({ code: 'too-deep' });
    expect(plainDataProblem({ a: deep }, { maxDepth: 10_000, maxNodes: 1e6 })).toBeUndefined();
  });
});
