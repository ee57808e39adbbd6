import fc from 'fast-check';
import { Almanac, Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { CompiledCondition } from '../../src/engine/compiled.js';
import { evaluateCondition } from '../../src/engine/conditions.js';
import { OPERATORS } from '../../src/engine/operators.js';
import { parsePath, readPath } from '../../src/engine/path.js';
import { RUNS } from '../support/arbitraries.js';

// Differential test: for json-rules-engine's own operators, kanmon's evaluator must give the same
// truth value as json-rules-engine's Engine on generated condition trees and facts. Where a fact is
// not an object, the two read paths differently on purpose (docs/policy-format.md, Paths): those
// cases are checked against kanmon's own rule, and the test says where and why they differ.

type Raw = { all: Raw[] } | { any: Raw[] } | { not: Raw } | { fact: string; path: string; operator: string; value: unknown };

const JRE_OPERATORS = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
const FACTS = ['alpha', 'beta', 'gamma', 'absent'];
const PATHS = ['$', '$.k1', '$.k2', '$.k3', '$.k1.k1', '$.k1.k2', '$.k3[0]', '$.k3[1]', '$.nope'];

const primitive = fc.oneof(fc.constantFrom(0, 1, 2, -1, 10, 'a', 'b', 'ab', '1', '', true, false, null), fc.integer({ min: -5, max: 5 }), fc.string({ maxLength: 2 }));
const leafValue = fc.oneof({ weight: 4, arbitrary: primitive }, { weight: 2, arbitrary: fc.array(primitive, { maxLength: 4 }) });
const objectValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, { weight: 3, arbitrary: leafValue }, { weight: 1, arbitrary: tie('object') }),
  object: fc.dictionary(fc.constantFrom('k1', 'k2', 'k3'), tie('value'), { maxKeys: 3, noNullPrototype: true }),
}));
const facts = fc.record({ alpha: objectValue.object, beta: objectValue.object, gamma: objectValue.object });

/** Comparisons of the given facts at the given paths, with literal values or a reference to a fact. */
function leafOf(factNames: readonly string[], paths: readonly string[], literal: fc.Arbitrary<unknown>): fc.Arbitrary<Raw> {
  return fc.record({
    fact: fc.constantFrom(...factNames),
    path: fc.constantFrom(...paths),
    operator: fc.constantFrom(...JRE_OPERATORS),
    value: fc.oneof(
      { weight: 5, arbitrary: literal },
      { weight: 1, arbitrary: fc.record({ fact: fc.constantFrom(...factNames), path: fc.constantFrom(...paths) }) },
    ),
  }).filter((l) => !(['in', 'notIn'].includes(l.operator) && !Array.isArray(l.value) && !(typeof l.value === 'object' && l.value !== null)));
}

/** Condition trees (all, any, not) over comparisons. */
function treeOf(leaf: fc.Arbitrary<Raw>): fc.Arbitrary<Raw> {
  return fc.letrec<{ node: Raw }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }) },
      { weight: 1, arbitrary: fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }) },
      { weight: 1, arbitrary: fc.record({ not: tie('node') }) },
    ),
  })).node;
}

const tree = treeOf(leafOf(FACTS, PATHS, leafValue));

function compile(raw: Raw): CompiledCondition {
  if ('all' in raw) return { kind: 'all', children: raw.all.map(compile) };
  if ('any' in raw) return { kind: 'any', children: raw.any.map(compile) };
  if ('not' in raw) return { kind: 'not', child: compile(raw.not) };
  const isRef = typeof raw.value === 'object' && raw.value !== null && !Array.isArray(raw.value);
  const ref = raw.value as { fact: string; path: string };
  return {
    kind: 'leaf', fact: raw.fact, path: raw.path, segments: parsePath(raw.path)!, operator: OPERATORS.get(raw.operator)!,
    value: isRef ? undefined : raw.value,
    ...(isRef ? { valueRef: { fact: ref.fact, path: ref.path, segments: parsePath(ref.path)! } } : {}),
  };
}

// in/notIn against a fact reference that resolves to a number make json-rules-engine throw
// (b.indexOf is not a function); kanmon answers false. Such trees are outside the comparison.
function jreThrows(error: unknown): boolean {
  return error instanceof TypeError && /indexOf/.test(error.message);
}

describe('differential: kanmon vs json-rules-engine Engine', () => {
  it('gives the same truth value for json-rules-engine operators', async () => {
    await fc.assert(fc.asyncProperty(tree, facts, async (raw, factValues) => {
      const engine = new Engine([], { allowUndefinedFacts: true });
      const root = 'fact' in raw ? { all: [raw] } : raw;
      engine.addRule({ conditions: root as never, event: { type: 'holds' } });
      let expected: boolean;
      try {
        const { events } = await engine.run(factValues);
        expected = events.length > 0;
      } catch (error) {
        if (jreThrows(error)) return;
        throw error;
      }
      const lookup = (name: string) => (name in factValues ? { value: (factValues as Record<string, unknown>)[name] } : undefined);
      const ours = evaluateCondition(compile(root), lookup, { asOf: '2020-01-01' });
      expect(ours.jre).toBe(expected);
      // Where kanmon's three-valued answer is decided, it agrees with json-rules-engine too.
      if (ours.truth !== 'unknown') expect(ours.truth === 'true').toBe(expected);
    }), { numRuns: Number(process.env.KANMON_DIFF_RUNS ?? RUNS) });
  }, 300_000);
});

// Facts that are not objects: text, numbers, true/false, null and lists, read with `$`, `.name` and
// `[index]` steps. kanmon's one rule: a path step that does not exist in the value is absent, and a
// comparison with an absent value is unknown (the finding is missing), never a pass and never a
// crash; `.length` is a name like any other. An `[index]` step into text gives its character, as
// JSONPath does (a policy never gets there: the loader rejects any step below a text field).
// json-rules-engine differs deliberately in two ways, so neither is compared:
// - on a fact that is not an object (text, number, boolean, null) it ignores the path and compares
//   the whole value: `{fact: id, path: $.a, operator: equal, value: <the id>}` holds there;
// - its JSONPath reads `.length` of a list or of text as the length.
const SCALAR_FACTS = { text: 'abc', empty: '', number: 3, zero: 0, yes: true, no: false, nothing: null } as const;
const NON_OBJECT_PATHS = ['$', '$.length', '$.a', '$.k1', '$[0]', '$[1]', '$[5]', '$[0].k1', '$.length.length'];
const nonObject = fc.oneof(
  fc.constantFrom<unknown>('abc', '', 'a', 3, 0, -1, 2, true, false, null),
  fc.array(primitive, { maxLength: 3 }),
  fc.array(objectValue.object, { maxLength: 2 }),
);
const nonObjectFacts = fc.record({ alpha: objectValue.object, sigma: nonObject, tau: nonObject, list: fc.array(primitive, { maxLength: 3 }) });
const NON_OBJECT_FACT_NAMES = ['alpha', 'sigma', 'tau', 'list'];
const nonObjectTree = treeOf(leafOf(NON_OBJECT_FACT_NAMES, NON_OBJECT_PATHS, fc.oneof(
  { weight: 5, arbitrary: fc.oneof(primitive, fc.constantFrom<unknown>('abc', 3, 2, 0, 1)) },
  { weight: 1, arbitrary: fc.array(primitive, { maxLength: 3 }) },
)));

function leavesOf(raw: Raw): Extract<Raw, { fact: string }>[] {
  if ('all' in raw) return raw.all.flatMap(leavesOf);
  if ('any' in raw) return raw.any.flatMap(leavesOf);
  if ('not' in raw) return leavesOf(raw.not);
  return [raw];
}

/** Every (fact, path) a tree reads, the leaf's own and its value reference's. */
function readsOf(raw: Raw): { fact: string; path: string }[] {
  return leavesOf(raw).flatMap((l) => {
    const ref = typeof l.value === 'object' && l.value !== null && !Array.isArray(l.value) ? [l.value as { fact: string; path: string }] : [];
    return [{ fact: l.fact, path: l.path }, ...ref];
  });
}

const same = (a: unknown, b: unknown): boolean => Object.is(a, b) || (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

async function jreVerdictOf(raw: Raw, factValues: Record<string, unknown>): Promise<boolean | 'throws'> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({ conditions: ('fact' in raw ? { all: [raw] } : raw) as never, event: { type: 'holds' } });
  try {
    return (await engine.run(factValues)).events.length > 0;
  } catch (error) {
    if (jreThrows(error)) return 'throws';
    throw error;
  }
}

/** What kanmon reads at a path of a fact (its one resolver), and what json-rules-engine's Almanac reads. */
async function bothReads(factValues: Record<string, unknown>, fact: string, path: string): Promise<{ ours: unknown; jre: unknown }> {
  const almanac = new Almanac({ allowUndefinedFacts: true });
  for (const [name, value] of Object.entries(factValues)) almanac.addRuntimeFact(name, value);
  return { ours: readPath(factValues[fact], parsePath(path)!), jre: await almanac.factValue(fact, {}, path) };
}

describe('differential: facts that are not objects', () => {
  it('kanmon reads a path into a non-object as absent (text: its characters), and a comparison with it is unknown', async () => {
    await fc.assert(fc.asyncProperty(nonObjectTree, nonObjectFacts, async (raw, factValues) => {
      const root = 'fact' in raw ? { all: [raw] } : raw;
      const lookup = (name: string) => (name in factValues ? { value: (factValues as Record<string, unknown>)[name] } : undefined);
      const ours = evaluateCondition(compile(root), lookup, { asOf: '2020-01-01' });
      // kanmon's rule, whatever json-rules-engine says: what a leaf saw is what the resolver reads;
      // a leaf that saw nothing is unknown.
      for (const [i, leaf] of leavesOf(root).entries()) {
        const seen = ours.evidence[i]!;
        const value = (factValues as Record<string, unknown>)[leaf.fact];
        const read = readPath(value, parsePath(leaf.path)!);
        expect(same(seen.actual, read)).toBe(true);
        if (leaf.path !== '$' && (value === null || typeof value !== 'object') && !(typeof value === 'string' && /^\$\[\d+\]$/.test(leaf.path))) expect(read).toBeUndefined();
        if (read === undefined) expect(seen.result).toBe('unknown');
      }
      // Where both read every path the same, the verdicts agree; elsewhere the difference is deliberate.
      const reads = await Promise.all(readsOf(root).map((r) => bothReads(factValues, r.fact, r.path)));
      if (!reads.every((r) => same(r.ours, r.jre))) return;
      const expected = await jreVerdictOf(root, factValues);
      if (expected === 'throws') return;
      expect(ours.jre).toBe(expected);
      if (ours.truth !== 'unknown') expect(ours.truth === 'true').toBe(expected);
    }), { numRuns: Number(process.env.KANMON_DIFF_RUNS ?? RUNS) });
  }, 300_000);

  it('differs from json-rules-engine where it means to: a path on a scalar is not ignored, .length is a name', async () => {
    const cases: { fact: string; path: string; value: unknown; jre: boolean }[] = [
      // json-rules-engine ignores the path on text, numbers, booleans and null and compares the whole value.
      { fact: 'text', path: '$.length', value: 'abc', jre: true },
      { fact: 'text', path: '$.a', value: 'abc', jre: true },
      { fact: 'number', path: '$.a', value: 3, jre: true },
      { fact: 'yes', path: '$[0]', value: true, jre: true },
      { fact: 'nothing', path: '$.a', value: null, jre: true },
      // Its JSONPath reads .length of a list or of text inside an object as the length.
      { fact: 'list', path: '$.length', value: 2, jre: true },
      { fact: 'nested', path: '$.name.length', value: 3, jre: true },
    ];
    const factValues: Record<string, unknown> = { ...SCALAR_FACTS, list: ['x', 'y'], nested: { name: 'abc' } };
    for (const c of cases) {
      const raw: Raw = { fact: c.fact, path: c.path, operator: 'equal', value: c.value };
      expect(await jreVerdictOf(raw, factValues), `${c.fact} ${c.path}`).toBe(c.jre);
      const ours = evaluateCondition(compile({ all: [raw] }), (n) => (n in factValues ? { value: factValues[n] } : undefined), { asOf: '2020-01-01' });
      expect(ours.truth, `${c.fact} ${c.path}`).toBe('unknown');
      expect(ours.evidence[0]!.actual).toBeUndefined();
    }
  });

  it('reads text by [index] as JSONPath does, and a step past its end as absent', () => {
    const lookup = (n: string) => (n === 'text' ? { value: 'abc' } : undefined);
    const at = (path: string, value: unknown) => evaluateCondition(compile({ all: [{ fact: 'text', path, operator: 'equal', value }] }), lookup, { asOf: '2020-01-01' }).truth;
    expect(at('$[0]', 'a')).toBe('true');
    expect(at('$[1]', 'a')).toBe('false');
    expect(at('$[5]', 'a')).toBe('unknown');
    expect(at('$[0].length', 1)).toBe('unknown');
  });
});
