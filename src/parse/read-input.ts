import { KanmonError } from '../diagnostics/diagnostic.js';
import { decodeBytes, type DecodeOptions } from './decode.js';
import { resolveLimits } from './limits.js';
import { msg } from '../diagnostics/catalogue/index.js';
import type { ParseDiagnostic } from './problems.js';

/**
 * Reads a file: its bytes, at most `maxBytes + 1` of them (one more says "too large"), or text an
 * in-memory caller already has. It may throw a KanmonError when it knows the file is too large
 * without reading it, or an error with a Node `code` (ENOENT, EISDIR …) when it cannot read it.
 */
export type ReadFile = (path: string, maxBytes: number) => Uint8Array | string;

/** A file's text, or every reason it cannot be read as UTF-8 text within the limits. */
export type ReadInputResult = { text: string } | { diagnostics: ParseDiagnostic[] };

/** Read a file through `read`, refuse it past limits.maxBytes, and decode it (see decodeBytes). */
export function readInput(file: string, read: ReadFile, options: Omit<DecodeOptions, 'file'>): ReadInputResult {
  const limits = resolveLimits(options.limits);
  let content: Uint8Array | string;
  try {
    content = read(file, limits.maxBytes);
  } catch (error) {
    if (error instanceof KanmonError) return { diagnostics: error.diagnostics as ParseDiagnostic[] };
    const reason = String((error as NodeJS.ErrnoException).code ?? 'error');
    const params = { file, reason };
    return { diagnostics: [{ code: 'unreadable', kind: options.kind, severity: 'error', file, message: msg('input.unreadable', params), params }] };
  }
  if (typeof content === 'string') return { text: content };
  if (content.length > limits.maxBytes) return { diagnostics: [tooLarge(file, limits.maxBytes, options.kind)] };
  return decodeBytes(content, { ...options, file });
}

/** The diagnostic for a file past the size limit, whether found by its size or by reading. */
export function tooLarge(file: string, limit: number, kind: DecodeOptions['kind'], size?: number): ParseDiagnostic {
  const params = { file, limit, ...(size !== undefined ? { size } : {}) };
  return { code: 'too-large', kind, severity: 'error', file, message: msg('input.too-large', params), params };
}
