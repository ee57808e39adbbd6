import type { ErrorObject } from 'ajv';
import descriptorSchema from '../../schemas/descriptor.schema.json';
import { validate as schemaValidate } from './schema-validator.generated.js';
import type { Bilingual } from '../shared/messages.js';
import { toSchemaProblems, type SchemaProblemCode } from '../shared/schema-problems.js';
import { parseSource, type SourceDocument, type SyntaxProblem } from '../shared/source-document.js';
import type { KanmonDescriptor } from './types.generated.js';

/** Closed set of codes for a descriptor kanmon cannot evaluate. */
export type DescriptorProblemCode = SchemaProblemCode | SyntaxProblem['code'] | 'not-an-object';

/** One problem in a descriptor: what, where (pointer, line:column), in both languages. */
export interface DescriptorProblem {
  code: DescriptorProblemCode;
  pointer: string;
  file?: string;
  line?: number;
  column?: number;
  message: Bilingual;
  params: Record<string, unknown>;
}

/** The outcome of validating a descriptor: the typed descriptor, or every problem. */
export type DescriptorResult =
  | { ok: true; descriptor: KanmonDescriptor; source?: SourceDocument }
  | { ok: false; problems: DescriptorProblem[] };

/** Thrown by evaluate() for an invalid descriptor; carries every problem. Nothing is evaluated. */
export class DescriptorError extends Error {
  readonly code = 'invalid-descriptor';
  readonly problems: readonly DescriptorProblem[];
  constructor(problems: readonly DescriptorProblem[]) {
    super(`invalid descriptor: ${problems.length} problem(s); first: ${problems[0]?.pointer || '/'} ${problems[0]?.message.en ?? ''}`);
    this.name = 'DescriptorError';
    this.problems = problems;
  }
}

/** The descriptor schema compiled ahead of time (ajv standalone: no code is generated at run time). */
const validator = schemaValidate as unknown as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Validate a descriptor value (already parsed) against schemas/descriptor.schema.json. */
export function validateDescriptor(value: unknown, source?: SourceDocument): DescriptorResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [{
        code: 'not-an-object', pointer: '', file: source?.file, line: 1, column: 1, params: {},
        message: { ja: '記述子は YAML/JSON のオブジェクト（キーと値の組）でなければなりません。', en: 'A descriptor must be a YAML/JSON object (a mapping of keys to values).' },
      }],
    };
  }
  if (validator(value)) return { ok: true, descriptor: value as KanmonDescriptor, source };
  const problems = toSchemaProblems(validator.errors ?? [], descriptorSchema).map((p): DescriptorProblem => {
    const pos = source?.locate(p.pointer, p.target);
    return { code: p.code, pointer: p.pointer, file: source?.file, line: pos?.line, column: pos?.column, message: p.message, params: p.params };
  });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.pointer.localeCompare(b.pointer));
  return { ok: false, problems: dedupe(problems) };
}

/** Parse a YAML or JSON descriptor text and validate it, keeping line:column for every problem. */
export function parseDescriptor(text: string, file?: string): DescriptorResult {
  const parsed = parseSource(text, file);
  if ('problems' in parsed) {
    return {
      ok: false,
      problems: parsed.problems.map((p) => ({ code: p.code, pointer: '', file, line: p.line, column: p.column, message: p.message, params: {} })),
    };
  }
  return validateDescriptor(parsed.document.value, parsed.document);
}

function dedupe(problems: DescriptorProblem[]): DescriptorProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}\u0000${p.pointer}\u0000${p.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
