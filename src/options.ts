import type { Bilingual } from './shared/messages.js';

/** Closed set of codes for options kanmon cannot use. */
export type OptionErrorCode = 'invalid-as-of' | 'invalid-phase' | 'invalid-lang' | 'invalid-fail-on' | 'unknown-pack' | 'unknown-edition' | 'unknown-fact';

/** A bad option to evaluate() or the CLI: a usage error, never evaluated. */
export class OptionError extends Error {
  readonly code: OptionErrorCode;
  readonly text: Bilingual;
  constructor(code: OptionErrorCode, text: Bilingual) {
    super(text.en);
    this.name = 'OptionError';
    this.code = code;
    this.text = text;
  }
}
