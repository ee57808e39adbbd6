// Byte-level scans behind decode.ts. TextDecoder does the decoding; these only find where it
// failed and guess what the file really is, so the user is told which encoding to save as.

/** The offset of the first byte that breaks UTF-8 (WHATWG rules, as TextDecoder applies them), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      // Only the first continuation byte has a narrowed range (overlongs, surrogates, > U+10FFFF).
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Whether the bytes are well-formed Shift_JIS (CP932) with at least one two-byte character. */
export function looksLikeShiftJis(bytes: Uint8Array, from = 0): boolean {
  let pairs = 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) continue; // ASCII, half-width katakana
    if ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) {
      const t = bytes[i + 1];
      if (t === undefined || t < 0x40 || t === 0x7f || t > 0xfc) return false;
      pairs++;
      i++;
      continue;
    }
    return false;
  }
  return pairs > 0;
}

/** Whether the bytes are well-formed EUC-JP with at least one two-byte character. */
export function looksLikeEucJp(bytes: Uint8Array, from = 0): boolean {
  let pairs = 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const width = b === 0x8f ? 3 : b === 0x8e || (b >= 0xa1 && b <= 0xfe) ? 2 : 0;
    if (width === 0) return false;
    for (let k = 1; k < width; k++) {
      const t = bytes[i + k];
      if (t === undefined || t < 0xa1 || t > 0xfe) return false;
    }
    pairs++;
    i += width - 1;
  }
  return pairs > 0;
}

/** The encoding a byte-order mark at the start announces, with the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'UTF-8', length: 3 };
  // UTF-32 LE starts with the UTF-16 LE mark: test it first.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'UTF-32LE', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'UTF-32BE', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  return undefined;
}

const SAMPLE = 256;

/**
 * UTF-16 or UTF-32 without a byte-order mark, told by where the zero bytes fall: text in these
 * encodings is mostly ASCII (keys, punctuation), whose high bytes are zero in a fixed lane.
 */
export function wideEncodingByZeros(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~3;
  if (n < 4) return bytes.length >= 2 ? twoByteGuess(bytes[0]!, bytes[1]!) : undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i & 3]!++;
  const units = n / 4;
  const most = (lane: number): boolean => zeros[lane]! * 4 >= units * 3;
  const few = (lane: number): boolean => zeros[lane]! * 4 < units;
  if (most(1) && most(2) && most(3) && few(0)) return 'UTF-32LE';
  if (most(0) && most(1) && most(2) && few(3)) return 'UTF-32BE';
  if (zeros[1]! + zeros[3]! >= units && few(0) && few(2)) return 'UTF-16LE';
  if (zeros[0]! + zeros[2]! >= units && few(1) && few(3)) return 'UTF-16BE';
  return undefined;
}

function twoByteGuess(a: number, b: number): string | undefined {
  if (a !== 0 && b === 0) return 'UTF-16LE';
  if (a === 0 && b !== 0) return 'UTF-16BE';
  return undefined;
}
