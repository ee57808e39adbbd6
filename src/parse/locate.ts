import { fromPointer } from '../shared/json-pointer.js';
import type { TextPosition } from './line-index.js';

/** Where a located node is: its start and, where known, its end (exclusive), 1-based. */
export interface SourceRange extends TextPosition {
  endLine?: number;
  endColumn?: number;
}

/** Whether a pointer names the key of a member (an unknown property, say) or its value. */
export type LocateTarget = 'key' | 'value';

/** Position of the node at `pointer` (its key or its value), or of its nearest existing ancestor. */
export type Locate = (pointer: string, target?: LocateTarget) => SourceRange;

/** One step down a parsed tree, as each format finds it: the child's offsets, or nothing. */
export interface TreeStep<N> {
  node: N;
  /** Offsets of the child's value; undefined when the text gives none (the ancestor stands in). */
  value?: readonly [number, number];
  key?: readonly [number, number];
}

/**
 * A locate() over any tree: follow the pointer one segment at a time (each step O(1) in the
 * format's index), keep the deepest offsets found, and map them to line:column once.
 */
export function makeLocate<N>(
  root: { node: N; value: readonly [number, number] } | undefined,
  step: (node: N, segment: string) => TreeStep<N> | undefined,
  position: (offset: number) => TextPosition,
): Locate {
  return (pointer, target = 'value') => {
    let best: readonly [number, number] = root?.value ?? [0, 0];
    if (root) {
      let node = root.node;
      const segments = fromPointer(pointer);
      for (let i = 0; i < segments.length; i++) {
        const next = step(node, segments[i]!);
        if (!next) break;
        if (i === segments.length - 1 && target === 'key' && next.key) { best = next.key; break; }
        best = next.value ?? next.key ?? best;
        node = next.node;
      }
    }
    const start = position(best[0]);
    const end = position(best[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
}
