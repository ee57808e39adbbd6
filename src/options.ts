import { msg, type MessageId } from './diagnostics/catalogue/index.js';
import { KanmonError } from './diagnostics/diagnostic.js';
import type { Severity } from './engine/compiled.js';
import { didYouMean } from './shared/closest.js';
import type { Bilingual } from './shared/messages.js';
import { SEVERITIES } from './shared/vocabulary.js';

/** Closed set of codes for options kanmon cannot use. */
export type OptionErrorCode = 'invalid-as-of' | 'invalid-phase' | 'invalid-lang' | 'invalid-fail-on' | 'unknown-pack' | 'unknown-edition' | 'unknown-fact' | 'async-provider' | 'ambiguous-editions';

/** A bad option to evaluate() or the CLI: a usage error, thrown before anything is evaluated. */
export function optionError(code: OptionErrorCode, id: MessageId, params: Readonly<Record<string, unknown>> = {}): KanmonError {
  return new KanmonError('option', [{ code, kind: 'option', severity: 'error', message: msg(id, params), params }]);
}

/** A message whose `hint` placeholder is a did-you-mean for `name` among `known`, in each language. */
export function withHint(id: MessageId, params: Readonly<Record<string, unknown>>, name: string, known: Iterable<string>): Bilingual {
  const hint = didYouMean(name, known);
  return { ja: msg(id, { ...params, hint: hint.ja }).ja, en: msg(id, { ...params, hint: hint.en }).en };
}

/** Like optionError, with a did-you-mean hint for a misspelt name. */
export function optionErrorWithHint(code: OptionErrorCode, id: MessageId, params: Readonly<Record<string, unknown>>, name: string, known: Iterable<string>): KanmonError {
  return new KanmonError('option', [{ code, kind: 'option', severity: 'error', message: withHint(id, params, name, known), params }]);
}

/** The failOn option (default error), or a usage error when it is not a severity. */
export function failOnOption(value: unknown): Severity {
  const failOn = value ?? 'error';
  if (!SEVERITIES.includes(failOn as Severity)) throw optionError('invalid-fail-on', 'option.invalid-fail-on', { value: String(failOn) });
  return failOn as Severity;
}
