import type { CST } from 'yaml';
import type { ParseLimits } from './limits.js';
import type { ProblemList } from './problems.js';

const CONTENT = new Set(['alias', 'scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar', 'block-map', 'block-seq', 'flow-collection']);

/**
 * Check nesting depth and the number of values on yaml's concrete syntax tree, which its parser
 * builds without recursion, before the composer (which recurses) ever sees a deep document.
 * The walk is iterative and in document order, so the problem is placed where the limit is crossed.
 * Returns false (after recording the problem) when a limit is crossed.
 */
export function checkYamlShape(tokens: readonly CST.Token[], limits: ParseLimits, problems: ProblemList): boolean {
  let nodes = 0;
  const stack: { token: CST.Token; depth: number }[] = [];
  for (let t = tokens.length - 1; t >= 0; t--) {
    const token = tokens[t]!;
    if (token.type === 'document' && token.value) stack.push({ token: token.value, depth: 0 });
  }
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
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
    for (let i = token.items.length - 1; i >= 0; i--) {
      const item = token.items[i]!;
      // A key or value left out is an implicit null, still a value of the document; an item of
      // nothing but spaces and comments (yaml makes one before a closing bracket) is no value.
      const indicated = item.start.some((t) => t.type === 'seq-item-ind' || t.type === 'explicit-key-ind');
      if (!item.key && !item.sep && !item.value && !indicated) continue;
      nodes += (item.value ? 0 : 1) + (pairs || item.sep ? (item.key ? 0 : 1) : 0);
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
    }
  }
  return true;
}
