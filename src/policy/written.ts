import type { ErrorObject } from 'ajv';
import { msg } from '../diagnostics/catalogue/index.js';
import policySchema from '../../schemas/policy.schema.json';
import type { Basis, Phase, Severity, SourceEntry } from '../engine/compiled.js';
import type { Bilingual } from '../shared/messages.js';
import { toSchemaProblems } from '../shared/schema-problems.js';
import { parseSource, type SourceDocument } from '../parse/source-document.js';
import type { PolicyError } from './errors.js';
import type { Origins } from './origins.js';
import type { ExtensionSchemas } from './schema-paths.js';
import { validate as schemaValidate } from './schema-validator.generated.js';

/** One rule as written in YAML (a condition may still name a definition). */
export interface RawRule {
  id: string; title: Bilingual; severity: Severity; phases?: Phase[]; basis: Basis; source: string; section: string;
  seeAlso?: { source: string; section: string }[]; effective?: { from?: string; until?: string };
  forEach?: string; actDate?: { fact: string; path: string }; when?: unknown; check: unknown; exemptedBy?: string[];
  message: Bilingual; passMessage?: Bilingual; remediation: Bilingual;
}

/** A self-contained edition: every rule written out, no `extends` and no definitions. */
export interface RawEdition {
  schemaVersion: 1; pack: string; edition: string; title: Bilingual; description?: Bilingual;
  effective: { from: string; until?: string }; source: string; sources?: SourceEntry[]; appliesTo?: unknown; appliesToNote?: Bilingual; rules: RawRule[];
  /** Schemas of descriptor extension keys (x-…) that rules of this pack read. */
  descriptorExtensions?: ExtensionSchemas;
}

/** An edition as its author wrote it: possibly extending an earlier one and naming conditions. */
export interface WrittenEdition extends Omit<RawEdition, 'rules'> {
  sources?: SourceEntry[];
  extends?: string;
  definitions?: Record<string, unknown>;
  rules?: RawRule[];
  replace?: RawRule[];
  remove?: { id: string; reason: Bilingual }[];
}

/** The text of one edition file. */
export interface EditionText {
  file?: string;
  text: string;
}

/** An edition already parsed and checked against the schema (the bundled ones, precompiled at build time). */
export interface EditionData {
  file?: string;
  value: WrittenEdition;
}

/** One edition file, parsed and checked against the policy schema. */
export interface ParsedEdition {
  doc: SourceDocument;
  written: WrittenEdition;
}

/** The policy schema compiled ahead of time (ajv standalone). */
const validate = schemaValidate as unknown as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Parse one edition file and check it against the schema; the origins of its nodes are recorded. */
export function parseEdition(source: EditionText | EditionData, origins: Origins): { edition: ParsedEdition } | { errors: PolicyError[] } {
  if ('value' in source) {
    // Checked when it was generated: no parse, no schema validation, no positions (a problem cannot arise).
    const doc: SourceDocument = { ...(source.file !== undefined ? { file: source.file } : {}), text: '', value: source.value, locate: () => ({ line: 1, column: 1 }) };
    return { edition: { doc, written: source.value } };
  }
  const { file, text } = source;
  const parsed = parseSource(text, file);
  if ('problems' in parsed) {
    return { errors: parsed.problems.map((p) => ({ code: p.code, ...(file !== undefined ? { file } : {}), pointer: p.pointer ?? '', line: p.line, column: p.column, message: p.message })) };
  }
  const doc = parsed.document;
  if (!validate(doc.value)) {
    return { errors: toSchemaProblems(validate.errors ?? [], policySchema).map((p) => origins.error({ doc, pointer: p.pointer }, p)) };
  }
  const written = doc.value as WrittenEdition;
  if (written.extends === undefined && written.rules === undefined) {
    return {
      errors: [origins.error({ doc, pointer: '/rules' }, {
        code: 'missing-property',
        message: msg('policy.missing-property'),
      })],
    };
  }
  origins.markTree(written, doc);
  return { edition: { doc, written } };
}
