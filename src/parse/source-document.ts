import { DEFAULT_LIMITS } from './limits.js';
import type { ParseCode } from './problems.js';
import { parseSource as parseText } from './source.js';
import type { Bilingual } from '../shared/messages.js';

// The first API for parsed sources, kept for its callers: a thin layer over src/parse/.

/** Where something is in a source text (1-based; columns in UTF-16 code units). */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A YAML or JSON text parsed with its source positions kept, so pointers map to line:column. */
export interface SourceDocument {
  file?: string;
  text: string;
  value: unknown;
  /** Position of the node at `pointer`, or of its nearest existing ancestor. */
  locate(pointer: string, target?: 'key' | 'value'): SourcePosition;
}

/** A problem that stops a text from being parsed (syntax, encoding, a limit crossed). */
export interface SyntaxProblem {
  code: ParseCode;
  line: number;
  column: number;
  /** The RFC 6901 pointer of the value at fault, where the problem has one (a duplicate key, an alias). */
  pointer?: string;
  message: Bilingual;
}

/** Largest text kanmon parses by default; a descriptor or pack is a few hundred KiB at most. */
export const MAX_SOURCE_BYTES = DEFAULT_LIMITS.maxBytes;

/** Parse YAML or JSON (by the file name, else the first character) within the default limits. */
export function parseSource(text: string, file?: string): { document: SourceDocument } | { problems: SyntaxProblem[] } {
  const parsed = parseText(text, { kind: 'input', ...(file !== undefined ? { file } : {}) });
  if ('diagnostics' in parsed) {
    return { problems: parsed.diagnostics.map((d) => ({ code: d.code, line: d.line ?? 1, column: d.column ?? 1, ...(d.pointer !== undefined ? { pointer: d.pointer } : {}), message: d.message })) };
  }
  const { document } = parsed;
  return {
    document: {
      ...(file !== undefined ? { file } : {}),
      text: document.text,
      value: document.value,
      locate: (pointer, target) => {
        const { line, column } = document.locate(pointer, target);
        return { line, column };
      },
    },
  };
}
