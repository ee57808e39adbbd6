import type { MessageId } from '../diagnostics/catalogue/index.js';
import { byteOrderMark, firstInvalidUtf8, looksLikeEucJp, looksLikeShiftJis, wideEncodingByZeros } from './encoding-scan.js';
import type { TextPosition } from './line-index.js';
import { resolveLimits, type ParseLimits } from './limits.js';
import { ProblemList, type ParseDiagnostic, type ProblemContext } from './problems.js';

/** What to decode: who the file is for (diagnostics' kind), its name, and the limits. */
export interface DecodeOptions extends ProblemContext {
  limits?: Partial<ParseLimits>;
}

/** The text of a file, or why it is not UTF-8 text kanmon can read. */
export type DecodeResult = { text: string } | { diagnostics: ParseDiagnostic[] };

/**
 * Bytes to text: UTF-8, with or without a byte-order mark (dropped). Anything else — UTF-16,
 * UTF-32, Shift_JIS, EUC-JP, broken UTF-8, a NUL byte — is an error naming the byte offset, its
 * line:column and, where the bytes tell, the encoding the file is really in. Nothing is replaced.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): DecodeResult {
  const limits = resolveLimits(options.limits);
  const fail = (code: 'too-large' | 'wrong-encoding' | 'invalid-utf8' | 'nul-byte', id: MessageId, params: Record<string, unknown>, position?: TextPosition): DecodeResult => {
    const problems = new ProblemList(options, 1, () => ({ line: 1, column: 1 }));
    problems.add(code, id, params, position ? { position } : {});
    return { diagnostics: problems.list() };
  };

  if (bytes.length > limits.maxBytes) return fail('too-large', 'parse.too-large', { limit: limits.maxBytes, size: bytes.length });
  const mark = byteOrderMark(bytes);
  if (mark && mark.encoding !== 'UTF-8') {
    return fail('wrong-encoding', 'parse.encoding.wide-bom', { encoding: mark.encoding, offset: 0 }, { line: 1, column: 1 });
  }
  const start = mark ? mark.length : 0;
  const wide = wideEncodingByZeros(bytes.subarray(start));
  if (wide) {
    const offset = bytes.indexOf(0, start);
    return fail('wrong-encoding', 'parse.encoding.wide', { encoding: wide, offset }, bytePosition(bytes, start, offset));
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    const offset = firstInvalidUtf8(bytes, start);
    const bad = offset < 0 ? start : offset;
    const guess = looksLikeEucJp(bytes, start) ? 'EUC-JP' : looksLikeShiftJis(bytes, start) ? 'Shift_JIS' : undefined;
    const params = { offset: bad, byte: hex(bytes[bad] ?? 0), ...(guess ? { encoding: guess } : {}) };
    return fail(guess ? 'wrong-encoding' : 'invalid-utf8', guess ? 'parse.encoding.guessed' : 'parse.encoding.invalid-utf8', params, bytePosition(bytes, start, bad));
  }
  // A NUL never belongs in a descriptor or a pack; it is the mark of UTF-16 or a binary file.
  const nul = bytes.indexOf(0, start);
  if (nul >= 0) return fail('nul-byte', 'parse.encoding.nul', { offset: nul }, bytePosition(bytes, start, nul));
  return { text };
}

/** The line:column of a byte, counting columns in UTF-16 code units as the parsers do. */
function bytePosition(bytes: Uint8Array, start: number, offset: number): TextPosition {
  let line = 1;
  let lineStart = start;
  for (let i = bytes.indexOf(0x0a, start); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // The bytes before `offset` on its line may themselves be broken (a wide encoding): count them leniently.
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
