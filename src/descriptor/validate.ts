import type { ErrorObject } from 'ajv';
import descriptorSchema from '../../schemas/descriptor.schema.json';
import { msg } from '../diagnostics/catalogue/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_LIMITS, type ParseLimits } from '../parse/limits.js';
import { capDiagnostics } from '../parse/problems.js';
import { parseSource } from '../parse/source.js';
import { plainDataProblem } from './plain-data.js';
import { toSchemaProblems } from '../shared/schema-problems.js';
import type { SourceDocument } from '../parse/source-document.js';
import { validate as schemaValidate } from './schema-validator.generated.js';
import type { KanmonDescriptor } from './types.generated.js';

/** The outcome of validating a descriptor: the typed descriptor (with its source, when parsed from text), or every problem. */
export type DescriptorResult =
  | { ok: true; descriptor: KanmonDescriptor; source?: SourceDocument }
  | { ok: false; diagnostics: Diagnostic[] };

/** The descriptor schema compiled ahead of time (ajv standalone: no code is generated at run time). */
const validator = schemaValidate as unknown as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * Validate a descriptor value (already parsed) against schemas/descriptor.schema.json. Every
 * problem is returned at once with its pointer (and line:column when the source is given), up to
 * `maxProblems` (default 100) and then one line counting the rest. A value kanmon did not parse
 * itself (no source, or another value than the source's) must first be plain JSON data within
 * `maxDepth` and `maxNodes`: else its first such problem is the answer (see plainDataProblem).
 */
export function validateDescriptor(value: unknown, source?: SourceDocument, limits: Partial<Pick<ParseLimits, 'maxProblems' | 'maxDepth' | 'maxNodes'>> = {}): DescriptorResult {
  const where = source?.file !== undefined ? { file: source.file } : {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, diagnostics: [{ code: 'not-an-object', kind: 'descriptor', severity: 'error', pointer: '', ...where, line: 1, column: 1, message: msg('descriptor.not-an-object') }] };
  }
  const limit = { ...DEFAULT_LIMITS, ...limits };
  // What kanmon parsed is plain data within the caller's limits already.
  const plain = source?.value === value ? undefined : plainDataProblem(value, limit);
  if (plain) return { ok: false, diagnostics: [plain] };
  if (validator(value)) return { ok: true, descriptor: value as KanmonDescriptor, ...(source ? { source } : {}) };
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const p of toSchemaProblems(validator.errors ?? [], descriptorSchema)) {
    const key = `${p.code}\u0000${p.pointer}\u0000${p.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = source?.locate(p.pointer, p.target);
    diagnostics.push({
      code: p.code, kind: 'descriptor', severity: 'error', pointer: p.pointer, ...where,
      ...(pos ? { line: pos.line, column: pos.column } : {}), message: p.message, params: p.params,
    });
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.pointer! < b.pointer! ? -1 : a.pointer! > b.pointer! ? 1 : 0));
  return { ok: false, diagnostics: capDiagnostics(diagnostics, limit.maxProblems, { kind: 'descriptor', ...where }) };
}

/** Parse a YAML or JSON descriptor text within limits and validate it, keeping line:column for every problem. */
export function parseDescriptor(text: string, file?: string, limits: Partial<ParseLimits> = {}): DescriptorResult {
  const parsed = parseSource(text, { kind: 'descriptor', ...(file !== undefined ? { file } : {}), limits });
  if ('diagnostics' in parsed) return { ok: false, diagnostics: parsed.diagnostics };
  return validateDescriptor(parsed.document.value, parsed.document, limits);
}
