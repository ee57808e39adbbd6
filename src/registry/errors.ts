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

/** Thrown for a snapshot that cannot be used; carries every problem. Nothing is evaluated. */
export class RegistryError extends Error {
  readonly code = 'invalid-ismap-registry';
  readonly problems: readonly RegistryProblem[];
  constructor(problems: readonly RegistryProblem[]) {
    super(`invalid ISMAP registry snapshot: ${problems.length} problem(s); first: line ${problems[0]?.line ?? '?'} ${problems[0]?.message.en ?? ''}`);
    this.name = 'RegistryError';
    this.problems = problems;
  }
}
