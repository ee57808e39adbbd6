import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { interpolate, type Bilingual } from '../shared/messages.js';
import type { SchemaProblemCode } from '../shared/schema-problems.js';
import type { SourceDocument, SyntaxProblem } from '../parse/source-document.js';


/** Closed set of codes for a case table kanmon cannot run. */
export type CaseProblemCode =
  | SyntaxProblem['code']
  | SchemaProblemCode
  | 'unreadable-file'
  | 'no-case-tables'
  | 'unknown-target'
  | 'no-bundled-files'
  | 'unknown-pack'
  | 'unknown-edition'
  | 'edition-not-in-file'
  | 'policy-other-pack'
  | 'invalid-base'
  | 'unknown-base'
  | 'base-or-descriptor'
  | 'missing-expect'
  | 'duplicate-name'
  | 'duplicate-case'
  | 'patch-failed'
  | 'unknown-rule';

/** A bilingual message with one placeholder filled by another bilingual text, language by language. */
export function nest(outer: Bilingual, name: string, inner: Bilingual): Bilingual {
  return { ja: interpolate(outer.ja, { [name]: inner.ja }), en: interpolate(outer.en, { [name]: inner.en }) };
}


/** Where problems of one file are reported: every diagnostic gets the file, pointer, line and column. */
export interface ProblemSink {
  readonly file: string;
  readonly diagnostics: Diagnostic[];
  /** Report a problem at a pointer of the file (its key for `target: 'key'`). */
  add(code: CaseProblemCode, message: Bilingual, pointer: string, params?: Record<string, unknown>, target?: 'key' | 'value'): void;
}

/** A sink for problems in a parsed file; without a document they are placed at 1:1. */
export function problemSink(file: string, diagnostics: Diagnostic[], doc?: SourceDocument): ProblemSink {
  return {
    file,
    diagnostics,
    add(code, message, pointer, params, target = 'value') {
      const pos = doc ? doc.locate(pointer, target) : { line: 1, column: 1 };
      diagnostics.push({ code, kind: 'cases', severity: 'error', message, file, pointer, line: pos.line, column: pos.column, ...(params ? { params } : {}) });
    },
  };
}

/** A problem with a target of the run itself (a folder, `pack@edition`): there is no line to point at. */
export function targetProblem(code: CaseProblemCode, message: Bilingual, target: string): Diagnostic {
  return { code, kind: 'cases', severity: 'error', message, params: { target } };
}

/**
 * A descriptor problem as a diagnostic located in the file that holds the descriptor: `toFilePointer`
 * maps the descriptor's pointer to the place in that file (inside a case, or at the patch operation).
 */
export function descriptorDiagnostic(problem: Diagnostic, file: string, doc: SourceDocument, toFilePointer: (pointer: string) => string): Diagnostic {
  const pointer = toFilePointer(problem.pointer ?? '');
  const pos = doc.locate(pointer, problem.code === 'unknown-property' ? 'key' : 'value');
  return {
    code: problem.code, kind: 'descriptor', severity: 'error', message: problem.message, file, pointer, line: pos.line, column: pos.column,
    params: { ...problem.params, descriptorPointer: problem.pointer },
  };
}
