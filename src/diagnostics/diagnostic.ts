import type { Bilingual } from '../shared/messages.js';

/** Whether a diagnostic stops the work (error) or is reported beside a result (warning). */
export type DiagnosticSeverity = 'error' | 'warning';

/** Which input a diagnostic is about: what the user has to fix. */
export type DiagnosticKind = 'descriptor' | 'policy' | 'registry' | 'option' | 'input' | 'cases';

/**
 * One problem a user can see, whatever the input: a plain serialisable object. `code` is from a
 * closed union per kind; `message` comes from the catalogues (ja, en); the place is given as far as
 * it is known: file, RFC 6901 pointer, 1-based line and column of the start (and of the end).
 */
export interface Diagnostic {
  code: string;
  kind: DiagnosticKind;
  severity: DiagnosticSeverity;
  message: Bilingual;
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Values the message was built from (limits, names, suggestions), for programs. */
  params?: Readonly<Record<string, unknown>>;
}

/** The one error kanmon throws for bad input: every diagnostic found, at once. Nothing was evaluated. */
export class KanmonError extends Error {
  readonly kind: DiagnosticKind;
  readonly diagnostics: readonly Diagnostic[];
  constructor(kind: DiagnosticKind, diagnostics: readonly Diagnostic[]) {
    const first = diagnostics[0];
    const where = first ? [first.file, first.line, first.column].filter((x) => x !== undefined).join(':') : '';
    super(`${kind}: ${diagnostics.length} problem(s)${first ? `; first: ${where ? `${where} ` : ''}${first.pointer ?? ''} ${first.code}: ${first.message.en}` : ''}`);
    this.name = 'KanmonError';
    this.kind = kind;
    this.diagnostics = diagnostics;
  }
}
