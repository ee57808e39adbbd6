import type { ErrorObject } from 'ajv';
import type { Bilingual } from './messages.js';
import { formatValue } from './messages.js';

/** Closed set of codes for a document that breaks its JSON Schema. */
export type SchemaProblemCode =
  | 'missing-property'
  | 'unknown-property'
  | 'wrong-type'
  | 'invalid-value'
  | 'invalid-date'
  | 'out-of-range'
  | 'unsupported-schema-version'
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

const TYPE_JA: Record<string, string> = {
  string: '文字列', number: '数値', integer: '整数', boolean: '真偽値（true/false）', object: 'オブジェクト', array: '配列', null: 'null',
};

/** The schema node an ajv schemaPath (`#/$defs/a/additionalProperties`) names the parent of. */
function parentNode(root: unknown, schemaPath: string): { properties?: object } | undefined {
  let node: unknown = root;
  const steps = schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1);
  for (const step of steps) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[step.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node as { properties?: object } | undefined;
}

/** Map raw ajv errors one to one to bilingual problems; `root` (the schema) lets suggestions work without ajv's verbose mode. */
export function toSchemaProblems(errors: readonly ErrorObject[], root?: unknown): SchemaProblem[] {
  return errors.map((e): SchemaProblem => {
    const at = e.instancePath || '/';
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required': {
        const name = String(p.missingProperty);
        return {
          code: 'missing-property', pointer: `${e.instancePath}/${name}`, target: 'value', params: p,
          message: { ja: `${at} に必須の項目「${name}」がありません。追加してください。`, en: `${at} is missing the required property "${name}". Add it.` },
        };
      }
      case 'additionalProperties': {
        const name = String(p.additionalProperty);
        const parent = (e.parentSchema as { properties?: object } | undefined) ?? (root ? parentNode(root, e.schemaPath) : undefined);
        const known = Object.keys(parent?.properties ?? {});
        const hint = closest(name, known);
        const hintJa = hint ? `「${hint}」の誤りではありませんか。` : '';
        const hintEn = hint ? ` Did you mean "${hint}"?` : '';
        return {
          code: 'unknown-property', pointer: `${e.instancePath}/${name}`, target: 'key', params: { ...p, suggestion: hint },
          message: {
            ja: `未知の項目「${name}」です（${at}）。${hintJa}拡張には x- で始まるキーを使ってください。`,
            en: `Unknown property "${name}" at ${at}.${hintEn} Use a key starting with x- for extensions.`,
          },
        };
      }
      case 'type': {
        const t = String(p.type);
        return {
          code: 'wrong-type', pointer: e.instancePath, target: 'value', params: p,
          message: { ja: `${at} は${TYPE_JA[t] ?? t}でなければなりません。`, en: `${at} must be of type ${t}.` },
        };
      }
      case 'enum': {
        const allowed = (p.allowedValues as unknown[]).map(formatValue).join(', ');
        return {
          code: 'invalid-value', pointer: e.instancePath, target: 'value', params: p,
          message: { ja: `${at} の値が不正です。次のいずれかにしてください: ${allowed}`, en: `${at} has an invalid value. Use one of: ${allowed}` },
        };
      }
      case 'const': {
        const expected = formatValue(p.allowedValue);
        const version = e.instancePath === '/schemaVersion';
        return {
          code: version ? 'unsupported-schema-version' : 'invalid-value', pointer: e.instancePath, target: 'value', params: p,
          message: version
            ? { ja: `この kanmon が読める schemaVersion は ${expected} です。記述子を ${expected} 形式に合わせてください。`, en: `This kanmon reads schemaVersion ${expected}. Write the descriptor in that format.` }
            : { ja: `${at} は ${expected} でなければなりません。`, en: `${at} must be ${expected}.` },
        };
      }
      case 'format':
        return {
          code: 'invalid-date', pointer: e.instancePath, target: 'value', params: p,
          message: {
            ja: `${at} は実在する日付（YYYY-MM-DD、西暦）でなければなりません。和暦は西暦に直してください。`,
            en: `${at} must be a real calendar date written YYYY-MM-DD. Convert Japanese-era dates to the Gregorian calendar.`,
          },
        };
      case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': case 'minItems': case 'maxItems':
        return {
          code: 'out-of-range', pointer: e.instancePath, target: 'value', params: p,
          message: { ja: `${at} が範囲外です（${p.comparison ?? ''} ${formatValue(p.limit)}）。`, en: `${at} is out of range (must be ${p.comparison ?? ''} ${formatValue(p.limit)}).` },
        };
      default:
        return {
          code: 'schema-violation', pointer: e.instancePath, target: 'value', params: p,
          message: { ja: `${at} がスキーマに合いません（${e.keyword}: ${e.message ?? ''}）。`, en: `${at} does not match the schema (${e.keyword}: ${e.message ?? ''}).` },
        };
    }
  });
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
