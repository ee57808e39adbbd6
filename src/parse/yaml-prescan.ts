import { Lexer } from 'yaml';
import type { ParseLimits } from './limits.js';
import type { ProblemList } from './problems.js';

// Markers the lexer emits with no text of their own: document start, scalar follows, flow error end.
const DOC_MODE = '\x02';
const SCALAR = '\x1f';
const FLOW_END = '\x18';

/**
 * A first pass over yaml's token stream (a generator: nothing kept), refusing a text that is sure
 * to cross maxNodes or maxDepth before yaml's parser builds its syntax tree, which costs far more
 * per value than the text does (hundreds of bytes of memory per value). The counts are lower
 * bounds — scalars, aliases and brackets; brackets open plus `-` and `?` on one line for depth —
 * so a document is never refused here that the exact check after parsing would accept.
 * Returns false (after recording the problem) when a limit is crossed.
 */
export function prescanYaml(text: string, limits: ParseLimits, problems: ProblemList): boolean {
  let offset = 0;
  let nodes = 0;
  let flow = 0;
  let compact = 0;
  let scalarNext = false;
  const tooMany = (): boolean => {
    problems.add('too-many-nodes', 'parse.too-many-nodes', { limit: limits.maxNodes }, { offset });
    return false;
  };
  for (const token of new Lexer().lex(text)) {
    if (token === SCALAR) { scalarNext = true; if (++nodes > limits.maxNodes) return tooMany(); continue; }
    if (token === DOC_MODE || token === FLOW_END) continue;
    if (scalarNext) { scalarNext = false; offset += token.length; continue; }
    const first = token[0];
    if (token === '[' || token === '{') {
      flow++;
      if (++nodes > limits.maxNodes) return tooMany();
    } else if (token === ']' || token === '}') {
      flow = Math.max(0, flow - 1);
    } else if ((token === '-' || token === '?') && flow === 0) {
      compact++;
    } else if (first === '\n' || first === '\r') {
      if (flow === 0) compact = 0;
    } else if (first === '*' || first === '"' || first === "'") {
      if (++nodes > limits.maxNodes) return tooMany();
    } else if (token === '---') {
      flow = 0;
      compact = 0;
    }
    if (flow + compact > limits.maxDepth) {
      problems.add('too-deep', 'parse.too-deep', { limit: limits.maxDepth }, { offset });
      return false;
    }
    offset += token.length;
  }
  return true;
}
