import type { Bilingual } from '../shared/messages.js';
import type { SchemaProblemCode } from '../shared/schema-problems.js';
import type { SyntaxProblem } from '../shared/source-document.js';

/** Closed set of codes for a policy pack edition kanmon refuses to load. */
export type PolicyErrorCode =
  | SyntaxProblem['code']
  | SchemaProblemCode
  | 'invalid-condition'
  | 'empty-group'
  | 'unknown-operator'
  | 'invalid-path'
  | 'unknown-fact'
  | 'path-not-in-schema'
  | 'fact-type-mismatch'
  | 'value-mismatch'
  | 'value-not-in-enum'
  | 'duplicate-rule-id'
  | 'unknown-rule-reference'
  | 'invalid-exemption'
  | 'invalid-for-each'
  | 'unknown-placeholder'
  | 'invalid-effective-range'
  | 'severity-above-basis'
  | 'unknown-source'
  | 'duplicate-source'
  | 'invalid-act-date'
  | 'prototype-name'
  | 'duplicate-edition'
  | 'unknown-base-edition'
  | 'base-in-other-pack'
  | 'base-not-earlier'
  | 'extends-cycle'
  | 'rule-already-in-base'
  | 'replace-unknown-rule'
  | 'remove-unknown-rule'
  | 'unknown-definition'
  | 'definition-cycle'
  | 'redefined-definition';

/** One problem in a policy file: code, file, pointer, line:column, bilingual message. */
export interface PolicyError {
  code: PolicyErrorCode;
  file?: string;
  pointer: string;
  line?: number;
  column?: number;
  message: Bilingual;
}

/** Thrown when an edition cannot be loaded; carries every problem found at once. */
export class PolicyLoadError extends Error {
  readonly code = 'invalid-policy';
  readonly errors: readonly PolicyError[];
  constructor(errors: readonly PolicyError[]) {
    const first = errors[0];
    super(`invalid policy: ${errors.length} problem(s); first: ${first?.file ?? ''}:${first?.line ?? 0}:${first?.column ?? 0} ${first?.code ?? ''} ${first?.message.en ?? ''}`);
    this.name = 'PolicyLoadError';
    this.errors = errors;
  }
}
