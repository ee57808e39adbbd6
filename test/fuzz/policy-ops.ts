import fc from 'fast-check';
import { OPERATORS } from '../../src/engine/operators.js';
import { materialise, places, PROTOTYPE_NAMES, setOwn, weirdArbitrary, type Weird } from './tree.js';

// Mutations aimed at what a pack edition may say: facts, paths, operators and values of
// comparisons, named conditions, editions, dates, forEach and act dates, message placeholders and
// the schemas of descriptor extensions. Each is placed by a number modulo the count of targets.

const FACTS = [...PROTOTYPE_NAMES, 'item', 'asOf', 'ismapRegistry', 'registryEntry', 'project', 'organisation', 'workItems', 'localNetwork', 'cloudServices', 'waivers', 'x-a', 'x-ext', 'nope', '', '$'];

/** Paths inside and outside the closed grammar (`$`, `.name`, `[index]`). */
export const PATHS = [
  '$', '$.a', '$.kind', '$.model', '$.plan.exists', '$.startedOn', '$[0]', '$.length', '$.a.length', '$[0].id', '$.sites[0].role',
  '$.__proto__', '$.constructor', '$.plan.constructor', '$.toString', '$.prototype', '$.hasOwnProperty', '$.a.__proto__.b',
  "$['x-a']", "$['x-a']['?(@.b==2)']", '$["a"]', '$..a', '$.*', '$[*]', '$[-1]', '$[01]', '$[9999999999]', '$[1e3]', '$.a[?(@.b)]',
  '$.x-a', '$.x-ext', '$.x-ext.b', '$.x-ext.b.c', '$.x-ext[0]', '$.a.', '$.', '.a', 'a', '', '$ .a', '$.a b', '$.ａ', '$.$ref', '$.a-b',
  '$.{x}', '$.a\n', '$[0][0][0][0][0][0][0][0][0][0][0][0]', `$${'.a'.repeat(200)}`,
];

const OPERATOR_NAMES = [...OPERATORS.keys(), 'constructor', 'toString', '__proto__', 'nope', '', 'EQUAL', 'regex', 'eval'];

const EXTENSION_SCHEMAS: unknown[] = [
  { type: 'object', properties: { b: { type: 'number' }, c: { type: 'string' } } },
  { type: 'object', properties: { b: { type: 'object', properties: { c: { type: 'boolean' } } } } },
  { type: 'array', items: { type: 'object', properties: { b: { type: 'number' } } } },
  { $ref: '#/$defs/date' }, { $ref: '#/$defs/nope' }, { $ref: 'https://example.com/x.json' }, {}, { type: ['string', 'null'] },
  // JSON.parse makes __proto__ an own key (an object literal would set the prototype).
  JSON.parse('{"type": "object", "properties": {"__proto__": {"type": "number"}, "constructor": {"type": "string"}}}'),
  { type: 'string', format: 'date' }, { const: 3 }, { enum: ['a', 1, null] }, { type: 'object', properties: { b: { $ref: '#/$defs/date' } } },
];

const TEMPLATES = ['{item.id}', '{__proto__}', '{constructor}', '{constructor.name}', '{item.constructor}', '{toString}', '{asOf}', '{item}', '{item.0}', '{project.name.length}', '{x-a}', '{', '}', '{{item.id}}', '{project..name}', '{workItems}', '{localNetwork}', '{registryEntry.status}', '{ismapRegistry}', '{hosting.model}'];

/** A mutation of a pack edition. */
export type PolicyOp =
  | { op: 'fact'; at: number; fact: string }
  | { op: 'path'; at: number; path: string }
  | { op: 'operator'; at: number; operator: string }
  | { op: 'value'; at: number; value: Weird }
  | { op: 'reference'; at: number; fact: string; path: string; times?: number }
  | { op: 'if-absent'; at: number; value: unknown }
  | { op: 'use-condition'; at: number; name: string }
  | { op: 'define'; name: string; from: number; selfReference: boolean }
  | { op: 'extends'; edition: string }
  | { op: 'effective'; from: string; until?: string }
  | { op: 'rename'; field: 'pack' | 'edition'; name: string }
  | { op: 'for-each'; at: number; path: string }
  | { op: 'act-date'; at: number; fact: string; path: string }
  | { op: 'template'; at: number; field: 'message' | 'remediation' | 'passMessage'; lang: 'ja' | 'en'; text: string }
  | { op: 'extension'; key: string; schema: number }
  | { op: 'duplicate-rule'; at: number }
  | { op: 'exempted-by'; at: number; ref: number };

const DATES = ['2014-12-01', '2019-02-25', '2019-02-29', '2020-03-01', '2021-09-01', '2030-01-01', '1900-01-01', '2019-02', '2019', 'yesterday', ''];
const NAMES = ['2014-12', '2019-02', '2019-06', '2020-03', '2020-06', '2021-09', '2022-11', '2015-11', '2020-12', '2024-10', '2099-01', 'nope', '__proto__', 'constructor', ''];
const PACKS = ['standard-guideline', 'ismap', 'three-layer', 'gov-common-platform', 'continuity', 'demo', '__proto__', 'constructor', ''];

export function policyOpArbitrary(nonFinite: boolean): fc.Arbitrary<PolicyOp> {
  const at = fc.nat();
  const path = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PATHS) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((s) => `$.${s}`) });
  const fact = fc.constantFrom(...FACTS);
  const name = fc.constantFrom(...PROTOTYPE_NAMES, 'nope', 'loop', 'backup-site', 'uses-common-platform', '');
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('fact' as const), at, fact }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('path' as const), at, path }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('operator' as const), at, operator: fc.constantFrom(...OPERATOR_NAMES) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('value' as const), at, value: weirdArbitrary(nonFinite) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('reference' as const), at, fact, path, times: fc.option(fc.constantFrom(0.5, 2, 0, -1, 1e308), { nil: undefined }) }, { requiredKeys: ['op', 'at', 'fact', 'path'] }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('if-absent' as const), at, value: fc.constantFrom<unknown>(true, false, null, 'yes', 0) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('use-condition' as const), at, name }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('define' as const), name, from: fc.nat(), selfReference: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('extends' as const), edition: fc.constantFrom(...NAMES) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('effective' as const), from: fc.constantFrom(...DATES), until: fc.option(fc.constantFrom(...DATES), { nil: undefined }) }, { requiredKeys: ['op', 'from'] }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), field: fc.constantFrom('pack' as const, 'edition' as const), name: fc.constantFrom(...NAMES, ...PACKS) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('for-each' as const), at, path }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('act-date' as const), at, fact, path }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('template' as const), at, field: fc.constantFrom('message' as const, 'remediation' as const, 'passMessage' as const), lang: fc.constantFrom('ja' as const, 'en' as const), text: fc.constantFrom(...TEMPLATES) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('extension' as const), key: fc.constantFrom('x-ext', 'x-a', 'x-__proto__', 'ext', '__proto__'), schema: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate-rule' as const), at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('exempted-by' as const), at, ref: fc.nat() }) },
  );
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Apply one mutation to an edition (as plain data) in place. */
export function applyPolicyOp(edition: Json, op: PolicyOp): void {
  const all = places(edition);
  const leaves = all.map((p) => p.value).filter((v): v is Json => isObject(v) && 'fact' in v && 'operator' in v);
  const conditions = all.filter((p) => isObject(p.value) && ('fact' in p.value || 'all' in p.value || 'any' in p.value || 'not' in p.value || 'condition' in p.value));
  const rules = ['rules', 'replace'].flatMap((k) => (Array.isArray(edition[k]) ? (edition[k] as unknown[]) : [])).filter(isObject);
  const leaf = (n: number): Json | undefined => leaves[n % Math.max(leaves.length, 1)];
  const rule = (n: number): Json | undefined => rules[n % Math.max(rules.length, 1)];
  switch (op.op) {
    case 'fact': { const l = leaf(op.at); if (l) l.fact = op.fact; return; }
    case 'path': { const l = leaf(op.at); if (l) l.path = op.path; return; }
    case 'operator': { const l = leaf(op.at); if (l) l.operator = op.operator; return; }
    case 'value': { const l = leaf(op.at); if (l) l.value = materialise(op.value); return; }
    case 'reference': { const l = leaf(op.at); if (l) l.value = { fact: op.fact, path: op.path, ...(op.times !== undefined ? { times: op.times } : {}) }; return; }
    case 'if-absent': { const l = leaf(op.at); if (l) l.ifAbsent = op.value; return; }
    case 'use-condition': {
      const c = conditions[op.at % Math.max(conditions.length, 1)];
      if (c?.parent !== undefined) setOwn(c.parent, c.key!, { condition: op.name });
      return;
    }
    case 'define': {
      const definitions = isObject(edition.definitions) ? edition.definitions : (edition.definitions = {}) as Json;
      const c = conditions[op.from % Math.max(conditions.length, 1)];
      const body = op.selfReference ? { all: [{ condition: op.name }] } : structuredClone(c?.value ?? { fact: 'project', path: '$.phase', operator: 'exists', value: true });
      setOwn(definitions, op.name, body);
      return;
    }
    case 'extends': edition.extends = op.edition; return;
    case 'effective': edition.effective = { from: op.from, ...(op.until !== undefined ? { until: op.until } : {}) }; return;
    case 'rename': edition[op.field] = op.name; return;
    case 'for-each': { const r = rule(op.at); if (r) r.forEach = op.path; return; }
    case 'act-date': { const r = rule(op.at); if (r) r.actDate = { fact: op.fact, path: op.path }; return; }
    case 'template': {
      const r = rule(op.at);
      if (!r) return;
      const field = isObject(r[op.field]) ? (r[op.field] as Json) : (r[op.field] = { ja: 'メッセージ', en: 'message' }) as Json;
      field[op.lang] = `${String(field[op.lang] ?? '')} ${op.text}`;
      return;
    }
    case 'extension': {
      const table = isObject(edition.descriptorExtensions) ? edition.descriptorExtensions : (edition.descriptorExtensions = {}) as Json;
      setOwn(table, op.key, structuredClone(EXTENSION_SCHEMAS[op.schema % EXTENSION_SCHEMAS.length]));
      return;
    }
    case 'duplicate-rule': {
      const list = Array.isArray(edition.rules) ? (edition.rules as unknown[]) : undefined;
      const r = rule(op.at);
      if (list && r) list.push(structuredClone(r));
      return;
    }
    case 'exempted-by': {
      const r = rule(op.at);
      const target = rule(op.ref);
      if (r && target) r.exemptedBy = [...(Array.isArray(r.exemptedBy) ? r.exemptedBy : []), target.id];
      return;
    }
  }
}
