import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lazyPositions } from '../../src/parse/line-index.js';
import { DEFAULT_LIMITS, type ParseLimits } from '../../src/parse/limits.js';
import type { Locate } from '../../src/parse/locate.js';
import { ProblemList } from '../../src/parse/problems.js';
import { composeYaml } from '../../src/parse/yaml.js';
import { readPlainYaml } from '../../src/parse/yaml-plain.js';

// The plain reader may decline any text; a text it reads must come out exactly as yaml's full path
// reads it: yaml accepts it (no problem at all, under the same limits), the values are the same
// (numbers by SameValue, keys in the same order, "__proto__" an own key), and every pointer —
// present or not, value or key — is located at the same line:column, start and end.

const ROOT = new URL('../../', import.meta.url).pathname;

type Outcome = 'declined' | 'read';

/** Compare the two readers on one text; 'declined' when the plain reader gave the text up. */
function compare(text: string, limits: ParseLimits = DEFAULT_LIMITS): Outcome {
  const plain = readPlainYaml(text, limits);
  if (!plain) return 'declined';
  const positions = lazyPositions(text);
  const problems = new ProblemList({ kind: 'descriptor' }, limits.maxProblems, positions);
  const full = composeYaml(text, limits, problems);
  if (!full || problems.any) throw new Error(`read by the plain reader, refused by yaml: ${JSON.stringify(problems.list().map((p) => p.code))}\n${text}`);
  if (!isDeepStrictEqual(plain.value, full.value) || JSON.stringify(keyOrder(plain.value)) !== JSON.stringify(keyOrder(full.value))) {
    throw new Error(`values differ:\n${JSON.stringify(plain.value)}\n${JSON.stringify(full.value)}\n${text}`);
  }
  const locate: Locate = plain.index.locate(positions);
  for (const pointer of pointersOf(plain.value)) {
    for (const target of ['value', 'key'] as const) {
      const a = locate(pointer, target);
      const b = full.locate(pointer, target);
      if (!isDeepStrictEqual(a, b)) throw new Error(`${pointer} (${target}) at ${JSON.stringify(a)}, yaml says ${JSON.stringify(b)}\n${text}`);
    }
  }
  return 'read';
}

function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
  return typeof value;
}

/** Every pointer into a value, and one missing child of each collection. */
function pointersOf(value: unknown, at = ''): string[] {
  const out = [at];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...pointersOf(v, `${at}/${i}`)));
    out.push(`${at}/${value.length}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pointersOf(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
    out.push(`${at}/missing`);
  }
  return out;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

// Scalars as descriptors write them and as they should not: words the core schema resolves, numbers
// in every form, text that looks like syntax. Written plain, double- or single-quoted.
const SCALARS = [
  'x', 'a b', '架空省', 'PJ-2020-017', 'true', 'True', 'TRUE', 'false', 'yes', 'no', 'on', 'null', 'Null', 'NULL', '~', '',
  '0', '-0', '1', '-1', '42', '007', '+1', '1.5', '-1.50', '.5', '1.', '1e3', '1E-3', '0x1F', '0o17', '.inf', '-.Inf', '.nan',
  '12345678901234567890', '1.2.3', '6+', '1-2', '1,000', '3.0.1', '+', '.', '-.', '0o8', '0xG', '1e', 'e3', '1_000', '12:30', '2020-04-01', '2020-4-1', '2020-04-01T10:00:00Z', 'a: b', 'a:b', 'a:',
  ':a', 'a #b', 'a#b', '#a', 'http://example.go.jp/a?b=c#d', '-x', '- x', '-', '--', '?x', '? x', '[x', 'x]', '{x', 'x}',
  'a, b', '&x', '*x', '!x', '|', '>', '%x', '@x', '`x', "it's", 'say "hi"', 'back\\slash', ' lead', 'trail ', 'a  b',
  '__proto__', 'constructor', 'k~1/x', '---', '...', 'a\tb', '全角　空白', '𠮷', 'a\u0085b', 'a\u2028b',
];

const scalarText = fc.tuple(fc.constantFrom(...SCALARS), fc.constantFrom('plain', 'plain', 'plain', 'double', 'single')).map(([s, style]) => {
  if (style === 'double') return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  if (style === 'single') return `'${s.replace(/'/g, "''")}'`;
  return s;
});
const keyText = fc.oneof(fc.constantFrom('a', 'b', 'id', 'name', 'phase', 'on', '日付', 'x-y', 'k.l'), scalarText);

type Tree = { kind: 'scalar'; text: string } | { kind: 'map'; entries: [string, Tree][] } | { kind: 'seq'; items: Tree[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('scalar' as const), text: scalarText }),
    fc.record({ kind: fc.constant('map' as const), entries: fc.array(fc.tuple(keyText, tie('node')), { minLength: 0, maxLength: 4 }) }),
    fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('node'), { minLength: 0, maxLength: 4 }) }),
  ),
})).node;

/** How a tree is laid out: indent width, whether sequences sit under their key, flow for small collections, comments. */
interface Style {
  indent: number;
  indentless: boolean;
  flow: boolean;
  comments: string[];
  spaces: string;
}

const style = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  indentless: fc.boolean(),
  flow: fc.boolean(),
  comments: fc.array(fc.constantFrom('', '# c', '  # c', '    # c', '      # c'), { maxLength: 3 }),
  spaces: fc.constantFrom('', '', ' ', '  '),
});

function flowText(node: Tree): string {
  if (node.kind === 'scalar') return node.text;
  if (node.kind === 'seq') return `[${node.items.map(flowText).join(', ')}]`;
  return `{ ${node.entries.map(([k, v]) => `${k}: ${flowText(v)}`).join(', ')} }`;
}

/** Lines of a tree in block style, with comments, blank lines and trailing spaces here and there. */
function blockLines(node: Tree, indent: number, s: Style, seed: { n: number }): string[] {
  const pad = ' '.repeat(indent);
  const extra = (): string[] => {
    seed.n++;
    return seed.n % 5 === 0 ? [s.comments[seed.n % Math.max(1, s.comments.length)] ?? ''] : [];
  };
  const inline = (v: Tree): string | undefined => {
    if (v.kind === 'scalar') return v.text;
    const empty = v.kind === 'map' ? v.entries.length === 0 : v.items.length === 0;
    if (empty || (s.flow && seed.n % 3 === 0)) return flowText(v);
    return undefined;
  };
  if (node.kind === 'scalar') return [pad + node.text];
  const out: string[] = [];
  if (node.kind === 'map') {
    if (node.entries.length === 0) return [`${pad}{}`];
    for (const [k, v] of node.entries) {
      const on = inline(v);
      if (on !== undefined) out.push(`${pad}${k}: ${on}${s.spaces}`);
      else {
        // Now and then a comment on the key's line, or on a line of its own before the block.
        out.push(`${pad}${k}:${seed.n % 7 === 1 ? ' # c' : s.spaces}`, ...(seed.n % 7 === 2 ? [`${pad}# c`] : []));
        out.push(...blockLines(v, v.kind === 'seq' && s.indentless ? indent : indent + s.indent, s, seed));
      }
      out.push(...extra());
    }
    return out;
  }
  if (node.items.length === 0) return [`${pad}[]`];
  for (const v of node.items) {
    const on = inline(v);
    if (on !== undefined) out.push(`${pad}- ${on}${s.spaces}`);
    else if (v.kind === 'map' && seed.n % 2 === 0) {
      const inner = blockLines(v, indent + 2, s, seed);
      out.push(`${pad}- ${inner[0]!.slice(indent + 2)}`, ...inner.slice(1));
    } else {
      out.push(`${pad}-${seed.n % 7 === 1 ? ' # c' : ''}`);
      out.push(...blockLines(v, indent + s.indent, s, seed));
    }
    out.push(...extra());
  }
  return out;
}

const document = fc.tuple(tree, style, fc.boolean(), fc.constantFrom('\n', '\n', '\r\n')).map(([t, s, finalNewline, lineEnd]) => {
  const root: Tree = t.kind === 'scalar' ? { kind: 'map', entries: [['a', t]] } : t;
  return blockLines(root, 0, s, { n: 0 }).join(lineEnd) + (finalNewline ? lineEnd : '');
});

// Edits that turn a plain text into one the reader must decline or read exactly as yaml does.
const EDITS = [' ', '  ', '\n', '\n\n', '#', ' #', ':', ': ', '- ', '-', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '!t ', '|', '>', '\t', '\r', '? ', '%', '---\n', 'x'];
const edited = fc.tuple(document, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDITS), fc.boolean()), { minLength: 1, maxLength: 3 })).map(([text, edits]) => {
  let out = text;
  for (const [at, piece, remove] of edits) {
    const i = out.length === 0 ? 0 : at % out.length;
    out = remove ? out.slice(0, i) + out.slice(i + 1) : out.slice(0, i) + piece + out.slice(i);
  }
  return out;
});

describe('the plain YAML reader', () => {
  const files = ['docs', 'policies', 'test/cli/scenarios', 'test/fixtures'].flatMap((d) => yamlFiles(join(ROOT, d)));

  it('reads every example descriptor, each exactly as yaml does, with Windows line ends too', () => {
    const examples = files.filter((f) => f.includes('/docs/examples/'));
    expect(examples.length).toBeGreaterThan(20);
    for (const file of examples) {
      const text = readFileSync(file, 'utf8');
      expect([file, compare(text), compare(text.replace(/\n/g, '\r\n'))]).toEqual([file, 'read', 'read']);
    }
  });

  it('reads every YAML file of the package and its tests exactly as yaml does, or declines it', () => {
    const outcomes = files.map((file) => compare(readFileSync(file, 'utf8')));
    // Most are plain enough; the packs (block scalars, multi-line text) are declined.
    expect(outcomes.filter((o) => o === 'read').length).toBeGreaterThan(outcomes.length / 3);
    expect(outcomes).toContain('declined');
  });

  it('reads generated block YAML exactly as yaml does, or declines it', () => {
    let read = 0;
    let runs = 0;
    fc.assert(fc.property(document, (text) => {
      runs++;
      if (compare(text) === 'read') read++;
    }), { numRuns: 3000 });
    // The generator writes many a text yaml refuses or the reader declines (a third of its scalars
    // are not plain); a good share must still be read, or this property would test nothing.
    expect(read).toBeGreaterThan(runs / 5);
  });

  it('reads edited texts exactly as yaml does, or declines them', () => {
    let read = 0;
    fc.assert(fc.property(edited, (text) => {
      if (compare(text) === 'read') read++;
    }), { numRuns: 3000 });
    expect(read).toBeGreaterThan(100);
  });

  it('reads the example descriptors with random edits exactly as yaml does, or declines them', () => {
    const examples = files.filter((f) => f.includes('/docs/examples/')).map((f) => readFileSync(f, 'utf8'));
    const edits = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDITS), fc.boolean()), { minLength: 1, maxLength: 3 });
    let read = 0;
    fc.assert(fc.property(fc.nat({ max: examples.length - 1 }), edits, (which, changes) => {
      let text = examples[which]!;
      for (const [at, piece, remove] of changes) {
        const i = at % text.length;
        text = remove ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + piece + text.slice(i);
      }
      if (compare(text) === 'read') read++;
    }), { numRuns: 500 });
    expect(read).toBeGreaterThan(100);
  });

  it('reads what yaml.stringify writes (long text folded, flow or block collections) exactly as yaml does, or declines it', () => {
    const words = fc.constantFrom('x', 'a b', '架空省の申請受付基盤', 'PJ-2020-017', '2024-04-01', 'a: b', 'true', '12', '-3.5', 'it\'s', 'say "hi"', '# not a comment');
    const text = fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    const leaf = fc.oneof(text, fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.boolean(), fc.constant(null));
    const value = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('id', 'name', 'on', 'title', '日付', 'a b', 'k:v'), tie('node'), { maxKeys: 4 })),
    })).node;
    const options = fc.record({
      indent: fc.integer({ min: 1, max: 4 }),
      lineWidth: fc.constantFrom(0, 20, 40, 80),
      collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
      indentSeq: fc.boolean(),
    });
    let read = 0;
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c'), value, { minKeys: 1, maxKeys: 3 }), options, (root, opts) => {
      if (compare(stringify(root, opts)) === 'read') read++;
    }), { numRuns: 1000 });
    expect(read).toBeGreaterThan(100);
  });

  it('declines a text past maxDepth or maxNodes, which yaml then reports', () => {
    fc.assert(fc.property(document, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 60 }), (text, maxDepth, maxNodes) => {
      compare(text, { ...DEFAULT_LIMITS, maxDepth, maxNodes });
    }), { numRuns: 1000 });
    const text = 'a:\n  b:\n    c: 1\n';
    expect(compare(text, { ...DEFAULT_LIMITS, maxDepth: 2 })).toBe('declined');
    expect(compare(text, { ...DEFAULT_LIMITS, maxDepth: 3 })).toBe('read');
    expect(compare(text, { ...DEFAULT_LIMITS, maxNodes: 6 })).toBe('declined');
    expect(compare(text, { ...DEFAULT_LIMITS, maxNodes: 7 })).toBe('read');
  });

  it('locates the keys of a large mapping (indexed on first use) and of a large sequence exactly as yaml does', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}: { v: ${i} }`).join('\n');
    const items = Array.from({ length: 40 }, (_, i) => `  - [${i}, x${i}]`).join('\n');
    expect(compare(`${keys}\nlist:\n${items}\n`)).toBe('read');
  });

  it('declines what it does not read itself', () => {
    const declined = [
      'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: |\n  text\n', 'a: >\n  text\n', 'a: long\n  text\n', 'a: "x\n  y"\n', 'a: "\\u0041"\n',
      'a:\tx\n', 'a: 1\rb: 2\n', 'a: 1\r', '%YAML 1.2\n---\na: 1\n', '---\na: 1\n', 'a: 1\n...\n', '? a\n: 1\n', 'a: 1\na: 2\n', '1: x\n',
      'true: x\n', 'a: 0x1F\n', 'a: 1e3\n', 'a: +1\n', 'a: 007\n', 'a: .inf\n', 'a: [1, 2,]\n', 'a: [1,\n  2]\n', 'a: b: c\n',
      'a:\n  b: 1\n    # deeper than what follows\nc: 2\n', 'a:\n  b: 1\n  # indented, at the end\n', 'scalar\n', '', '# only a comment\n',
      '\ufeffa: 1\n', 'a : 1\n', 'a: x #\u0000\n',
    ];
    for (const text of declined) expect([text, readPlainYaml(text, DEFAULT_LIMITS)]).toEqual([text, undefined]);
  });
});
