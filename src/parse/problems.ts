import type { Diagnostic, DiagnosticKind } from '../diagnostics/diagnostic.js';
import { msg, msgWith, type MessageId } from '../diagnostics/catalogue/index.js';
import type { Bilingual } from '../shared/messages.js';
import type { TextPosition } from './line-index.js';

/** Closed set of codes for a text kanmon cannot read or parse. */
export type ParseCode =
  | 'unreadable'
  | 'too-large'
  | 'too-deep'
  | 'too-many-nodes'
  | 'alias-limit'
  | 'alias-cycle'
  | 'undefined-alias'
  | 'complex-key'
  | 'duplicate-key'
  | 'syntax'
  | 'wrong-encoding'
  | 'invalid-utf8'
  | 'nul-byte'
  | 'more-problems';

/** A diagnostic from reading or parsing a text. */
export interface ParseDiagnostic extends Diagnostic {
  code: ParseCode;
}

/** Where a problem is: an offset into the text (with an optional end), or a position already known. */
export interface Place {
  offset?: number;
  end?: number;
  position?: TextPosition;
  pointer?: string;
}

/** Who the diagnostics are about. */
export interface ProblemContext {
  kind: DiagnosticKind;
  file?: string;
}

/**
 * Problems found in one text, kept up to a cap. Past the cap a problem is only counted (no message
 * is built), so a file with a million problems costs no more than one with a hundred.
 */
export class ProblemList {
  private readonly kept: ParseDiagnostic[] = [];
  private dropped = 0;
  private firstDropped: TextPosition | undefined;

  constructor(
    private readonly context: ProblemContext,
    private readonly max: number,
    /** offset → line:column in the text the problems are about. */
    readonly positionOf: (offset: number) => TextPosition,
  ) {}

  /** Whether any problem was found. */
  get any(): boolean {
    return this.kept.length > 0 || this.dropped > 0;
  }

  /** Record one problem; its message comes from the catalogue entry `id` (with `parts`: placeholders whose text differs by language). */
  add(code: ParseCode, id: MessageId, params: Readonly<Record<string, unknown>>, place: Place = {}, parts?: Readonly<Record<string, Bilingual>>): void {
    const start = place.position ?? (place.offset === undefined ? undefined : this.positionOf(place.offset));
    if (this.kept.length >= this.max) {
      this.dropped++;
      this.firstDropped ??= start;
      return;
    }
    const end = place.end === undefined ? undefined : this.positionOf(place.end);
    this.kept.push({
      code, kind: this.context.kind, severity: 'error', message: parts ? msgWith(id, params, parts) : msg(id, params),
      ...(this.context.file !== undefined ? { file: this.context.file } : {}),
      ...(place.pointer !== undefined ? { pointer: place.pointer } : {}),
      ...(start ? { line: start.line, column: start.column } : {}),
      ...(end ? { endLine: end.line, endColumn: end.column } : {}),
      params,
    });
  }

  /** Every problem kept, then one `more-problems` entry counting the rest, if any. */
  list(): ParseDiagnostic[] {
    if (this.dropped === 0) return [...this.kept];
    return [...this.kept, moreProblems(this.context, this.dropped, this.max, this.firstDropped)];
  }
}

/** Cap a list of diagnostics at `max`: the first `max`, then one line saying how many more there are. */
export function capDiagnostics<T extends Diagnostic>(diagnostics: readonly T[], max: number, context: ProblemContext): (T | ParseDiagnostic)[] {
  return capCounted(diagnostics, diagnostics.length, max, context);
}

/**
 * Cap a list of which only the first entries were built (at least `max + 1` when there are more):
 * `total` counts them all, so the last line says how many more there are.
 */
export function capCounted<T extends Diagnostic>(first: readonly T[], total: number, max: number, context: ProblemContext): (T | ParseDiagnostic)[] {
  if (total <= max) return [...first];
  const next = first[max];
  const at = next?.line !== undefined && next.column !== undefined ? { line: next.line, column: next.column } : undefined;
  return [...first.slice(0, max), moreProblems(context, total - max, max, at)];
}

function moreProblems(context: ProblemContext, count: number, limit: number, at: TextPosition | undefined): ParseDiagnostic {
  const params = { count, limit, ...(at ? { line: at.line } : {}) };
  return {
    code: 'more-problems', kind: context.kind, severity: 'error',
    message: msg(at ? 'parse.more-problems' : 'parse.more-problems-unplaced', params),
    ...(context.file !== undefined ? { file: context.file } : {}),
    ...(at ? { line: at.line, column: at.column } : {}),
    params,
  };
}
