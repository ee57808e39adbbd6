import { msg, type MessageId } from '../../diagnostics/catalogue/index.js';
import type { Basis } from '../../engine/compiled.js';
import { SEVERITY_CEILING } from '../../policy/compile-edition.js';
import type { PolicyError, PolicyErrorCode } from '../../policy/errors.js';
import type { Bilingual } from '../../shared/messages.js';
import { ruleAt, ruleIdAt, type EditionFile } from './edition-file.js';
import type { LintFinding } from './types.js';

const EXTENDS_HINTS: Partial<Record<PolicyErrorCode, MessageId>> = {
  'unknown-base-edition': 'lint.hint.unknown-base-edition',
  'base-in-other-pack': 'lint.hint.base-in-other-pack',
  'base-not-earlier': 'lint.hint.base-not-earlier',
  'extends-cycle': 'lint.hint.extends-cycle',
  'same-start-date': 'lint.same-effective-from.hint',
};

/** The fix for a severity above its basis: the ceiling of the basis the rule states. */
function severityHint(error: PolicyError, edition: EditionFile | undefined): Bilingual | undefined {
  const rule = edition && ruleAt(edition.written, error.pointer);
  if (!rule) return undefined;
  const basis: Basis = rule.basis;
  return msg(basis === 'audit' ? 'lint.hint.severity-above-basis.audit' : 'lint.hint.severity-above-basis', { ceiling: SEVERITY_CEILING[basis], basis });
}

/** A loader problem as a lint finding: the file does not load (fatal), with a fix where lint knows one. */
export function loaderFinding(error: PolicyError, editions: readonly EditionFile[]): LintFinding {
  const edition = editions.find((e) => e.file === error.file);
  const hintId = EXTENDS_HINTS[error.code];
  const hint = error.code === 'severity-above-basis' ? severityHint(error, edition) : hintId ? msg(hintId) : undefined;
  const ruleId = edition && ruleIdAt(edition.written, error.pointer);
  return {
    code: error.code, kind: 'policy', severity: 'error', message: error.message,
    ...(error.file !== undefined ? { file: error.file } : {}), pointer: error.pointer, line: error.line ?? 1, column: error.column ?? 1,
    ...(hint ? { hint } : {}), ...(ruleId !== undefined ? { ruleId } : {}), fatal: true,
  };
}
