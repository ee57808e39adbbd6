import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';

// Schemas are compiled ahead of time into plain modules (ajv standalone): nothing is compiled at run
// time, so kanmon runs under a strict Content-Security-Policy and starts without ajv's compiler.
// Descriptions are dropped first: they document, they do not validate.

type Json = unknown;

function withoutDocs(node: Json, underProperties = false): Json {
  if (Array.isArray(node)) return node.map((n) => withoutDocs(n));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!underProperties && (key === 'description' || key === '$comment' || key === 'examples' || key === 'title')) continue;
    out[key] = withoutDocs(value, key === 'properties' || key === '$defs' || key === 'patternProperties');
  }
  return out;
}

/** The source of a TypeScript module exporting `validate` for a schema, with `date` checked by isIsoDate. */
export function standaloneValidator(schema: object, from: string, sharedFolder: string, referenced: readonly object[] = []): string {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, messages: false, inlineRefs: false, code: { source: true, esm: true, formats: _`formats`, lines: false } });
  ajv.addFormat('date', { type: 'string', validate: () => true });
  for (const other of referenced) ajv.addSchema(withoutDocs(other) as object);
  const code = standaloneCode(ajv, ajv.compile(withoutDocs(schema) as object))
    .replace(/^"use strict";/, '')
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length')
    .replace(/require\("ajv\/dist\/runtime\/equal"\)\.default/g, 'deepEqual');
  if (/require\(/.test(code)) throw new Error(`standalone code for ${from} needs a runtime module: ${/require\([^)]*\)/.exec(code)![0]}`);
  return [
    '// @ts-nocheck',
    `// Generated from ${from} by \`npm run generate\` (ajv standalone); do not edit by hand.`,
    `import { isIsoDate } from '${sharedFolder}/dates.js';`,
    `import { deepEqual } from '${sharedFolder}/deep-equal.js';`,
    '',
    'const formats = { date: { type: \'string\', validate: isIsoDate } };',
    '/** Length in Unicode code points, as JSON Schema counts it. */',
    'const ucs2length = (text) => { let n = 0; for (const _ of text) n++; return n; };',
    '',
    code.replace(/;(?=export |const |function )/g, ';\n'),
    '',
  ].join('\n');
}
