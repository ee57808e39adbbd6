import fc from 'fast-check';
import { PHASES } from '../../src/shared/vocabulary.js';
import { descriptorArbitrary, isoDate } from '../support/arbitraries.js';
import { policyOpArbitrary, type PolicyOp } from './policy-ops.js';
import { DESCRIPTOR_KEYS, POLICY_KEYS } from './seeds.js';
import { treeOpArbitrary, type TreeOp } from './tree.js';
import { byteOpArbitrary, encodingArbitrary, textOpArbitrary, yamlOpArbitrary, type ByteOp, type Encoding, type Format, type TextOp, type YamlOp } from './text.js';

// One fuzz case is data: which seed, which mutations, how the result is written and read, and the
// options of the evaluation. fast-check generates and shrinks it; running it is deterministic.

/** Options of evaluate(), mostly valid, sometimes not (an option error is an answer too). */
export interface FuzzOptions {
  lang: 'ja' | 'en';
  /** Also evaluate in the other language and compare what does not depend on it. */
  crossLanguage?: boolean;
  asOf?: string;
  phase?: string;
  failOn?: string;
  retroactive?: boolean;
  packs?: readonly string[];
  editions?: Record<string, string>;
}

/** A descriptor from a worked example (by index) or generated from the schema. */
export type DescriptorSeed = { example: number } | { generated: unknown };

/** A descriptor written as text (or bytes) and read as the command line reads a file. */
export interface DescriptorCase {
  kind: 'descriptor';
  seed: DescriptorSeed;
  tree: readonly TreeOp[];
  yaml: readonly YamlOp[];
  format: Format;
  text: readonly TextOp[];
  bytes?: { encoding: Encoding; ops: readonly ByteOp[] };
  file?: string;
  limits?: Record<string, number>;
  options: FuzzOptions;
}

/** Values no parser produces, that a program may still hand to evaluate(). */
export type Hostile = 'undefined' | 'function' | 'symbol' | 'bigint' | 'date' | 'map' | 'null-prototype' | 'sparse' | 'nan' | 'infinity' | 'deep' | 'inherited' | 'cycle' | 'shared';

/** A descriptor handed to evaluate() as a value, as a program would. */
export interface ValueCase {
  kind: 'value';
  seed: DescriptorSeed;
  tree: readonly TreeOp[];
  hostile: readonly { at: number; what: Hostile; underExtension: boolean }[];
  options: FuzzOptions;
}

/** A pack edition written as text, loaded with compileEditions, and (when it loads) used to judge a worked example. */
export interface PolicyCase {
  kind: 'policy';
  seed: number;
  tree: readonly TreeOp[];
  policy: readonly PolicyOp[];
  yaml: readonly YamlOp[];
  format: Format;
  text: readonly TextOp[];
  file: 'own' | 'other' | 'none';
  target: number;
  atEditionStart: boolean;
  options: FuzzOptions;
}

export type FuzzCase = DescriptorCase | ValueCase | PolicyCase;

/** A value in one case of `n`, else undefined. */
function oneIn<T>(n: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
}

const PACK_NAMES = ['standard-guideline', 'ismap', 'three-layer', 'gov-common-platform', 'continuity'];

const validOptions = fc.record({
  lang: fc.constantFrom('ja' as const, 'en' as const),
  crossLanguage: oneIn(5, fc.constant(true)),
  asOf: fc.option(isoDate, { nil: undefined }),
  phase: fc.option(fc.constantFrom(...PHASES), { nil: undefined }),
  failOn: fc.option(fc.constantFrom('error', 'warning', 'info'), { nil: undefined }),
  retroactive: fc.option(fc.boolean(), { nil: undefined }),
  packs: oneIn(4, fc.subarray(PACK_NAMES, { minLength: 1 })),
  editions: oneIn(4, fc.constantFrom<Record<string, string>>({ 'standard-guideline': '2014-12' }, { ismap: '2022-11' }, { 'three-layer': '2015-11', continuity: '2019-02' })),
}, { requiredKeys: ['lang'] }).map((o) => {
  // A pinned pack is among the packs asked for, or the options would be wrong on purpose.
  if (o.packs && o.editions) o.packs = [...new Set([...o.packs, ...Object.keys(o.editions)])];
  return o;
});

const invalidOptions = fc.record({
  lang: fc.constantFrom('ja' as const, 'en' as const),
  asOf: fc.option(fc.constantFrom('2019-02-29', 'yesterday', '', '2019-2-1', '__proto__'), { nil: undefined }),
  phase: fc.option(fc.constantFrom('nope', '__proto__', 'constructor', ''), { nil: undefined }),
  failOn: fc.option(fc.constantFrom('fatal', 'toString', ''), { nil: undefined }),
  packs: fc.option(fc.constantFrom(['nope'], ['__proto__'], ['constructor', 'ismap'], []), { nil: undefined }),
  editions: fc.option(fc.constantFrom<Record<string, string>>({ ismap: '1999-01' }, JSON.parse('{"__proto__": "2019-02"}') as Record<string, string>, { constructor: '2019-02' }), { nil: undefined }),
}, { requiredKeys: ['lang'] });

export const optionsArbitrary: fc.Arbitrary<FuzzOptions> = fc.oneof({ weight: 12, arbitrary: validOptions }, { weight: 1, arbitrary: invalidOptions });

export function descriptorSeedArbitrary(examples: number): fc.Arbitrary<DescriptorSeed> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.nat({ max: examples - 1 }).map((example) => ({ example })) },
    { weight: 1, arbitrary: descriptorArbitrary.map((generated) => ({ generated })) },
  );
}

const formatArbitrary: fc.Arbitrary<Format> = fc.constantFrom('yaml', 'yaml', 'yaml-flow', 'json', 'json-indented', 'original', 'original');
const FILES = ['descriptor.yaml', 'descriptor.json', 'd.yml', 'project.JSON', '記述子.yaml', 'a file.yaml', '-'];

export function descriptorCaseArbitrary(examples: number): fc.Arbitrary<DescriptorCase> {
  return fc.record({
    kind: fc.constant('descriptor' as const),
    seed: descriptorSeedArbitrary(examples),
    // Two cases in five keep the document whole, so that mutations of the text and bytes, and the
    // evaluation of valid descriptors, get their share.
    tree: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: fc.array(treeOpArbitrary(DESCRIPTOR_KEYS, true), { minLength: 1, maxLength: 4 }) }),
    yaml: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(yamlOpArbitrary, { minLength: 1, maxLength: 3 }) }),
    format: formatArbitrary,
    text: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(textOpArbitrary, { minLength: 1, maxLength: 3 }) }),
    bytes: oneIn(4, fc.record({ encoding: encodingArbitrary, ops: fc.array(byteOpArbitrary, { maxLength: 2 }) })),
    file: fc.option(fc.constantFrom(...FILES), { nil: undefined }),
    limits: oneIn(15, fc.dictionary(fc.constantFrom('maxBytes', 'maxDepth', 'maxNodes', 'maxAliasExpansions', 'maxProblems'), fc.oneof({ weight: 6, arbitrary: fc.nat({ max: 200 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 0.5, Number.NaN, 1e9) }), { minKeys: 1 })),
    options: optionsArbitrary,
  }, { requiredKeys: ['kind', 'seed', 'tree', 'yaml', 'format', 'text', 'options'] });
}

const HOSTILE: readonly Hostile[] = ['undefined', 'function', 'symbol', 'bigint', 'date', 'map', 'null-prototype', 'sparse', 'nan', 'infinity', 'deep', 'inherited', 'cycle', 'shared'];

export function valueCaseArbitrary(examples: number): fc.Arbitrary<ValueCase> {
  return fc.record({
    kind: fc.constant('value' as const),
    seed: descriptorSeedArbitrary(examples),
    tree: fc.array(treeOpArbitrary(DESCRIPTOR_KEYS, true), { maxLength: 3 }),
    hostile: fc.array(fc.record({ at: fc.nat(), what: fc.constantFrom(...HOSTILE), underExtension: fc.boolean() }), { maxLength: 2 }),
    options: optionsArbitrary,
  });
}

export function policyCaseArbitrary(policies: number, examples: number): fc.Arbitrary<PolicyCase> {
  return fc.record({
    kind: fc.constant('policy' as const),
    seed: fc.nat({ max: policies - 1 }),
    tree: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(treeOpArbitrary(POLICY_KEYS, true), { minLength: 1, maxLength: 2 }) }),
    policy: fc.array(policyOpArbitrary(true), { maxLength: 4 }),
    yaml: fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(yamlOpArbitrary, { minLength: 1, maxLength: 2 }) }),
    format: fc.constantFrom<Format>('yaml', 'yaml', 'yaml', 'yaml-flow', 'json', 'original'),
    text: fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(textOpArbitrary, { minLength: 1, maxLength: 2 }) }),
    file: fc.constantFrom('own' as const, 'own' as const, 'other' as const, 'none' as const),
    target: fc.nat({ max: examples - 1 }),
    atEditionStart: fc.boolean(),
    // The editions are the case's own: packs and pins of the bundled ones would only be unknown.
    options: optionsArbitrary.map(({ packs: _packs, editions: _editions, ...rest }) => rest),
  });
}
