import type { ParseLimits } from './limits.js';
import { PlainIndex } from './yaml-plain-index.js';
import { decline, DECLINED, LONGEST_KEY, plainKey, resolvePlain } from './yaml-plain-scalar.js';
import { setOwn } from './yaml-value.js';

/** A text the plain reader read: its value, and the offsets of every node (as yaml's ranges give them). */
export interface PlainYaml {
  value: unknown;
  index: PlainIndex;
}

/**
 * Read the YAML that descriptors are written in — block mappings and sequences, flow collections on
 * one line, plain scalars and quoted ones on one line, comments — in one pass, without yaml's lexer,
 * syntax tree and document model, which cost a short-lived process far more than the text does
 * (yaml's lexer is hot enough to be sent to V8's optimising compiler even for a 10 KB file).
 *
 * It declines (undefined) anything else: anchors, aliases, tags, directives, block scalars, scalars
 * over several lines, escapes, tabs, a carriage return that does not end a line (lines may end in
 * "\r\n"), control characters, complex or non-string keys, duplicate keys, numbers in any form but
 * plain decimals, comment lines placed where yaml would count them into a node's range, and limits
 * crossed. A declined text goes through the full
 * YAML parser, which reads it or reports its problems as before. What it does read has the value
 * and the node offsets the full parser gives (a property test holds it to that), so a finding's
 * line:column does not depend on which of the two read the file.
 */
export function readPlainYaml(text: string, limits: ParseLimits): PlainYaml | undefined {
  if (NOT_PLAIN_CHAR.test(text) || MARKER_LINE.test(text)) return undefined;
  try {
    return new PlainReader(text, limits).read();
  } catch (error) {
    if (error === DECLINED) return undefined;
    throw error;
  }
}

// Characters the reader leaves to yaml: tabs, a carriage return not followed by a line feed, other
// controls, line and paragraph separators, byte-order marks, non-characters and surrogates (a lone
// one is not text). Lines may end in "\n" or "\r\n".
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_PLAIN_CHAR = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|\r(?!\n)/;
// Document markers and directives.
const MARKER_LINE = /^(?:---|\.\.\.|%)/m;

const NL = 10;
const CR = 13;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQUOTE = 34;
const SQUOTE = 39;
const OPEN_SEQ = 91;
const CLOSE_SEQ = 93;
const OPEN_MAP = 123;
const CLOSE_MAP = 125;
const COMMA = 44;

// Characters a plain scalar or key may not start with (`-` is checked apart: only `- ` is an indicator).
const INDICATOR = new Set('?:,[]{}#&*!|>\'"%@`');
const FLOW_INDICATOR = new Set(',[]{}');
// The reader recurses once per level: deeper texts (descriptors are a few levels deep) take the full
// path, which checks the depth before anything recurses.
const DEEPEST = 64;

/** A line with content: where it starts, how far it is indented, where its content starts. */
interface Line {
  start: number;
  indent: number;
  content: number;
  /** Whether a comment line came between this line and the content before it. */
  afterComment: boolean;
}

/** A value read: the value, its offsets, where its node ends (yaml's range[2]) and the next line with content. */
interface Read {
  value: unknown;
  /** The node's id in the index. */
  node: number;
  nodeEnd: number;
  next: Line | undefined;
}

/** A mapping key on its line: its text, its offsets and where its `:` ends. */
interface Key {
  name: string;
  start: number;
  end: number;
  after: number;
}

/** A value inside a line (a flow collection's item, a quoted or plain scalar): the value and its offsets. */
interface InLine {
  value: unknown;
  node: number;
}

class PlainReader {
  private nodes = 0;
  private readonly index = new PlainIndex();
  /** Whether the last nextLine() went past a comment line. */
  private skippedComment = false;

  constructor(private readonly text: string, private readonly limits: ParseLimits) {}

  read(): PlainYaml {
    const first = this.nextLine(0);
    if (!first) decline();
    const root = this.block(first, 1);
    if (root.next) decline();
    return { value: root.value, index: this.index };
  }

  /** A block mapping or sequence whose first line is `line`, at nesting depth `depth`. */
  private block(line: Line, depth: number): Read {
    this.enter(depth);
    return this.isDash(line.content) ? this.sequence(line, depth) : this.mapping(line.content, line.indent, depth);
  }

  private mapping(first: number, indent: number, depth: number): Read {
    const out: Record<string, unknown> = {};
    const { id: node, children } = this.index.addCollection(first);
    for (let at = first; ;) {
      const key = this.keyAt(at) ?? decline();
      if (Object.hasOwn(out, key.name)) decline();
      this.count();
      const read = this.afterIndicator(key.after, indent, depth, true);
      setOwn(out, key.name, read.value);
      this.index.setKey(read.node, key.start, key.end);
      children.push(key.name, read.node);
      this.index.setEnd(node, read.nodeEnd);
      const next = read.next;
      if (!next || next.indent < indent) return { value: out, node, nodeEnd: read.nodeEnd, next };
      if (next.indent > indent || this.isDash(next.content)) decline();
      at = next.content;
    }
  }

  private sequence(first: Line, depth: number): Read {
    const out: unknown[] = [];
    const { id: node, children } = this.index.addCollection(first.content);
    for (let line = first; ;) {
      const read = this.item(line, depth);
      out.push(read.value);
      children.push(read.node);
      this.index.setEnd(node, read.nodeEnd);
      const next = read.next;
      // A line at the same indent that is not an item ends a sequence written under its mapping's key.
      if (!next || next.indent < line.indent || !this.isDash(next.content)) {
        if (next && next.indent > line.indent) decline();
        return { value: out, node, nodeEnd: read.nodeEnd, next };
      }
      if (next.indent !== line.indent) decline();
      line = next;
    }
  }

  /** One `- ` item: a value on the line, a mapping starting on it, or a block on the lines below. */
  private item(line: Line, depth: number): Read {
    const text = this.text;
    let at = line.content + 1;
    while (text.charCodeAt(at) === SPACE) at++;
    const c = text.charCodeAt(at);
    if (at === text.length || c === NL || c === CR || c === HASH) return this.afterIndicator(line.content + 1, line.indent, depth, false, line.afterComment);
    if (this.isDash(at)) decline();
    if (this.keyAt(at)) {
      this.enter(depth + 1);
      return this.mapping(at, at - line.start, depth + 1);
    }
    return this.onLine(at, line.indent, depth);
  }

  /**
   * What follows a mapping's `:` or a sequence's `-`: a value on the same line, or (nothing but a
   * comment there) a block on the lines below, or null. `indent` is the collection's; a sequence may
   * sit at its mapping key's own indent.
   */
  private afterIndicator(from: number, indent: number, depth: number, inMapping: boolean, itemAfterComment = false): Read {
    const text = this.text;
    let at = from;
    while (text.charCodeAt(at) === SPACE) at++;
    const c = text.charCodeAt(at);
    if (at < text.length && c !== NL && c !== CR && c !== HASH) return this.onLine(at, indent, depth);
    const comment = c === HASH;
    const lineEnd = this.lineEnd(at);
    const next = this.nextLine(lineEnd);
    if (next && (next.indent > indent || (inMapping && next.indent === indent && this.isDash(next.content)))) return this.block(next, depth + 1);
    // yaml counts the comment lines after an empty value into its range, and the line break into an
    // empty item's when a comment line comes before the item.
    if ((this.skippedComment || itemAfterComment) && !comment) decline();
    this.count();
    // yaml puts an empty value where its line's content ends: at the comment, or before the line
    // break; a comment takes the node on to the next content (or the end of the text).
    return { value: null, node: this.index.add(at, at), nodeEnd: !comment ? at : next ? next.content : text.length, next };
  }

  /** A value that starts at `at` and ends on its line; the lines after it may not be indented past `indent`. */
  private onLine(at: number, indent: number, depth: number): Read {
    const text = this.text;
    const read = this.inLine(at, depth, false);
    let end = this.index.end(read.node);
    const spaces = end;
    while (text.charCodeAt(end) === SPACE) end++;
    const c = text.charCodeAt(end);
    if (end < text.length && c !== NL && c !== CR && !(c === HASH && end > spaces)) decline();
    const nodeEnd = this.lineEnd(end);
    const next = this.nextLine(nodeEnd);
    if (next && next.indent > indent) decline();
    return { value: read.value, node: read.node, nodeEnd, next };
  }

  /** A flow collection, a quoted scalar or a plain scalar, all on one line. */
  private inLine(at: number, depth: number, inFlow: boolean): InLine {
    const c = this.text.charCodeAt(at);
    if (c === OPEN_SEQ || c === OPEN_MAP) return this.flow(at, depth + 1);
    this.count();
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quoted(at);
      return { value: quoted.value, node: this.index.add(at, quoted.end) };
    }
    const end = inFlow ? this.flowPlainEnd(at) : this.plainEnd(at);
    return { value: resolvePlain(this.text.slice(at, end)), node: this.index.add(at, end) };
  }

  /** `[a, b]` or `{k: v, …}`, closed on the same line, without a trailing comma. */
  private flow(open: number, depth: number): InLine {
    this.enter(depth);
    const text = this.text;
    const isMap = text.charCodeAt(open) === OPEN_MAP;
    const close = isMap ? CLOSE_MAP : CLOSE_SEQ;
    const out: Record<string, unknown> | unknown[] = isMap ? {} : [];
    const { id: node, children } = this.index.addCollection(open);
    let at = this.skipSpaces(open + 1);
    if (text.charCodeAt(at) === close) {
      this.index.setEnd(node, at + 1);
      return { value: out, node };
    }
    for (;;) {
      let key: Key | undefined;
      if (isMap) {
        key = this.flowKeyAt(at);
        if (Object.hasOwn(out, key.name)) decline();
        this.count();
        at = this.skipSpaces(key.after);
      }
      const item = this.inLine(at, depth, true);
      if (key) {
        setOwn(out as Record<string, unknown>, key.name, item.value);
        this.index.setKey(item.node, key.start, key.end);
        children.push(key.name, item.node);
      } else {
        (out as unknown[]).push(item.value);
        children.push(item.node);
      }
      at = this.skipSpaces(this.index.end(item.node));
      const c = text.charCodeAt(at);
      if (c === close) {
        this.index.setEnd(node, at + 1);
        return { value: out, node };
      }
      if (c !== COMMA) decline();
      at = this.skipSpaces(at + 1);
      if (text.charCodeAt(at) === close) decline();
    }
  }

  /** The key at `at` when the line there is `key: …` (plain or quoted), else undefined. */
  private keyAt(at: number): Key | undefined {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quoted(at);
      if (!this.isValueIndicator(quoted.end)) return undefined;
      if (quoted.end - at > LONGEST_KEY) decline();
      return { name: quoted.value, start: at, end: quoted.end, after: quoted.end + 1 };
    }
    if (this.startsIndicator(at)) return undefined;
    for (let end = at; end < text.length; end++) {
      const e = text.charCodeAt(end);
      if (e === NL || e === CR || (e === HASH && text.charCodeAt(end - 1) === SPACE)) return undefined;
      if (e === COLON && this.isValueIndicator(end)) {
        if (text.charCodeAt(end - 1) === SPACE) decline();
        return { name: plainKey(text.slice(at, end)), start: at, end, after: end + 1 };
      }
    }
    return undefined;
  }

  /** A key inside `{…}`: quoted or plain, then `: `. */
  private flowKeyAt(at: number): Key {
    const text = this.text;
    const c = text.charCodeAt(at);
    let end: number;
    let name: string;
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quoted(at);
      end = quoted.end;
      name = quoted.value;
    } else {
      end = this.flowPlainEnd(at, true);
      name = plainKey(text.slice(at, end));
    }
    if (!this.isValueIndicator(end) || text.charCodeAt(end + 1) !== SPACE) decline();
    return { name, start: at, end, after: end + 1 };
  }

  /** Whether a `:` at `at` is followed by a space, a line break or the end. */
  private isValueIndicator(at: number): boolean {
    const text = this.text;
    if (text.charCodeAt(at) !== COLON) return false;
    const next = text.charCodeAt(at + 1);
    return at + 1 === text.length || next === SPACE || next === NL || next === CR;
  }

  /** A quoted scalar on one line, without escapes: its text and the offset after its closing quote. */
  private quoted(at: number): { value: string; end: number } {
    const text = this.text;
    const quote = text[at]!;
    let value = '';
    for (let from = at + 1; ;) {
      const close = text.indexOf(quote, from);
      if (close === -1) decline();
      const part = text.slice(from, close);
      if (part.includes('\n') || (quote === '"' && part.includes('\\'))) decline();
      value += part;
      // '' inside single quotes is one quote.
      if (quote === "'" && text.charCodeAt(close + 1) === SQUOTE) { value += "'"; from = close + 2; continue; }
      return { value, end: close + 1 };
    }
  }

  /** Where a plain scalar in a block ends (trailing spaces and a comment excluded). */
  private plainEnd(at: number): number {
    if (this.startsIndicator(at)) decline();
    const text = this.text;
    let last = at;
    for (let i = at; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === NL || c === CR || (c === HASH && text.charCodeAt(i - 1) === SPACE)) break;
      // `a: b: c` is a mapping nested on one line: yaml refuses it.
      if (c === COLON && this.isValueIndicator(i)) decline();
      if (c !== SPACE) last = i + 1;
    }
    return last;
  }

  /** Where a plain scalar inside `[…]` or `{…}` ends; `:` ends a key, and is refused elsewhere. */
  private flowPlainEnd(at: number, key = false): number {
    if (this.startsIndicator(at, true)) decline();
    const text = this.text;
    let last = at;
    for (let i = at; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === CLOSE_SEQ || c === CLOSE_MAP) break;
      if (c === COLON && key) break;
      if (c === NL || c === CR || c === COLON || c === HASH || c === OPEN_SEQ || c === OPEN_MAP) decline();
      if (c !== SPACE) last = i + 1;
    }
    return last;
  }

  /** Whether a plain scalar cannot start at `at`; in a flow collection `-,` or `-]` is no scalar either. */
  private startsIndicator(at: number, inFlow = false): boolean {
    const c = this.text[at]!;
    if (c === '-') return this.isDash(at) || (inFlow && FLOW_INDICATOR.has(this.text[at + 1]!));
    return INDICATOR.has(c) || at >= this.text.length || c === '\n' || c === '\r' || c === ' ';
  }

  /** Whether a `-` at `at` is a sequence item's indicator (followed by a space, a line break or the end). */
  private isDash(at: number): boolean {
    const text = this.text;
    if (text.charCodeAt(at) !== DASH) return false;
    const next = text.charCodeAt(at + 1);
    return at + 1 === text.length || next === SPACE || next === NL || next === CR;
  }

  /**
   * The next line with content from a line start on, past blank and comment lines. A comment line
   * indented past the line that follows it (or any indented one at the end) may be counted into the
   * range of the node before it by yaml: such a text is declined.
   */
  private nextLine(from: number): Line | undefined {
    const text = this.text;
    let deepestComment = -1;
    this.skippedComment = false;
    for (let start = from; start < text.length;) {
      let at = start;
      while (text.charCodeAt(at) === SPACE) at++;
      if (at === text.length) break;
      const c = text.charCodeAt(at);
      if (c === NL || c === CR) { start = this.lineEnd(at); continue; }
      if (c === HASH) {
        deepestComment = Math.max(deepestComment, at - start);
        this.skippedComment = true;
        start = this.lineEnd(at);
        continue;
      }
      if (deepestComment > at - start) decline();
      return { start, indent: at - start, content: at, afterComment: this.skippedComment };
    }
    if (deepestComment > 0) decline();
    return undefined;
  }

  /** The offset after the line break ending the line that `at` is on (the text's length on the last line). */
  private lineEnd(at: number): number {
    const end = this.text.indexOf('\n', at);
    return end === -1 ? this.text.length : end + 1;
  }

  private skipSpaces(at: number): number {
    while (this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /** One more collection, at `depth`: declined past maxDepth (yaml's reader reports it) or where recursion could run deep. */
  private enter(depth: number): void {
    if (depth > this.limits.maxDepth || depth > DEEPEST) decline();
    this.count();
  }

  /** One more value (a key, a scalar or a collection); declined past maxNodes, where yaml's reader reports it. */
  private count(): void {
    if (++this.nodes > this.limits.maxNodes) decline();
  }
}
