import type { ErrorObject } from 'ajv';
import type { Bilingual } from './messages.js';
import { msg } from '../diagnostics/catalogue/index.js';
import { formatValue } from './messages.js';
import { closestNames } from './closest.js';
import { toPointer } from './json-pointer.js';

/** Closed set of codes for a document that breaks its JSON Schema. */
export type SchemaProblemCode =
  | 'missing-property'
  | 'unknown-property'
  | 'wrong-type'
  | 'invalid-value'
  | 'invalid-date'
  | 'out-of-range'
  | 'unsupported-schema-version'
  | 'blank'
  | 'schema-violation';

/** One schema problem: where (pointer) and what, before source positions are added. */
export interface SchemaProblem {
  code: SchemaProblemCode;
  pointer: string;
  /** Whether the pointer names a key (unknown property) rather than a value. */
  target: 'key' | 'value';
  message: Bilingual;
  params: Record<string, unknown>;
}


type SchemaObject = { $ref?: string; properties?: Record<string, SchemaObject>; items?: SchemaObject; $defs?: Record<string, SchemaObject> };

/**
 * The schema node that describes the value at an instance path (following properties, items and
 * local $refs). Ajv's schemaPath is relative to the referenced definition in compiled code, so the
 * instance path is the reliable guide.
 */
function schemaForInstance(root: unknown, instancePath: string): SchemaObject | undefined {
  const top = root as SchemaObject;
  const deref = (node: SchemaObject | undefined): SchemaObject | undefined => {
    let current = node;
    for (let guard = 0; current?.$ref !== undefined && guard < 20; guard++) {
      const name = current.$ref.replace(/^#\/\$defs\//, '');
      current = top.$defs?.[name];
    }
    return current;
  };
  let node = deref(top);
  for (const step of instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (!node) return undefined;
    node = /^\d+$/.test(step) && node.items ? deref(node.items) : deref(node.properties?.[step]);
  }
  return node;
}

/**
 * Where a raw ajv error is (the pointer a problem will carry, and whether it names a key), without
 * building its message: cheap enough to place and order every error of a huge document first.
 */
export function schemaProblemPlace(e: ErrorObject): { pointer: string; target: 'key' | 'value' } {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return { pointer: `${e.instancePath}${toPointer([String(p.missingProperty)])}`, target: 'value' };
  if (e.keyword === 'additionalProperties') return { pointer: `${e.instancePath}${toPointer([String(p.additionalProperty)])}`, target: 'key' };
  return { pointer: e.instancePath, target: 'value' };
}

/** Map raw ajv errors one to one to bilingual problems; `root` (the schema) lets suggestions work without ajv's verbose mode. */
export function toSchemaProblems(errors: readonly ErrorObject[], root?: unknown): SchemaProblem[] {
  return errors.map((e): SchemaProblem => {
    const at = e.instancePath || '/';
    const p = e.params as Record<string, unknown>;
    const place = schemaProblemPlace(e);
    const problem = (code: SchemaProblemCode, message: Bilingual, pointer = place.pointer, target = place.target, params = p): SchemaProblem =>
      ({ code, pointer, target, message, params });
    switch (e.keyword) {
      case 'required': {
        const name = String(p.missingProperty);
        return problem('missing-property', msg('schema.missing-property', { at, name }));
      }
      case 'additionalProperties': {
        const name = String(p.additionalProperty);
        const parent = (e.parentSchema as { properties?: object } | undefined) ?? (root ? schemaForInstance(root, e.instancePath) : undefined);
        const hint = closestNames(name, Object.keys(parent?.properties ?? {}))[0];
        const hintText = hint ? msg('schema.unknown-property-hint', { name: hint }) : { ja: '', en: '' };
        return problem('unknown-property', both((lang) => msg('schema.unknown-property', { at, name, hint: hintText[lang] })[lang]), undefined, undefined, { ...p, suggestion: hint });
      }
      case 'type': {
        const types = String(p.type).split(',');
        const type = both((lang) => types.map((t) => (isType(t) ? msg(`schema.type.${t}`)[lang] : t)).join(msg('schema.type-separator')[lang]));
        return problem('wrong-type', both((lang) => msg('schema.wrong-type', { at, type: type[lang] })[lang]));
      }
      case 'enum':
        return problem('invalid-value', msg('schema.invalid-value', { at, allowed: (p.allowedValues as unknown[]).map(formatValue).join(', ') }));
      case 'const': {
        const expected = formatValue(p.allowedValue);
        return e.instancePath === '/schemaVersion'
          ? problem('unsupported-schema-version', msg('schema.unsupported-schema-version', { expected }))
          : problem('invalid-value', msg('schema.const', { at, expected }));
      }
      case 'format':
        return problem('invalid-date', msg('schema.invalid-date', { at }));
      case 'maxItems':
        return problem('out-of-range', msg('schema.too-many-items', { at, limit: p.limit }));
      case 'minItems':
        return problem('out-of-range', msg('schema.too-few-items', { at, limit: p.limit }));
      case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
        return problem('out-of-range', msg('schema.out-of-range', { at, comparison: p.comparison ?? '', limit: formatValue(p.limit) }));
      case 'pattern':
        return p.pattern === '\\S'
          ? problem('blank', msg('schema.blank', { at }))
          : problem('invalid-value', msg('schema.pattern', { at, pattern: p.pattern }));
      case 'minLength':
        return problem(p.limit === 1 ? 'blank' : 'out-of-range', p.limit === 1 ? msg('schema.blank', { at }) : msg('schema.too-short', { at, limit: p.limit }));
      case 'maxLength':
        return problem('out-of-range', msg('schema.too-long', { at, limit: p.limit }));
      case 'uniqueItems':
        return problem('invalid-value', msg('schema.duplicate-items', { at, i: p.j, j: p.i }));
      case 'propertyNames':
        return problem('invalid-value', msg('schema.invalid-name', { at, name: p.propertyName }));
      case 'oneOf': case 'anyOf':
        return problem('schema-violation', msg('schema.no-alternative', { at }));
      default:
        return problem('schema-violation', msg('schema.violation', { at, keyword: e.keyword }));
    }
  });
}

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;
const isType = (t: string): t is (typeof TYPES)[number] => (TYPES as readonly string[]).includes(t);

/** A message built per language. */
function both(build: (lang: 'ja' | 'en') => string): Bilingual {
  return { ja: build('ja'), en: build('en') };
}
