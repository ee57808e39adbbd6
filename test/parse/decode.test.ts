import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/parse/decode.js';
import { parseBytes } from '../../src/parse/source.js';
import { expectOnly, valueOf } from './support.js';

// Issue 13, item 6: UTF-8 with or without a byte-order mark is read; every other encoding, broken
// UTF-8 and NUL bytes get an error naming the byte offset, its line:column and the likely encoding.

const options = { kind: 'descriptor' as const, file: 'd.yaml' };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | string)[]): Uint8Array => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

function utf16(text: string, endian: 'LE' | 'BE', bom: boolean): Uint8Array {
  const units = [...(bom ? '\ufeff' : ''), ...text].join('');
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (endian === 'LE' ? 0 : 1)] = u & 0xff;
    out[2 * i + (endian === 'LE' ? 1 : 0)] = u >> 8;
  }
  return out;
}

function utf32(text: string, endian: 'LE' | 'BE', bom: boolean): Uint8Array {
  const points = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.codePointAt(0)!);
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(4 * i, p, endian === 'LE'));
  return out;
}

// Shift_JIS (CP932) bytes of a few characters, from the JIS X 0208 table; 申 ends in 0x5C, a backslash in ASCII.
const SJIS: Record<string, number[]> = { 名: [0x96, 0xbc], 前: [0x91, 0x4f], 申: [0x90, 0x5c], 請: [0x90, 0xbf], 日: [0x93, 0xfa], 本: [0x96, 0x7b] };
const EUC_JP: Record<string, number[]> = { 日: [0xc6, 0xfc], 本: [0xcb, 0xdc], 語: [0xb8, 0xec] };
const encodeBy = (table: Record<string, number[]>, text: string): number[] => [...text].flatMap((c) => table[c] ?? [...utf8(c)]);

const descriptor = 'schemaVersion: 1\nid: 申請\n';

describe('UTF-8', () => {
  it('is read with or without a byte-order mark, the mark dropped', () => {
    expect(valueOf(parseBytes(utf8(descriptor), options))).toEqual({ schemaVersion: 1, id: '申請' });
    const withBom = parseBytes(bytes([0xef, 0xbb, 0xbf], descriptor), options);
    expect(valueOf(withBom)).toEqual({ schemaVersion: 1, id: '申請' });
    expect('document' in withBom && withBom.document.text.startsWith('schemaVersion')).toBe(true);
  });

  it('broken UTF-8 is an error at the first bad byte, never replaced with U+FFFD', () => {
    // Line 2 is "id: a" then 0xFF: byte 21 of the file, column 6 of line 2.
    const input = bytes('schemaVersion: 1\nid: a', [0xff], '\n');
    const d = expectOnly(decodeBytes(input, options), { code: 'invalid-utf8', file: 'd.yaml', line: 2, column: 6, params: { offset: 22, byte: '0xFF' } });
    expect(d.message.en).toContain('Byte 22 (0xFF)');
    expect(d.message.ja).toContain('22 バイト目');
  });

  it('counts columns in characters before the bad byte, and offsets from the start of the file (mark included)', () => {
    // 申請 is 6 bytes but 2 columns; a truncated 3-byte sequence follows.
    const input = bytes([0xef, 0xbb, 0xbf], 'a: 申請', [0xe3, 0x81]);
    expectOnly(decodeBytes(input, options), { code: 'invalid-utf8', line: 1, column: 6, params: { offset: 12 } });
  });

  it('rejects overlong forms and encoded surrogates as TextDecoder does', () => {
    expectOnly(decodeBytes(bytes('a: ', [0xc0, 0x80]), options), { code: 'invalid-utf8', params: { offset: 3 } });
    expectOnly(decodeBytes(bytes('ab: ', [0xed, 0xa0, 0x80]), options), { code: 'invalid-utf8', params: { offset: 4 } });
  });

  it('a NUL byte in otherwise valid UTF-8 is an error at its offset', () => {
    expectOnly(decodeBytes(bytes('a: 1\nb: x', [0], 'y\n'), options), { code: 'nul-byte', line: 2, column: 5, params: { offset: 9 } });
  });
});

describe('other encodings are named', () => {
  for (const endian of ['LE', 'BE'] as const) {
    it(`UTF-16 ${endian} with a byte-order mark: at byte 0`, () => {
      const d = expectOnly(decodeBytes(utf16(descriptor, endian, true), options), { code: 'wrong-encoding', line: 1, column: 1, params: { encoding: `UTF-16${endian}`, offset: 0 } });
      expect(d.message.en).toContain(`UTF-16${endian}`);
      expect(d.message.ja).toContain('UTF-8 で保存し直してください');
    });

    it(`UTF-16 ${endian} without a mark: told by its zero bytes, at the first one`, () => {
      expectOnly(decodeBytes(utf16(descriptor, endian, false), options), {
        code: 'wrong-encoding', line: 1, column: endian === 'LE' ? 2 : 1, params: { encoding: `UTF-16${endian}`, offset: endian === 'LE' ? 1 : 0 },
      });
    });

    it(`UTF-32 ${endian}, with and without a mark`, () => {
      expectOnly(decodeBytes(utf32(descriptor, endian, true), options), { code: 'wrong-encoding', line: 1, column: 1, params: { encoding: `UTF-32${endian}`, offset: 0 } });
      expectOnly(decodeBytes(utf32(descriptor, endian, false), options), { code: 'wrong-encoding', params: { encoding: `UTF-32${endian}` } });
    });
  }

  it('Shift_JIS: the first byte that breaks UTF-8, and the advice to save as UTF-8', () => {
    const input = new Uint8Array(encodeBy(SJIS, 'schemaVersion: 1\nid: x\nproject:\n  name: 申請\n'));
    const d = expectOnly(decodeBytes(input, options), { code: 'wrong-encoding', line: 4, column: 9, params: { encoding: 'Shift_JIS', offset: 40, byte: '0x90' } });
    expect(d.message.en).toBe('Byte 40 (0x90) is not valid UTF-8; the file looks like Shift_JIS. Save it as UTF-8.');
    expect(d.message.ja).toContain('Shift_JIS のように見えます');
  });

  it('EUC-JP is told apart from Shift_JIS', () => {
    const input = new Uint8Array(encodeBy(EUC_JP, 'id: 日本語\n'));
    expectOnly(decodeBytes(input, options), { code: 'wrong-encoding', line: 1, column: 5, params: { encoding: 'EUC-JP', offset: 4 } });
  });

  it('bytes that fit no Japanese encoding are called invalid UTF-8, with no guess', () => {
    const d = expectOnly(decodeBytes(bytes('id: ', [0x80, 0x80, 0xff]), options), { code: 'invalid-utf8', params: { offset: 4 } });
    expect(d.params).not.toHaveProperty('encoding');
  });
});

describe('parseBytes', () => {
  it('stops at the decode problem and parses nothing', () => {
    expectOnly(parseBytes(utf16('{"a": 1}', 'LE', true), { ...options, file: 'd.json' }), { code: 'wrong-encoding', file: 'd.json', kind: 'descriptor' });
  });

  it('refuses bytes past maxBytes before decoding them', () => {
    expectOnly(parseBytes(utf8('a: 12345\n'), { ...options, limits: { maxBytes: 8 } }), { code: 'too-large', params: { limit: 8, size: 9 } });
    expect(valueOf(parseBytes(utf8('a: 12345\n'), { ...options, limits: { maxBytes: 9 } }))).toEqual({ a: 12345 });
  });
});
