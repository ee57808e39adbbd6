import { describe, expect, it } from 'vitest';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import { DEFAULT_LIMITS, resolveLimits } from '../../src/parse/limits.js';
import { capDiagnostics } from '../../src/parse/problems.js';
import { parseSource } from '../../src/parse/source.js';
import { diagnosticsOf, expectBilingual, expectOnly, valueOf } from './support.js';

// Issue 13, items 1 and 4: every limit is checked before (or while) the work is done, iteratively,
// and each has its own code, says the limit and where it was crossed.

const yaml = { kind: 'descriptor' as const, file: 'd.yaml' };
const json = { kind: 'descriptor' as const, file: 'd.json' };

describe('nesting 5,000 deep', () => {
  it('flow YAML: too-deep at the 101st bracket, not a stack overflow', () => {
    const text = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    // Brackets are counted before yaml parses anything; the 101st is at column 104.
    const d = expectOnly(parseSource(text, yaml), { code: 'too-deep', line: 1, column: 104, params: { limit: 100 } });
    expect(d.message.en).toContain('deeper than 100 levels');
  });

  it('block YAML, sequences in sequences on one line', () => {
    expectOnly(parseSource(`${'- '.repeat(5000)}x\n`, yaml), { code: 'too-deep', line: 1, column: 201 });
  });

  it('block YAML, mappings indented one more space per level', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    // Level 101 is the mapping whose first key is on line 101, indented 100 spaces.
    expectOnly(parseSource(text, { ...yaml, limits: { maxBytes: 16 * 1024 * 1024 } }), { code: 'too-deep', line: 101, column: 101 });
  });

  it('JSON, with the pointer of the value that is too deep', () => {
    const text = `{"a":\n${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const d = expectOnly(parseSource(text, json), { code: 'too-deep', line: 2, column: 100 });
    // The object is level 1, so the 100th bracket (at /a and 99 steps into the lists) would be level 101.
    expect(d.pointer).toBe(`/a${'/0'.repeat(99)}`);
  });

  it('raised far beyond what yaml can compose, the depth is still an error, not a crash', () => {
    const d = diagnosticsOf(parseSource(`${'- '.repeat(100_000)}x\n`, { ...yaml, limits: { maxDepth: 1_000_000 } }))[0]!;
    expect(d.code).toBe('too-deep');
    expect(d.message.en).toContain('ran out of stack');
    expectBilingual(d);
  });

  it('a caller may raise the limit', () => {
    const text = `a: ${'['.repeat(150)}${']'.repeat(150)}\n`;
    expect(diagnosticsOf(parseSource(text, yaml))[0]!.code).toBe('too-deep');
    expect(valueOf(parseSource(text, { ...yaml, limits: { maxDepth: 200 } }))).toHaveProperty('a');
  });
});

describe('values, aliases and size', () => {
  it('too-many-nodes where the count crosses the limit, JSON and YAML alike', () => {
    const entries = Array.from({ length: 30 }, (_, i) => i);
    // {"a": [...]} is the object, key a, the list, then its items: the 10th value overall is item 6.
    const d = expectOnly(parseSource(`{"a": ${JSON.stringify(entries)}}`, { ...json, limits: { maxNodes: 9 } }), { code: 'too-many-nodes', params: { limit: 9 } });
    expect(d).toMatchObject({ line: 1, column: 20, pointer: '/a/6' });
    // YAML's values are counted from its scalars first (a lower bound): the 10th scalar is item 8.
    expectOnly(parseSource(`a:\n${entries.map((e) => `  - ${e}`).join('\n')}\n`, { ...yaml, limits: { maxNodes: 9 } }), { code: 'too-many-nodes', line: 10, column: 5 });
    // With the scalars within the limit, the exact count (mappings, lists and implicit nulls too) decides.
    expectOnly(parseSource('a:\n  b:\n    c:\n      d:\n', { ...yaml, limits: { maxNodes: 7 } }), { code: 'too-many-nodes', line: 4, column: 7 });
  });

  it('alias-limit for a billion-laughs document, at the alias that crosses it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const d = expectOnly(parseSource(levels.join('\n'), yaml), { code: 'alias-limit', params: { limit: 10_000 } });
    expect(d.line).toBeGreaterThan(1);
  });

  it('aliases within the limit are shared, not copied, and read as plain data', () => {
    const value = valueOf(parseSource('common: &c {kind: a}\nx: *c\ny: *c\n', yaml)) as Record<string, unknown>;
    expect(value).toEqual({ common: { kind: 'a' }, x: { kind: 'a' }, y: { kind: 'a' } });
    expect(diagnosticsOf(parseSource('common: &c {kind: a}\nx: *c\ny: *c\n', { ...yaml, limits: { maxAliasExpansions: 3 } }))[0]).toMatchObject({ code: 'alias-limit', line: 3, column: 4 });
  });

  it('too-large counts UTF-8 bytes, not characters', () => {
    const text = `id: ${'申'.repeat(10)}\n`; // 4 + 30 + 1 bytes, 15 characters
    expectOnly(parseSource(text, { ...yaml, limits: { maxBytes: 34 } }), { code: 'too-large', params: { limit: 34, size: 35 } });
    expect(valueOf(parseSource(text, { ...yaml, limits: { maxBytes: 35 } }))).toEqual({ id: '申'.repeat(10) });
  });
});

describe('the list of problems is capped', () => {
  it('1,000,000 duplicate keys: the first 100, then one entry counting the rest', () => {
    const text = `{"a": 0,\n${'"a": 1,\n'.repeat(999_999)}"a": 1}`;
    const all = diagnosticsOf(parseSource(text, { ...json, limits: { maxBytes: 16 * 1024 * 1024, maxNodes: 3_000_000 } }));
    expect(all).toHaveLength(101);
    expect(all.slice(0, 100).every((d) => d.code === 'duplicate-key')).toBe(true);
    expect(all[99]).toMatchObject({ line: 101, column: 1, pointer: '/a', params: { key: 'a', firstLine: 1, firstColumn: 2 } });
    const more = all[100]!;
    expect(more).toMatchObject({ code: 'more-problems', line: 102, column: 1, params: { count: 999_900, limit: 100 } });
    expect(more.message.en).toBe('and 999900 more problem(s) from line 102 on, not listed: only the first 100 are (limit maxProblems).');
    expectBilingual(more);
  }, 120_000);

  it('YAML problems are capped the same way', () => {
    const text = `a: 0\n${'a: 1\n'.repeat(1000)}`;
    const all = diagnosticsOf(parseSource(text, yaml));
    expect(all.map((d) => d.code)).toEqual([...Array(100).fill('duplicate-key'), 'more-problems']);
    expect(all[100]).toMatchObject({ line: 102, params: { count: 900 } });
  });

  it('maxProblems can be lowered or raised', () => {
    const text = `{${Array.from({ length: 5 }, () => '"a": 1').join(', ')}}`;
    expect(diagnosticsOf(parseSource(text, { ...json, limits: { maxProblems: 2 } })).map((d) => d.code)).toEqual(['duplicate-key', 'duplicate-key', 'more-problems']);
    expect(diagnosticsOf(parseSource(text, json))).toHaveLength(4);
  });

  it('capDiagnostics caps any list the same way', () => {
    const list = Array.from({ length: 5 }, (_, i) => ({ code: 'x', kind: 'descriptor' as const, severity: 'error' as const, message: { ja: 'あ', en: 'a' }, line: i + 1, column: 2 }));
    const capped = capDiagnostics(list, 3, { kind: 'descriptor', file: 'd.yaml' });
    expect(capped.map((d) => d.code)).toEqual(['x', 'x', 'x', 'more-problems']);
    expect(capped[3]).toMatchObject({ file: 'd.yaml', line: 4, column: 2, params: { count: 2, limit: 3 } });
    expect(capDiagnostics(list, 5, { kind: 'descriptor' })).toEqual(list);
  });
});

describe('limits themselves', () => {
  it('have documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxBytes: 5 * 1024 * 1024, maxDepth: 100, maxNodes: 500_000, maxAliasExpansions: 10_000, maxProblems: 100 });
    expect(resolveLimits({ maxDepth: 7 })).toEqual({ ...DEFAULT_LIMITS, maxDepth: 7 });
  });

  it('a limit that is not a whole number >= 0 is an option error, not a silently disabled check', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      let error: unknown;
      try { resolveLimits({ maxNodes: bad }); } catch (e) { error = e; }
      expect(error).toBeInstanceOf(KanmonError);
      const d = (error as KanmonError).diagnostics[0]!;
      expect(d).toMatchObject({ code: 'invalid-limit', kind: 'option', params: { name: 'maxNodes' } });
      expectBilingual(d);
    }
  });
});
