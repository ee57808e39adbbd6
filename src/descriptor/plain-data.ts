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
  if (limits.maxDepth <= FAST_MAX_DEPTH && isPlainWithin(root, limits.maxDepth, limits.maxNodes)) return undefined;
  return plainDataWalk(root, limits);
}

/** plainDataProblem without its quick check: the walk that finds the first problem and its place. */
export function plainDataWalk(root: object, limits: Pick<ParseLimits, 'maxDepth' | 'maxNodes'>): Diagnostic | undefined {
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

/** Deepest nesting the quick check below walks by recursion (the call stack holds two frames per level). */
const FAST_MAX_DEPTH = 1000;

/**
 * The same conditions as plainDataProblem, answered yes or no without building anything (it runs on
 * every evaluate call): a value that passes is plain data within the limits; for one that does not,
 * plainDataProblem walks it again to say where and why. A value that contains itself fails here by
 * depth, and is then reported there as a cycle.
 */
function isPlainWithin(root: object, maxDepth: number, maxNodes: number): boolean {
  let nodes = 0;
  const visit = (value: object, depth: number): boolean => {
    if (depth > maxDepth) return false;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (!child(value[i], depth)) return false;
      return true;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!child(record[key], depth)) return false;
    return true;
  };
  const child = (value: unknown, depth: number): boolean => {
    if (++nodes > maxNodes) return false;
    if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return true;
    if (typeof value !== 'object') return false;
    const proto = Object.getPrototypeOf(value) as unknown;
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
    return visit(value, depth + 1);
  };
  return visit(root, 1);
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
