import type { TreeStep } from './locate.js';

/**
 * A parsed value's place in its text, for locate(): the offsets of the value and of its key in the
 * parent mapping, and its children (by key or by index). Readers that do not keep a syntax tree —
 * JSON's scan, the plain YAML reader — record these and nothing else.
 */
export interface OffsetNode {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
  children?: Map<string, OffsetNode> | OffsetNode[];
}

/** One step of locate() down an offset tree. */
export function stepOffsets(node: OffsetNode, segment: string): TreeStep<OffsetNode> | undefined {
  const children = node.children;
  const child = children instanceof Map ? children.get(segment) : /^\d+$/.test(segment) ? children?.[Number(segment)] : undefined;
  if (!child) return undefined;
  return {
    node: child,
    value: [child.start, child.end] as const,
    ...(child.keyStart !== undefined ? { key: [child.keyStart, child.keyEnd!] as const } : {}),
  };
}
