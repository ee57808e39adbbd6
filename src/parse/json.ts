import { toPointer, type PathSegment } from '../shared/json-pointer.js';
import { scanJson, type JsonVisitor } from './json-scan.js';
import type { TextPosition } from './line-index.js';
import type { ParseLimits } from './limits.js';
import { makeLocate, type Locate } from './locate.js';
import { stepOffsets, type OffsetNode } from './offset-tree.js';
import type { ProblemList } from './problems.js';

/** A JSON text parsed: the value, and locate() (its index is built on the first call). */
export interface ParsedJson {
  value: unknown;
  locate: Locate;
}

/**
 * Parse JSON with JSON.parse, after one linear scan that checks syntax (with a position), nesting
 * depth, the number of values and duplicate keys (JSON.parse would keep the last one silently).
 * Problems go to `problems`; the result is undefined when there were any. `syntax` says whether
 * the first problem was a syntax error (so a caller guessing the format may try YAML instead).
 */
export function parseJson(text: string, limits: ParseLimits, problems: ProblemList): { parsed?: ParsedJson; syntax: boolean } {
  const checker = new JsonChecker(limits, problems);
  const error = scanJson(text, checker);
  if (error) {
    const before = problems.any;
    problems.add('syntax', error.id, error.params, { offset: error.offset });
    return { syntax: !before };
  }
  if (problems.any) return { syntax: false };
  // Own data properties only: JSON.parse defines "__proto__" as an ordinary key, never a prototype.
  const value: unknown = JSON.parse(text);
  return { parsed: { value, locate: lazyJsonLocate(text, problems.positionOf) }, syntax: false };
}

interface Frame {
  keys: Map<string, number> | undefined;
  segment: PathSegment | undefined;
  key: string;
  index: number;
}

/** The checks of the one scan: depth, values, duplicate keys, each located. */
class JsonChecker implements JsonVisitor {
  private readonly frames: Frame[] = [];
  private nodes = 0;

  constructor(private readonly limits: ParseLimits, private readonly problems: ProblemList) {}

  open(kind: 'object' | 'array', offset: number): boolean {
    if (this.countValue(offset)) return true;
    if (this.frames.length >= this.limits.maxDepth) {
      this.problems.add('too-deep', 'parse.too-deep', { limit: this.limits.maxDepth }, { offset, pointer: this.pointer() });
      return true;
    }
    this.frames.push({ keys: kind === 'object' ? new Map() : undefined, segment: this.segment(), key: '', index: -1 });
    return false;
  }

  key(name: string, start: number): boolean {
    const frame = this.frames[this.frames.length - 1]!;
    frame.key = name;
    const first = frame.keys!.get(name);
    if (first === undefined) frame.keys!.set(name, start);
    else this.problems.add('duplicate-key', 'parse.duplicate-key', { key: name, ...firstAt(first, this.problems) }, { offset: start, pointer: this.pointer(name) });
    return this.count(start);
  }

  scalar(start: number): boolean {
    return this.countValue(start);
  }

  close(): boolean {
    this.frames.pop();
    return false;
  }

  private countValue(offset: number): boolean {
    const top = this.frames[this.frames.length - 1];
    if (top && !top.keys) top.index++;
    return this.count(offset);
  }

  private count(offset: number): boolean {
    if (++this.nodes <= this.limits.maxNodes) return false;
    this.problems.add('too-many-nodes', 'parse.too-many-nodes', { limit: this.limits.maxNodes }, { offset, pointer: this.pointer() });
    return true;
  }

  /** The segment the value now starting will have in its parent. */
  private segment(): PathSegment | undefined {
    const top = this.frames[this.frames.length - 1];
    return top === undefined ? undefined : top.keys ? top.key : top.index;
  }

  private pointer(last?: string): string {
    const segments = this.frames.slice(1).map((f) => f.segment!);
    const top = this.frames[this.frames.length - 1];
    if (last !== undefined) segments.push(last);
    else if (top) segments.push(top.keys ? top.key : top.index);
    return toPointer(segments);
  }
}

/** Where the first occurrence was, for the message on the second. */
function firstAt(offset: number, problems: ProblemList): { firstLine: number; firstColumn: number } {
  const p = problems.positionOf(offset);
  return { firstLine: p.line, firstColumn: p.column };
}

/** locate() for JSON; the offsets of every value are found by a second scan, on the first call only. */
function lazyJsonLocate(text: string, position: (offset: number) => TextPosition): Locate {
  let locate: Locate | undefined;
  return (pointer, target) => {
    locate ??= makeLocate(indexJson(text), stepOffsets, position);
    return locate(pointer, target);
  };
}

function indexJson(text: string): { node: OffsetNode; value: readonly [number, number] } | undefined {
  const open: OffsetNode[] = [];
  let root: OffsetNode | undefined;
  let pendingKey: { name: string; start: number; end: number } | undefined;
  const attach = (node: OffsetNode): void => {
    const parent = open[open.length - 1];
    if (!parent) root = node;
    else if (parent.children instanceof Map) {
      // The last of duplicate keys is the one JSON.parse keeps: point at it.
      parent.children.set(pendingKey!.name, Object.assign(node, { keyStart: pendingKey!.start, keyEnd: pendingKey!.end }));
    } else parent.children!.push(node);
  };
  scanJson(text, {
    open(kind, offset) {
      const node: OffsetNode = { start: offset, end: offset + 1, children: kind === 'object' ? new Map() : [] };
      attach(node);
      open.push(node);
    },
    key(name, start, end) { pendingKey = { name, start, end }; },
    scalar(start, end) { attach({ start, end }); },
    close(end) { open.pop()!.end = end; },
  });
  return root ? { node: root, value: [root.start, root.end] } : undefined;
}
