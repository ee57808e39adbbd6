import type { ParseLimits } from './limits.js';
import type { ProblemList } from './problems.js';

// Markers the lexer emits with no text of their own: document start, scalar follows, flow error end.
const DOC_MODE = '\x02';
const SCALAR = '\x1f';
const FLOW_END = '\x18';

/**
 * A count kept over yaml's token stream as the lexer yields it, refusing a text that is sure to
 * cross maxNodes or maxDepth before yaml's parser has built much of its syntax tree, which costs
 * far more per value than the text does (hundreds of bytes of memory per value). The counts are
 * lower bounds — scalars, aliases and brackets; brackets open plus `-` and `?` on one line for
 * depth — so a document is never refused here that the exact check after parsing would accept.
 * The same lexemes feed the parser, so the text is lexed once.
 */
export class YamlPrescan {
  private offset = 0;
  private nodes = 0;
  private flow = 0;
  private compact = 0;
  private scalarNext = false;
  /** Whether a limit was crossed (and the problem recorded). */
  crossed = false;

  constructor(private readonly limits: ParseLimits, private readonly problems: ProblemList) {}

  /** Count one lexeme; false (after recording the problem) when a limit is crossed. */
  take(token: string): boolean {
    if (token === SCALAR) {
      this.scalarNext = true;
      return ++this.nodes > this.limits.maxNodes ? this.tooMany() : true;
    }
    if (token === DOC_MODE || token === FLOW_END) return true;
    if (this.scalarNext) { this.scalarNext = false; this.offset += token.length; return true; }
    const first = token[0];
    if (token === '[' || token === '{') {
      this.flow++;
      if (++this.nodes > this.limits.maxNodes) return this.tooMany();
    } else if (token === ']' || token === '}') {
      this.flow = Math.max(0, this.flow - 1);
    } else if ((token === '-' || token === '?') && this.flow === 0) {
      this.compact++;
    } else if (first === '\n' || first === '\r') {
      if (this.flow === 0) this.compact = 0;
    } else if (first === '*' || first === '"' || first === "'") {
      if (++this.nodes > this.limits.maxNodes) return this.tooMany();
    } else if (token === '---') {
      this.flow = 0;
      this.compact = 0;
    }
    if (this.flow + this.compact > this.limits.maxDepth) {
      this.problems.add('too-deep', 'parse.too-deep', { limit: this.limits.maxDepth }, { offset: this.offset });
      this.crossed = true;
      return false;
    }
    this.offset += token.length;
    return true;
  }

  private tooMany(): false {
    this.problems.add('too-many-nodes', 'parse.too-many-nodes', { limit: this.limits.maxNodes }, { offset: this.offset });
    this.crossed = true;
    return false;
  }
}
