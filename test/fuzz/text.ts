import fc from 'fast-check';
import { Alias, Document, isAlias, isCollection, isMap, isNode, isScalar, isSeq, Pair, Scalar, YAMLSeq, type Node } from 'yaml';

// Mutations after a document is written out: YAML anchors and aliases (shared, cyclic, undefined,
// exponential), complex keys and tags through yaml's document model; then edits of the text; then
// the bytes of a file in the wrong encoding or broken UTF-8.

/** How a mutated tree is written: YAML block or flow, JSON compact or indented, or the seed's own text. */
export type Format = 'yaml' | 'yaml-flow' | 'json' | 'json-indented' | 'original';

/** A mutation of the YAML document model, placed by numbers taken modulo the count of nodes. */
export type YamlOp =
  | { op: 'share'; from: number; to: number }
  | { op: 'cycle'; at: number }
  | { op: 'bomb'; at: number; levels: number; width: number }
  | { op: 'undefined-alias'; at: number }
  | { op: 'complex-key'; at: number }
  | { op: 'tag'; at: number; tag: string }
  | { op: 'key-alias'; from: number; to: number };

/** An edit of the text. */
export type TextOp =
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate-line'; at: number }
  | { op: 'prefix'; text: string }
  | { op: 'suffix'; text: string }
  | { op: 'line-ends'; ends: '\r\n' | '\r' }
  | { op: 'tab-indent'; at: number };

/** The encoding a text is saved in. */
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16le-bom' | 'utf16be' | 'utf16be-bom' | 'utf32le-bom' | 'utf32be' | 'shift_jis' | 'euc-jp';

/** An edit of the bytes. */
export type ByteOp = { op: 'insert'; at: number; bytes: readonly number[] } | { op: 'truncate'; at: number };

const TAGS = ['!!binary', '!!timestamp', '!!set', '!!omap', '!!pairs', '!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq', '!custom', '!', '!<tag:yaml.org,2002:str>'];

export const yamlOpArbitrary: fc.Arbitrary<YamlOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('share' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cycle' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('bomb' as const), at: fc.nat(), levels: fc.integer({ min: 1, max: 9 }), width: fc.integer({ min: 2, max: 10 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('undefined-alias' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('complex-key' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('tag' as const), at: fc.nat(), tag: fc.constantFrom(...TAGS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('key-alias' as const), from: fc.nat(), to: fc.nat() }) },
);

const INSERTS = [':', '- ', '{', '}', '[', ']', '"', "'", '&a ', '*a', '!', '%', '|', '>', '#', '\t', '\n', '\r', '\u2028', '\ufeff', '\u0000', ',', '? ', '<<: *a\n', '\\u0000', '\\ud800', '\\', ' ', '\u3000', 'x-a: 1\n', '__proto__: {}\n'];
const PREFIXES = ['%YAML 1.1\n---\n', '%YAML 1.2\n---\n', '---\n', '\ufeff', '\ufeff\ufeff', '# comment\n', '%TAG !e! tag:example.com,2000:\n---\n', '--- !!map\n', '\n\n\n', ' '];
const SUFFIXES = ['\n---\nx: 1\n', '\n...\n', '\n...\nx: 1\n', '\n}', ']', '\nx-a: &a [*a]\n', '\n__proto__: {polluted: true}\n', '\nconstructor: 1\n', ',', '\n\u0000', '\u3000'];

export const textOpArbitrary: fc.Arbitrary<TextOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'binary', maxLength: 4 })) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('prefix' as const), text: fc.constantFrom(...PREFIXES) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('suffix' as const), text: fc.constantFrom(...SUFFIXES) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('line-ends' as const), ends: fc.constantFrom('\r\n' as const, '\r' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('tab-indent' as const), at: fc.nat() }) },
);

const BROKEN_UTF8: readonly (readonly number[])[] = [[0xff], [0xfe], [0x80], [0xc0, 0x80], [0xc3], [0xe3, 0x81], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00], [0x90, 0x5c], [0x93, 0xfa], [0xa4, 0xa2]];

export const encodingArbitrary: fc.Arbitrary<Encoding> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('utf8' as const) },
  { weight: 1, arbitrary: fc.constantFrom<Encoding>('utf8-bom', 'utf16le', 'utf16le-bom', 'utf16be', 'utf16be-bom', 'utf32le-bom', 'utf32be', 'shift_jis', 'euc-jp') },
);

export const byteOpArbitrary: fc.Arbitrary<ByteOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.constantFrom(...BROKEN_UTF8) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
);

interface Slot { node: Node; set: (node: Node) => void; key?: Scalar }

/** Value nodes of a YAML document in document order, each with a way to replace it. */
function slots(doc: Document): Slot[] {
  const out: Slot[] = [];
  const stack: Slot[] = doc.contents ? [{ node: doc.contents as Node, set: (n) => { doc.contents = n; } }] : [];
  while (stack.length > 0) {
    const slot = stack.pop()!;
    out.push(slot);
    const node = slot.node;
    const children: Slot[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isNode(pair.value)) {
          children.push({ node: pair.value as Node, set: (n) => { pair.value = n; }, ...(isScalar(pair.key) ? { key: pair.key } : {}) });
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => { if (isNode(item)) children.push({ node: item as Node, set: (n) => { node.items[i] = n; } }); });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Write a value as YAML after applying anchor, alias, key and tag mutations to its document model. */
export function writeYaml(value: unknown, ops: readonly YamlOp[], flow: boolean): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  let anchors = 0;
  for (const op of ops) {
    const all = slots(doc);
    if (all.length === 0) break;
    const at = (n: number): Slot => all[n % all.length]!;
    const name = `a${anchors++}`;
    switch (op.op) {
      case 'share': {
        const from = at(op.from);
        const to = at(op.to);
        if (from === to) break;
        from.node.anchor = name;
        to.set(new Alias(name) as unknown as Node);
        break;
      }
      case 'cycle': {
        const collections = all.filter((s) => isCollection(s.node));
        const target = collections[op.at % Math.max(collections.length, 1)];
        if (!target) break;
        target.node.anchor = name;
        const node = target.node;
        if (isMap(node)) node.items.push(new Pair(new Scalar('x-loop'), new Alias(name)));
        else if (isSeq(node)) node.items.push(new Alias(name));
        break;
      }
      case 'bomb': {
        const levels: YAMLSeq[] = [];
        for (let level = 0; level < op.levels; level++) {
          const seq = new YAMLSeq();
          seq.anchor = `${name}l${level}`;
          for (let i = 0; i < op.width; i++) seq.items.push(level === 0 ? new Scalar('lol') : new Alias(`${name}l${level - 1}`));
          levels.push(seq);
        }
        const outer = new YAMLSeq();
        outer.items.push(...levels);
        at(op.at).set(outer as unknown as Node);
        break;
      }
      case 'undefined-alias':
        at(op.at).set(new Alias(`nowhere${name}`) as unknown as Node);
        break;
      case 'complex-key': {
        const maps = all.filter((s) => isMap(s.node));
        const target = maps[op.at % Math.max(maps.length, 1)];
        if (target && isMap(target.node)) target.node.items.push(new Pair(new YAMLSeq(), new Scalar(1)));
        break;
      }
      case 'tag': {
        // yaml refuses to write a tag on an alias (YAML has none).
        const target = at(op.at).node;
        if (!isAlias(target)) target.tag = op.tag;
        break;
      }
      case 'key-alias': {
        const keyed = all.filter((s) => s.key !== undefined);
        const from = keyed[op.from % Math.max(keyed.length, 1)];
        const to = keyed[op.to % Math.max(keyed.length, 1)];
        if (!from || !to || from === to) break;
        from.key!.anchor = name;
        const maps = all.filter((s) => isMap(s.node));
        const owner = maps.find((m) => isMap(m.node) && m.node.items.some((p) => p.value === to.node));
        const pair = owner && isMap(owner.node) ? owner.node.items.find((p) => p.value === to.node) : undefined;
        if (pair) pair.key = new Alias(name);
        break;
      }
    }
  }
  return doc.toString({ verifyAliasOrder: false, ...(flow ? { collectionStyle: 'flow' as const } : {}), lineWidth: 0 });
}

/** Apply text edits in order; positions are taken modulo the text's length. */
export function editText(text: string, ops: readonly TextOp[]): string {
  let out = text;
  for (const op of ops) {
    const pos = (n: number): number => (out.length === 0 ? 0 : n % (out.length + 1));
    switch (op.op) {
      case 'truncate': out = out.slice(0, pos(op.at)); break;
      case 'insert': { const p = pos(op.at); out = out.slice(0, p) + op.text + out.slice(p); break; }
      case 'delete': { const p = pos(op.at); out = out.slice(0, p) + out.slice(p + op.length); break; }
      case 'duplicate-line': {
        const lines = out.split('\n');
        const i = op.at % lines.length;
        lines.splice(i, 0, lines[i]!);
        out = lines.join('\n');
        break;
      }
      case 'prefix': out = op.text + out; break;
      case 'suffix': out = out + op.text; break;
      case 'line-ends': out = out.replace(/\n/g, op.ends); break;
      case 'tab-indent': {
        const lines = out.split('\n');
        const i = op.at % lines.length;
        lines[i] = lines[i]!.replace(/^ +/, '\t');
        out = lines.join('\n');
        break;
      }
    }
  }
  return out;
}

let japaneseTables: Record<'shift_jis' | 'euc-jp', Map<string, number[]>> | undefined;

/** Character → bytes tables for Shift_JIS and EUC-JP, built by decoding every double-byte code once. */
function tables(): Record<'shift_jis' | 'euc-jp', Map<string, number[]>> {
  if (japaneseTables) return japaneseTables;
  const build = (encoding: string, leads: number[], trails: number[]): Map<string, number[]> => {
    const decoder = new TextDecoder(encoding, { fatal: true });
    const map = new Map<string, number[]>();
    for (const lead of leads) {
      for (const trail of trails) {
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
        } catch { /* not a character in this encoding */ }
      }
    }
    return map;
  };
  const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  japaneseTables = {
    shift_jis: build('shift_jis', [...range(0x81, 0x9f), ...range(0xe0, 0xef)], [...range(0x40, 0x7e), ...range(0x80, 0xfc)]),
    'euc-jp': build('euc-jp', range(0xa1, 0xfe), range(0xa1, 0xfe)),
  };
  return japaneseTables;
}

/** The bytes of a text saved in an encoding (characters a Japanese encoding lacks become '?'). */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  const utf16 = (le: boolean, bom: boolean): Uint8Array => {
    const body = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
    if (!le) for (let i = 0; i + 1 < body.length; i += 2) { const t = body[i]!; body[i] = body[i + 1]!; body[i + 1] = t; }
    return new Uint8Array(body);
  };
  const utf32 = (le: boolean, bom: boolean): Uint8Array => {
    const points = [...((bom ? '\ufeff' : '') + text)].map((c) => c.codePointAt(0)!);
    const out = new Uint8Array(points.length * 4);
    const view = new DataView(out.buffer);
    points.forEach((p, i) => view.setUint32(i * 4, p, le));
    return out;
  };
  switch (encoding) {
    case 'utf8': return new TextEncoder().encode(text);
    case 'utf8-bom': return new TextEncoder().encode(`\ufeff${text}`);
    case 'utf16le': return utf16(true, false);
    case 'utf16le-bom': return utf16(true, true);
    case 'utf16be': return utf16(false, false);
    case 'utf16be-bom': return utf16(false, true);
    case 'utf32le-bom': return utf32(true, true);
    case 'utf32be': return utf32(false, false);
    case 'shift_jis': case 'euc-jp': {
      const table = tables()[encoding];
      const out: number[] = [];
      for (const ch of text) {
        const code = ch.codePointAt(0)!;
        if (code < 0x80) out.push(code);
        else out.push(...(table.get(ch) ?? [0x3f]));
      }
      return new Uint8Array(out);
    }
  }
}

/** Apply byte edits in order; positions are taken modulo the length. */
export function editBytes(bytes: Uint8Array, ops: readonly ByteOp[]): Uint8Array {
  let out = bytes;
  for (const op of ops) {
    const p = out.length === 0 ? 0 : op.at % (out.length + 1);
    if (op.op === 'truncate') out = out.subarray(0, p);
    else {
      const next = new Uint8Array(out.length + op.bytes.length);
      next.set(out.subarray(0, p), 0);
      next.set(op.bytes, p);
      next.set(out.subarray(p), p + op.bytes.length);
      out = next;
    }
  }
  return out;
}
