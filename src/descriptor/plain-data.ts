import { msg } from '../diagnostics/catalogue/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParseLimits } from '../parse/limits.js';
import { toPointer, type PathSegment } from '../shared/json-pointer.js';

// A descriptor handed over as a value (not parsed by kanmon) may be anything a program can build.
// Before the schema sees it, it must be what a parser would have produced: a tree of plain objects,
// arrays, text, numbers, booleans and null, within the same depth and size limits as a file.
// Otherwise a value that contains itself, or a BigInt under an x- key, would reach the report.

/** Codes for a descriptor value that is not JSON data. */
export type PlainDataCode = 'cycle' | 'not-json' | 'too-deep' | 'too-many-nodes';

interface Frame {
  value: object;
  parent: Frame | undefined;
  segment: PathSegment | undefined;
  depth: number;
  /** Children not yet visited, or undefined before the first visit. */
  pending: [PathSegment, unknown][] | undefined;
}

/**
 * Check a descriptor value without recursion: every object is plain (prototype Object.prototype or
 * null), every value JSON's (undefined counts as absent), no object contains itself, nesting and the
 * count of values (a value reached twice counts twice) within limits. The first problem is returned.
 */
export function plainDataProblem(root: unknown, limits: Pick<ParseLimits, 'maxDepth' | 'maxNodes'>): Diagnostic | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const open = new Set<object>();
  const stack: Frame[] = [{ value: root, parent: undefined, segment: undefined, depth: 1, pending: undefined }];
  let nodes = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.pending === undefined) {
      if (frame.depth > limits.maxDepth) return problem('too-deep', frame, { limit: limits.maxDepth });
      open.add(frame.value);
      frame.pending = entriesOf(frame.value).reverse();
    }
    const next = frame.pending.pop();
    if (next === undefined) {
      open.delete(frame.value);
      stack.pop();
      continue;
    }
    const [segment, value] = next;
    const child: Frame = { value: frame.value, parent: frame, segment, depth: frame.depth + 1, pending: undefined };
    if (++nodes > limits.maxNodes) return problem('too-many-nodes', child, { limit: limits.maxNodes });
    if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') continue;
    if (typeof value !== 'object') return problem('not-json', child, { type: typeof value });
    if (open.has(value)) return problem('cycle', child, { ancestor: pointerOf(frameOf(stack, value)) || '/' });
    const proto = Object.getPrototypeOf(value) as unknown;
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
      return problem('not-json', child, { type: (value as { constructor?: { name?: unknown } }).constructor?.name ?? 'object' });
    }
    child.value = value;
    stack.push(child);
  }
  return undefined;
}

function entriesOf(value: object): [PathSegment, unknown][] {
  if (Array.isArray(value)) return Array.from(value as unknown[], (v, i): [PathSegment, unknown] => [i, v]);
  return Object.keys(value).map((k): [PathSegment, unknown] => [k, (value as Record<string, unknown>)[k]]);
}

function frameOf(stack: readonly Frame[], value: object): Frame | undefined {
  return stack.find((f) => f.value === value);
}

function pointerOf(frame: Frame | undefined): string {
  const segments: PathSegment[] = [];
  for (let f = frame; f?.segment !== undefined; f = f.parent) segments.push(f.segment);
  return toPointer(segments.reverse());
}

function problem(code: PlainDataCode, frame: Frame, params: Record<string, unknown>): Diagnostic {
  const pointer = pointerOf(frame);
  return { code, kind: 'descriptor', severity: 'error', pointer, message: msg(`descriptor.${code}`, { pointer: pointer || '/', ...params }), params };
}
