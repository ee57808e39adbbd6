import type { ErrorObject } from 'ajv';
import { msg } from '../diagnostics/catalogue/index.js';
import sourcesSchema from '../../schemas/sources.schema.json';
import type { SourceEntry } from '../engine/compiled.js';
import { toSchemaProblems } from '../shared/schema-problems.js';
import { parseSource, type SourceDocument } from '../parse/source-document.js';
import { BUNDLED_BIBLIOGRAPHY } from './bundled/packs.generated.js';
import type { PolicyError } from './errors.js';
import { validate as schemaValidate } from './sources-validator.generated.js';

// The bibliography: every document a rule cites, by a stable id. Rules cite `source: <id>` and a
// section; outputs show the document's title, issuer and date. The bundled list ships with the
// packs; an edition of a user's own pack may add its documents under `sources`.

/** Sources by id. */
export type Bibliography = ReadonlyMap<string, SourceEntry>;

const validate = schemaValidate as unknown as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Parse and check a bibliography file: its sources by id, or every problem located. */
export function parseBibliography(text: string, file?: string): { sources: Map<string, SourceEntry>; doc: SourceDocument } | { errors: PolicyError[] } {
  const parsed = parseSource(text, file);
  const where = file !== undefined ? { file } : {};
  if ('problems' in parsed) return { errors: parsed.problems.map((p) => ({ code: p.code, ...where, pointer: '', line: p.line, column: p.column, message: p.message })) };
  const doc = parsed.document;
  if (!validate(doc.value)) {
    return {
      errors: toSchemaProblems(validate.errors ?? [], sourcesSchema).map((p) => {
        const pos = doc.locate(p.pointer, p.target);
        return { code: p.code, ...where, pointer: p.pointer, line: pos.line, column: pos.column, message: p.message };
      }),
    };
  }
  const sources = new Map<string, SourceEntry>();
  const errors: PolicyError[] = [];
  (doc.value as { sources: SourceEntry[] }).sources.forEach((entry, i) => {
    const undated = entry.notBefore !== undefined || entry.notAfter !== undefined;
    if ((entry.date === undefined) !== undated || (entry.notBefore !== undefined && entry.notAfter !== undefined && entry.notAfter < entry.notBefore)) {
      const pos = doc.locate(`/sources/${i}`);
      errors.push({
        code: 'invalid-value', ...where, pointer: `/sources/${i}`, line: pos.line, column: pos.column,
        message: msg('policy.source-date', { id: entry.id }),
      });
    }
    if (sources.has(entry.id)) {
      const pos = doc.locate(`/sources/${i}/id`);
      errors.push({
        code: 'duplicate-source', ...where, pointer: `/sources/${i}/id`, line: pos.line, column: pos.column,
        message: msg('policy.duplicate-source', { id: entry.id }),
      });
    } else sources.set(entry.id, entry);
  });
  return errors.length ? { errors } : { sources, doc };
}

let bundled: Bibliography | undefined;

/** The bundled bibliography, checked when the packs were precompiled. */
export function bundledBibliography(): Bibliography {
  bundled ??= new Map(BUNDLED_BIBLIOGRAPHY.map((s) => [s.id, s]));
  return bundled;
}
