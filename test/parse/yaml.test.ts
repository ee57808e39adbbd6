import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSource } from '../../src/parse/source.js';
import { diagnosticsOf, expectBilingual, expectOnly, valueOf } from './support.js';

// Issue 13, item 4: alias cycles, undefined aliases and complex keys are errors at their own
// line:column; duplicate keys are found without yaml's quadratic check; nothing is printed.

const yaml = { kind: 'policy' as const, file: 'p.yaml' };

describe('aliases', () => {
  it('an anchor used inside itself (flow) is an alias-cycle at the alias, naming the anchor', () => {
    const d = expectOnly(parseSource('a: 1\nb: &x [1, *x]\n', yaml), { code: 'alias-cycle', file: 'p.yaml', line: 2, column: 11, pointer: '/b/1' });
    expect(d.params).toMatchObject({ name: 'x', anchorLine: 2, anchorColumn: 7 });
    expect(d.message.en).toContain('*x');
  });

  it('a condition that refers to itself through an alias (block) is an alias-cycle, not a circular value', () => {
    const text = 'rules:\n  - id: R-1\n    when: &cond\n      all:\n        - fact: project\n        - *cond\n';
    expectOnly(parseSource(text, yaml), { code: 'alias-cycle', line: 6, column: 11, pointer: '/rules/0/when/all/1' });
  });

  it('an undefined alias is reported at the alias, not at 1:1', () => {
    expectOnly(parseSource('a: 1\nb:\n  c: *nope\n', yaml), { code: 'undefined-alias', line: 3, column: 6, pointer: '/b/c', params: { name: 'nope' } });
  });

  it('an alias used before its anchor is undefined too (YAML reads anchors in order)', () => {
    expectOnly(parseSource('a: *later\nb: &later 1\n', yaml), { code: 'undefined-alias', line: 1, column: 4 });
  });

  it('an alias refers to the latest anchor of that name before it', () => {
    expect(valueOf(parseSource('a: &x 1\nb: *x\nc: &x 2\nd: *x\n', yaml))).toEqual({ a: 1, b: 1, c: 2, d: 2 });
  });

  it('an alias as a key stands for its scalar', () => {
    expect(valueOf(parseSource('k: &name id\n*name : 5\n', yaml))).toEqual({ k: 'id', id: 5 });
  });
});

describe('keys', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a complex key is an error at the key, and nothing is printed to the console', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const consoleWarn = vi.spyOn(console, 'warn');
    const stderr = vi.spyOn(process.stderr, 'write');
    const d = expectOnly(parseSource('a: 1\nb:\n  ? [x, y]\n  : c\n', yaml), { code: 'complex-key', line: 3, column: 5, endLine: 3, endColumn: 11, pointer: '/b' });
    expect(d.message.en).toContain('not a list or mapping');
    expectOnly(parseSource('{a: 1}: x\n', yaml), { code: 'complex-key', line: 1, column: 1 });
    expect(warn).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
  });

  it('a duplicate key gives both places: where it is, and where it was first', () => {
    const d = expectOnly(parseSource('project:\n  name: a\n  plan: {}\n  name: b\n', yaml), { code: 'duplicate-key', line: 4, column: 3, pointer: '/project/name' });
    expect(d.params).toEqual({ key: 'name', firstLine: 2, firstColumn: 3 });
    expect(d.message.en).toBe('The key "name" appears twice in this mapping (first at line 2, column 3). Write each key once.');
  });

  it('keys are compared as JSON would have them: 1 and "1" are the same key', () => {
    expectOnly(parseSource('1: a\n"1": b\n', yaml), { code: 'duplicate-key', line: 2, column: 1 });
  });

  it('each duplicate names the first place of its own key, keys written after an earlier duplicate too', () => {
    const text = 'a: 1\nb: 2\na: 3\nc: 4\n"b": 5\nc: 6\na: 7\n';
    expect(diagnosticsOf(parseSource(text, yaml)).map((d) => [d.line, d.pointer, d.params])).toEqual([
      [3, '/a', { key: 'a', firstLine: 1, firstColumn: 1 }],
      [5, '/b', { key: 'b', firstLine: 2, firstColumn: 1 }],
      [6, '/c', { key: 'c', firstLine: 4, firstColumn: 1 }],
      [7, '/a', { key: 'a', firstLine: 1, firstColumn: 1 }],
    ]);
  });

  it('a key written as an alias, or as __proto__, is a duplicate like any other', () => {
    const alias = expectOnly(parseSource('k: &name id\nid: 1\n*name : 2\n', yaml), { code: 'duplicate-key', line: 3, column: 1, pointer: '/id' });
    expect(alias.params).toEqual({ key: 'id', firstLine: 2, firstColumn: 1 });
    const first = expectOnly(parseSource('k: &name id\n*name : 1\nid: 2\n', yaml), { code: 'duplicate-key', line: 3, column: 1 });
    expect(first.params).toEqual({ key: 'id', firstLine: 2, firstColumn: 1 });
    expectOnly(parseSource('x:\n  __proto__: 1\n  __proto__: 2\n', yaml), { code: 'duplicate-key', line: 3, column: 3, pointer: '/x/__proto__', params: { key: '__proto__', firstLine: 2, firstColumn: 3 } });
  });

  it('many distinct keys, then many duplicates of the last: each names the first place of that key', () => {
    const count = 20_000;
    const text = `${Array.from({ length: count }, (_, i) => `k${i}: 1\n`).join('')}${`k${count - 1}: 2\n`.repeat(count)}`;
    const all = diagnosticsOf(parseSource(text, { ...yaml, limits: { maxProblems: 3 } }));
    expect(all.map((d) => [d.code, d.line, d.params])).toEqual([
      ['duplicate-key', count + 1, { key: `k${count - 1}`, firstLine: count, firstColumn: 1 }],
      ['duplicate-key', count + 2, { key: `k${count - 1}`, firstLine: count, firstColumn: 1 }],
      ['duplicate-key', count + 3, { key: `k${count - 1}`, firstLine: count, firstColumn: 1 }],
      ['more-problems', count + 4, { count: count - 3, limit: 3, line: count + 4 }],
    ]);
  }, 60_000);

  it('__proto__ and other Object.prototype names are own data properties, never prototypes', () => {
    const value = valueOf(parseSource('__proto__: {polluted: true}\nconstructor: 1\ntoString: x\nlist: [{__proto__: 2}]\n', yaml)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor', 'toString', 'list']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor((value.list as object[])[0], '__proto__')?.value).toBe(2);
  });
});

describe('plain data only', () => {
  it('YAML 1.1 features stay off whatever %YAML says: no dates, no merge keys, no sets', () => {
    const value = valueOf(parseSource('%YAML 1.1\n---\nd: 2001-12-14\n<<: {x: 1}\ns: !!set {a}\nb: yes\n', yaml));
    expect(value).toEqual({ d: '2001-12-14', '<<': { x: 1 }, s: { a: null }, b: 'yes' });
  });

  it('a sequence item written as a pair is a mapping of one key', () => {
    expect(valueOf(parseSource('l: [a: 1, b]\n', yaml))).toEqual({ l: [{ a: 1 }, 'b'] });
  });
});

describe('syntax errors', () => {
  it('are located, in both languages', () => {
    const d = diagnosticsOf(parseSource('a: [unclosed\nb: 1\n', yaml))[0]!;
    expect(d).toMatchObject({ code: 'syntax', file: 'p.yaml' });
    expect(d.line).toBeGreaterThan(0);
    expectBilingual(d);
  });

  it('a second document is an error where it starts', () => {
    expectOnly(parseSource('a: 1\n---\nb: 2\n', yaml), { code: 'syntax', line: 2, column: 1 });
  });

  it('cascades keep the first error per line, at most ten lines, the tenth counting the rest', () => {
    const text = `a:\n  - [oops\n${Array.from({ length: 40 }, (_, i) => `  - {x: ${i}, y: [}`).join('\n')}\n`;
    const all = diagnosticsOf(parseSource(text, yaml));
    expect(all).toHaveLength(10);
    expect(new Set(all.map((d) => d.line)).size).toBe(10);
    expect(all[9]).toMatchObject({ code: 'more-problems' });
    expect(all[9]!.message.en).toMatch(/^and syntax errors on \d+ more line\(s\) from here/);
  });
});
