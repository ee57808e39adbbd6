import type { CST } from 'yaml';
import type { ParseLimits } from './limits.js';
import type { ProblemList } from './problems.js';

const CONTENT = new Set(['alias', 'scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar', 'block-map', 'block-seq', 'flow-collection']);

/** Most values a character of YAML can add to its syntax tree, with room to spare: `?` alone is a mapping, a null key and a null value. */
export const MOST_VALUES_PER_CHAR = 8;

/**
 * Whether a syntax tree surely keeps within maxDepth and maxNodes, from what parsing it showed:
 * the most tokens yaml's parser held open at once (a collection is open while its items are read,
 * and an implicit key is wrapped in its mapping one level above), and the length of the text (see
 * MOST_VALUES_PER_CHAR). Both bounds have room to spare; a property test holds yaml's parser to
 * them. A tree not surely within is walked by checkYamlShape, which decides and places the problem.
 */
export function surelyWithinLimits(mostOpen: number, textLength: number, limits: ParseLimits): boolean {
  return mostOpen + 2 <= limits.maxDepth && textLength * MOST_VALUES_PER_CHAR <= limits.maxNodes;
}

/**
 * Check nesting depth and the number of values on yaml's concrete syntax tree, which its parser
 * builds without recursion, before the composer (which recurses) ever sees a deep document.
 * The walk is iterative and in document order, so the problem is placed where the limit is crossed.
 * Returns false (after recording the problem) when a limit is crossed.
 */
export function checkYamlShape(tokens: readonly CST.Token[], limits: ParseLimits, problems: ProblemList): boolean {
  let nodes = 0;
  // Two stacks side by side, token and depth: this walk visits every value of every document read.
  const stack: CST.Token[] = [];
  const depths: number[] = [];
  for (let t = tokens.length - 1; t >= 0; t--) {
    const token = tokens[t]!;
    if (token.type === 'document' && token.value) { stack.push(token.value); depths.push(0); }
  }
  while (stack.length > 0) {
    const token = stack.pop()!;
    const depth = depths.pop()!;
    if (!CONTENT.has(token.type)) continue;
    if (++nodes > limits.maxNodes) {
      problems.add('too-many-nodes', 'parse.too-many-nodes', { limit: limits.maxNodes }, { offset: token.offset });
      return false;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > limits.maxDepth) {
      problems.add('too-deep', 'parse.too-deep', { limit: limits.maxDepth }, { offset: token.offset });
      return false;
    }
    const pairs = token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{');
    const items: readonly CST.CollectionItem[] = token.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      // A key or value left out is an implicit null, still a value of the document; an item of
      // nothing but spaces and comments (yaml makes one before a closing bracket) is no value.
      if (!item.key && !item.sep && !item.value && !item.start.some(isIndicator)) continue;
      nodes += (item.value ? 0 : 1) + (pairs || item.sep ? (item.key ? 0 : 1) : 0);
      if (item.value) { stack.push(item.value); depths.push(depth + 1); }
      if (item.key) { stack.push(item.key); depths.push(depth + 1); }
    }
  }
  return true;
}

function isIndicator(token: CST.SourceToken): boolean {
  return token.type === 'seq-item-ind' || token.type === 'explicit-key-ind';
}
