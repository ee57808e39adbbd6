import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/source.js';

// The limits are exact where the document is read in full: a value with n values and depth d
// parses with maxNodes n and maxDepth d, and is refused with either one lower. The YAML first
// pass only ever counts less than the exact check, so it can never refuse more.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const json: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    fc.integer(),
    fc.string({ maxLength: 12 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Values (keys included) and depth (collections nested; a top-level collection is 1). */
function measure(value: Json): { nodes: number; depth: number } {
  let nodes = 0;
  let depth = 0;
  const stack: [Json, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    nodes++;
    if (v === null || typeof v !== 'object') continue;
    depth = Math.max(depth, d + 1);
    for (const [, child] of Array.isArray(v) ? v.entries() : Object.entries(v).map(([k, c]) => (nodes++, [k, c] as const))) stack.push([child, d + 1]);
  }
  return { nodes, depth };
}

const texts = (value: Json) => ({
  json: JSON.stringify(value, null, 1),
  block: stringify(value),
  flow: stringify(value, { collectionStyle: 'flow' }),
});

describe('limits are exact', () => {
  it('n values and depth d: accepted at n and d, refused at n - 1 or d - 1, in JSON, block and flow YAML', () => {
    fc.assert(fc.property(json, (value) => {
      const { nodes, depth } = measure(value);
      for (const [style, text] of Object.entries(texts(value))) {
        const options = { kind: 'input' as const, format: style === 'json' ? 'json' as const : 'yaml' as const };
        const ok = parseSource(text, { ...options, limits: { maxNodes: nodes, maxDepth: depth } });
        expect('document' in ok ? ok.document.value : ok.diagnostics.map((d) => d.code), style).toEqual(value);
        const fewer = parseSource(text, { ...options, limits: { maxNodes: nodes - 1 } });
        expect('diagnostics' in fewer && fewer.diagnostics.map((d) => d.code), style).toEqual(['too-many-nodes']);
        if (depth > 0) {
          const shallower = parseSource(text, { ...options, limits: { maxDepth: depth - 1 } });
          expect('diagnostics' in shallower && shallower.diagnostics.map((d) => d.code), style).toEqual(['too-deep']);
        }
      }
    }), { seed: 13, numRuns: 300 });
  });
});
