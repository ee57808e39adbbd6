import type { MessageId } from '../diagnostics/catalogue/index.js';

/** What a scan reports, in document order. Returning `true` from a callback stops the scan. */
export interface JsonVisitor {
  /** A mapping (`{`) or list (`[`) starts at `offset`. */
  open(kind: 'object' | 'array', offset: number): boolean | void;
  /** A key of the current object, decoded, between `start` and `end` (quotes included). */
  key(name: string, start: number, end: number): boolean | void;
  /** A string, number, true, false or null between `start` and `end`. */
  scalar(start: number, end: number): boolean | void;
  /** The current mapping or list ends just before `end`. */
  close(end: number): boolean | void;
}

/** A JSON syntax error: where, and which catalogue message says what was expected. */
export interface JsonSyntaxError {
  offset: number;
  id: MessageId;
  params: Record<string, unknown>;
}

const enum Ch {
  Tab = 0x09, Lf = 0x0a, Cr = 0x0d, Space = 0x20, Quote = 0x22, Plus = 0x2b, Comma = 0x2c, Minus = 0x2d, Dot = 0x2e,
  Zero = 0x30, Nine = 0x39, Colon = 0x3a, OpenBracket = 0x5b, Backslash = 0x5c, CloseBracket = 0x5d,
  LowerE = 0x65, UpperE = 0x45, OpenBrace = 0x7b, CloseBrace = 0x7d,
}

/**
 * A strict RFC 8259 scanner: one pass, no recursion (an explicit stack of open containers), no
 * values built. It exists because JSON.parse hides duplicate keys, gives no line:column and no
 * offsets for pointers; JSON.parse still builds the value.
 */
export function scanJson(text: string, visitor: JsonVisitor): JsonSyntaxError | undefined {
  return new Scanner(text, visitor).run();
}

class Scanner {
  private i = 0;
  private readonly stack: ('object' | 'array')[] = [];
  private escaped = false;

  constructor(private readonly text: string, private readonly visitor: JsonVisitor) {}

  run(): JsonSyntaxError | undefined {
    const { text, visitor, stack } = this;
    let wantValue = true;
    for (;;) {
      this.skipSpace();
      const at = this.i;
      if (wantValue) {
        if (at >= text.length) return this.error('parse.json.unexpected-end', {});
        const c = text.charCodeAt(at);
        if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
          const kind = c === Ch.OpenBrace ? 'object' : 'array';
          if (visitor.open(kind, at)) return undefined;
          stack.push(kind);
          this.i++;
          this.skipSpace();
          if (text.charCodeAt(this.i) === (kind === 'object' ? Ch.CloseBrace : Ch.CloseBracket)) {
            this.i++;
            stack.pop();
            if (visitor.close(this.i)) return undefined;
            wantValue = false;
          } else if (kind === 'object') {
            const problem = this.member();
            if (problem !== false) return problem;
          }
          continue;
        }
        const end = this.scalarEnd(c);
        if (typeof end !== 'number') return end;
        if (visitor.scalar(at, end)) return undefined;
        this.i = end;
        wantValue = false;
        continue;
      }
      const top = stack[stack.length - 1];
      if (top === undefined) return at < text.length ? this.error('parse.json.trailing', { found: this.found() }) : undefined;
      const c = text.charCodeAt(at);
      const close = top === 'object' ? Ch.CloseBrace : Ch.CloseBracket;
      if (c === Ch.Comma) {
        this.i++;
        wantValue = true;
        if (top === 'object') {
          this.skipSpace();
          const problem = this.member();
          if (problem !== false) return problem;
        }
      } else if (c === close) {
        this.i++;
        stack.pop();
        if (visitor.close(this.i)) return undefined;
      } else {
        return at >= text.length ? this.error('parse.json.unexpected-end', {}) : this.error('parse.json.expected-comma', { close: String.fromCharCode(close), found: this.found() });
      }
    }
  }

  /** `"key" :` at the cursor; false when it was read (a value follows), else the error or stop. */
  private member(): JsonSyntaxError | undefined | false {
    const { text } = this;
    const start = this.i;
    if (start >= text.length) return this.error('parse.json.unexpected-end', {});
    if (text.charCodeAt(start) !== Ch.Quote) return this.error('parse.json.expected-key', { found: this.found() });
    const end = this.stringEnd(start);
    if (typeof end !== 'number') return end;
    const raw = text.slice(start + 1, end - 1);
    if (this.visitor.key(this.escaped ? (JSON.parse(text.slice(start, end)) as string) : raw, start, end)) return undefined;
    this.i = end;
    this.skipSpace();
    if (this.i >= text.length) return this.error('parse.json.unexpected-end', {});
    if (text.charCodeAt(this.i) !== Ch.Colon) return this.error('parse.json.expected-colon', { found: this.found() });
    this.i++;
    return false;
  }

  private scalarEnd(c: number): number | JsonSyntaxError {
    const at = this.i;
    if (c === Ch.Quote) return this.stringEnd(at);
    if (c === Ch.Minus || (c >= Ch.Zero && c <= Ch.Nine)) return this.numberEnd(at);
    for (const word of ['true', 'false', 'null']) if (this.text.startsWith(word, at)) return at + word.length;
    return this.error('parse.json.expected-value', { found: this.found() });
  }

  private stringEnd(start: number): number | JsonSyntaxError {
    const { text } = this;
    this.escaped = false;
    for (let j = start + 1; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === Ch.Quote) return j + 1;
      if (c < Ch.Space) return this.error('parse.json.control-character', {}, j);
      if (c !== Ch.Backslash) continue;
      this.escaped = true;
      const e = text[j + 1];
      if (e !== undefined && '"\\/bfnrt'.includes(e)) { j++; continue; }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) { j += 5; continue; }
      return this.error('parse.json.bad-escape', {}, j);
    }
    return this.error('parse.json.unterminated-string', {}, start);
  }

  private numberEnd(start: number): number | JsonSyntaxError {
    const { text } = this;
    let j = start;
    const digits = (): number => {
      const from = j;
      while (j < text.length && text.charCodeAt(j) >= Ch.Zero && text.charCodeAt(j) <= Ch.Nine) j++;
      return j - from;
    };
    if (text.charCodeAt(j) === Ch.Minus) j++;
    const leadingZero = text.charCodeAt(j) === Ch.Zero;
    const whole = digits();
    let ok = whole > 0 && !(leadingZero && whole > 1);
    if (ok && text.charCodeAt(j) === Ch.Dot) { j++; ok = digits() > 0; }
    if (ok && (text.charCodeAt(j) === Ch.LowerE || text.charCodeAt(j) === Ch.UpperE)) {
      j++;
      if (text.charCodeAt(j) === Ch.Plus || text.charCodeAt(j) === Ch.Minus) j++;
      ok = digits() > 0;
    }
    return ok ? j : this.error('parse.json.bad-number', {}, start);
  }

  private skipSpace(): void {
    const { text } = this;
    let c = text.charCodeAt(this.i);
    while (c === Ch.Space || c === Ch.Lf || c === Ch.Cr || c === Ch.Tab) c = text.charCodeAt(++this.i);
  }

  /** The character at the cursor, quoted, as the user would see it in the message. */
  private found(): string {
    const ch = String.fromCodePoint(this.text.codePointAt(this.i) ?? 0);
    return JSON.stringify(ch);
  }

  private error(id: MessageId, params: Record<string, unknown>, offset = this.i): JsonSyntaxError {
    return { offset, id, params };
  }
}
