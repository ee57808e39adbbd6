import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/source.js';
import { diagnosticsOf, expectOnly, valueOf } from './support.js';

// Issue 13, item 1: JSON is parsed by JSON.parse; a linear scan finds duplicate keys (which
// JSON.parse hides) and gives syntax errors a line:column.

const json = { kind: 'descriptor' as const, file: 'd.json' };

describe('JSON', () => {
  it('duplicate keys give both places, even when one is written with escapes', () => {
    const d = expectOnly(parseSource('{\n  "project": {\n    "name": "a",\n    "n\\u0061me": "b"\n  }\n}', json), { code: 'duplicate-key', line: 4, column: 5, pointer: '/project/name' });
    expect(d.params).toEqual({ key: 'name', firstLine: 3, firstColumn: 5 });
  });

  it('the same key in two different objects is fine', () => {
    expect(valueOf(parseSource('[{"a": 1}, {"a": 2}]', json))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  const syntax: [string, string, number, number, string][] = [
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1, 'parse.json.expected-key'],
    ['a missing colon', '{"a" 1}', 1, 6, 'parse.json.expected-colon'],
    ['a missing comma', '[1\n 2]', 2, 2, 'parse.json.expected-comma'],
    ['a string never closed', '{"a": "b}', 1, 7, 'parse.json.unterminated-string'],
    ['a bad escape', '["a\\x"]', 1, 4, 'parse.json.bad-escape'],
    ['a raw tab in a string', '["a\tb"]', 1, 4, 'parse.json.control-character'],
    ['a leading zero', '[01]', 1, 2, 'parse.json.bad-number'],
    ['a bare minus', '[-]', 1, 2, 'parse.json.bad-number'],
    ['single quotes', "{'a': 1}", 1, 2, 'parse.json.expected-key'],
    ['text after the value', '{"a": 1} x', 1, 10, 'parse.json.trailing'],
    ['an unclosed object', '{"a": [1, 2]', 1, 13, 'parse.json.unexpected-end'],
    ['nothing at all', '', 1, 1, 'parse.json.unexpected-end'],
  ];
  for (const [what, text, line, column, id] of syntax) {
    it(`a syntax error is located: ${what}`, () => {
      const d = expectOnly(parseSource(text, json), { code: 'syntax', line, column });
      expect(d.message.en.startsWith('JSON syntax error: ')).toBe(true);
      expect(d.message.ja.startsWith('JSON の構文エラーです: ')).toBe(true);
      expect(id).toMatch(/^parse\.json\./);
    });
  }

  it('names what it found', () => {
    expect(diagnosticsOf(parseSource('{"a": 1 "b": 2}', json))[0]!.message.en).toBe('JSON syntax error: a comma or "}" was expected here, found "\\"".');
  });

  it('__proto__ is an own data property', () => {
    const value = valueOf(parseSource('{"__proto__": {"polluted": true}, "constructor": 1}', json)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('200,000 unknown keys (2.2 MB): parsed, and every key located through the index built once', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `"k${i}":${i % 10}`);
    const text = `{"schemaVersion": 1,\n${keys.join(',')}}`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const result = parseSource(text, json);
    if (!('document' in result)) throw new Error('expected a document');
    const { document } = result;
    expect(Object.keys(document.value as object)).toHaveLength(200_001);
    let column = 1;
    const columns = keys.map((k) => { const at = column; column += k.length + 1; return at; });
    for (let i = 0; i < keys.length; i++) {
      const at = document.locate(`/k${i}`, 'key');
      if (at.line !== 2 || at.column !== columns[i]) throw new Error(`key ${i} located at ${at.line}:${at.column}, expected 2:${columns[i]}`);
    }
  }, 120_000);
});

describe('choosing the format', () => {
  it("'auto' takes a .json name or a leading bracket as JSON", () => {
    expect(parseSource('{"a": 1}', { kind: 'input' })).toMatchObject({ document: { format: 'json', value: { a: 1 } } });
    expect(parseSource('a: 1', { kind: 'input', file: 'x.yaml' })).toMatchObject({ document: { format: 'yaml', value: { a: 1 } } });
  });

  it("'auto' reads a YAML flow mapping as YAML when it is not JSON, but reports JSON's error when it is neither", () => {
    expect(parseSource('{a: 1, b: [x]}', { kind: 'input', file: 'x.yaml' })).toMatchObject({ document: { format: 'yaml', value: { a: 1, b: ['x'] } } });
    expectOnly(parseSource('{"a": [1}', { kind: 'input', file: 'x.yaml' }), { code: 'syntax', line: 1, column: 9 });
  });

  it('a .json file, or format json, is JSON only', () => {
    expectOnly(parseSource('{a: 1}', { kind: 'input', file: 'x.json' }), { code: 'syntax', line: 1, column: 2 });
    expectOnly(parseSource('a: 1', { kind: 'input', format: 'json' }), { code: 'syntax', line: 1, column: 1 });
    expect(parseSource('{"a": 1}', { kind: 'input', file: 'x.json', format: 'yaml' })).toMatchObject({ document: { format: 'yaml' } });
  });

  it('a byte-order mark at the start of a text is dropped', () => {
    expect(parseSource('\ufeff{"a": 1}', { kind: 'input', file: 'x.json' })).toMatchObject({ document: { text: '{"a": 1}', value: { a: 1 } } });
  });
});
