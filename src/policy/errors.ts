import { KanmonError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Bilingual } from '../shared/messages.js';
import type { SchemaProblemCode } from '../shared/schema-problems.js';
import type { SyntaxProblem } from '../parse/source-document.js';

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
  | 'same-start-date'
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

/** A policy problem as the one diagnostic shape every user-facing problem has. */
export function policyDiagnostic(error: PolicyError): Diagnostic & { code: PolicyErrorCode } {
  const { code, file, pointer, line, column, message } = error;
  return {
    code, kind: 'policy', severity: 'error', message,
    ...(file !== undefined ? { file } : {}), pointer, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}),
  };
}

/** The error thrown for editions that cannot be loaded: every problem, at once. */
export function policyLoadError(errors: readonly PolicyError[]): KanmonError {
  return new KanmonError('policy', errors.map(policyDiagnostic));
}
