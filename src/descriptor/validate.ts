import descriptorSchema from '../../schemas/descriptor.schema.json';
import { msg } from '../diagnostics/catalogue/index.js';
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_LIMITS, type ParseLimits } from '../parse/limits.js';
import { capCounted } from '../parse/problems.js';
import { parseSource } from '../parse/source.js';
import { plainDataProblem } from './plain-data.js';
import { schemaProblemPlace, toSchemaProblems } from '../shared/schema-problems.js';
import type { SourceDocument } from '../parse/source-document.js';
import { validate as schemaValidate } from './schema-validator.generated.js';
import type { KanmonDescriptor } from './types.generated.js';

/**
 * The most values a descriptor handed over as a value may hold unless the caller says otherwise. A
 * file's limit (500,000) bounds what parsing YAML costs; a value built in memory costs nothing to
 * parse, so it may be larger: 100,000 work items (about 800,000 values) are evaluated, while
 * 1,000,000 are refused (too-many-nodes) before their report could exhaust the memory.
 */
export const VALUE_MAX_NODES = 1_500_000;

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
  const plain = source?.value === value ? undefined : plainDataProblem(value, { maxDepth: limit.maxDepth, maxNodes: limits.maxNodes ?? VALUE_MAX_NODES });
  if (plain) return { ok: false, diagnostics: [plain] };
  if (validator(value)) return { ok: true, descriptor: value as KanmonDescriptor, ...(source ? { source } : {}) };
  // Every error is placed and ordered, but only those shown get a message (a suggestion costs a
  // search of names): 200,000 unknown keys are listed as fast as a hundred.
  const seen = new Set<string>();
  const placed: { error: ErrorObject; pointer: string; line: number; column: number }[] = [];
  for (const error of validator.errors ?? []) {
    const key = `${error.keyword}\u0000${error.instancePath}\u0000${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { pointer, target } = schemaProblemPlace(error);
    const pos = source?.locate(pointer, target);
    placed.push({ error, pointer, line: pos?.line ?? 0, column: pos?.column ?? 0 });
  }
  placed.sort((a, b) => a.line - b.line || a.column - b.column || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
  const shown = placed.slice(0, limit.maxProblems + 1);
  const diagnostics = toSchemaProblems(shown.map((x) => x.error), descriptorSchema).map((p, i): Diagnostic => ({
    code: p.code, kind: 'descriptor', severity: 'error', pointer: p.pointer, ...where,
    ...(source ? { line: shown[i]!.line, column: shown[i]!.column } : {}), message: p.message, params: p.params,
  }));
  return { ok: false, diagnostics: capCounted(diagnostics, placed.length, limit.maxProblems, { kind: 'descriptor', ...where }) };
}

/** Parse a YAML or JSON descriptor text within limits and validate it, keeping line:column for every problem. */
export function parseDescriptor(text: string, file?: string, limits: Partial<ParseLimits> = {}): DescriptorResult {
  const parsed = parseSource(text, { kind: 'descriptor', ...(file !== undefined ? { file } : {}), limits });
  if ('diagnostics' in parsed) return { ok: false, diagnostics: parsed.diagnostics };
  return validateDescriptor(parsed.document.value, parsed.document, limits);
}
