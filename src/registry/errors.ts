import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Bilingual } from '../shared/messages.js';

/** Closed set of codes for a registry snapshot kanmon refuses to use. */
export type RegistryProblemCode =
  | 'syntax' | 'empty' | 'missing-column' | 'unknown-column' | 'duplicate-column' | 'wrong-field-count'
  | 'missing-field' | 'invalid-field' | 'duplicate-registration' | 'invalid-date-range' | 'not-a-snapshot';

/** One problem in a snapshot: code, 1-based line (and column where known), bilingual message. */
export interface RegistryProblem {
  code: RegistryProblemCode;
  file?: string;
  line?: number;
  column?: number;
  message: Bilingual;
}

/** A snapshot problem as the one diagnostic shape every user-facing problem has. */
export function registryDiagnostic(problem: RegistryProblem): Diagnostic {
  const { code, file, line, column, message } = problem;
  return {
    code, kind: 'registry', severity: 'error', message,
    ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}),
  };
}
