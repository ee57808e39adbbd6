import { msg } from '../diagnostics/catalogue/index.js';
import { deepEqual } from '../engine/operators.js';
import { fromPointer, toPointer } from '../shared/json-pointer.js';
import { canonical, type Bilingual } from '../shared/messages.js';

/** One RFC 6902 operation. */
export interface PatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: unknown;
}

/** A patched document and, per operation, the pointer it wrote to (`-` resolved to the index); or the operation that failed and why. */
export type PatchOutcome =
  | { ok: true; value: unknown; written: (string | undefined)[] }
  | { ok: false; index: number; reason: Bilingual };

type Container = Record<string, unknown> | unknown[];

class PatchFailure extends Error {
  constructor(readonly reason: Bilingual) { super(reason.en); }
}

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;
const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
// JSON, so the string "10" and the number 10 read differently.
const asJson = (v: unknown): string => (v === undefined ? '(none)' : JSON.stringify(canonical(v)));

/** Apply an RFC 6902 JSON Patch to a copy of `document`; the document itself is never changed. */
export function applyPatch(document: unknown, operations: readonly PatchOperation[]): PatchOutcome {
  let doc = structuredClone(document);
  const written: (string | undefined)[] = [];
  for (const [index, op] of operations.entries()) {
    try {
      const result = applyOne(doc, op);
      doc = result.doc;
      written.push(result.written);
    } catch (error) {
      if (error instanceof PatchFailure) return { ok: false, index, reason: error.reason };
      throw error;
    }
  }
  return { ok: true, value: doc, written };
}

function applyOne(doc: unknown, op: PatchOperation): { doc: unknown; written?: string } {
  switch (op.op) {
    case 'add': return add(doc, op.path, valueOf(op));
    case 'remove': return { doc: remove(doc, op.path).doc };
    case 'replace': {
      read(doc, op.path);
      const removed = remove(doc, op.path);
      return add(removed.doc, op.path, valueOf(op));
    }
    case 'copy': return add(doc, op.path, structuredClone(read(doc, fromOf(op))));
    case 'move': {
      const from = fromOf(op);
      if (op.path.startsWith(`${from}/`)) throw new PatchFailure(msg('cases.patch-into-itself', { from, path: op.path }));
      const removed = remove(doc, from);
      return add(removed.doc, op.path, removed.value);
    }
    case 'test': {
      const actual = read(doc, op.path);
      const expected = valueOf(op);
      if (!deepEqual(actual, expected)) throw new PatchFailure(msg('cases.patch-test-failed', { path: op.path, actual: asJson(actual), expected: asJson(expected) }));
      return { doc };
    }
  }
}

function valueOf(op: PatchOperation): unknown {
  if (!has(op, 'value')) throw new PatchFailure(msg('cases.patch-needs-value', { op: op.op }));
  return structuredClone(op.value);
}

function fromOf(op: PatchOperation): string {
  if (op.from === undefined) throw new PatchFailure(msg('cases.patch-needs-from', { op: op.op }));
  return op.from;
}

/** The container that holds the last step of `path`, and that step. */
function parentOf(doc: unknown, path: string): { parent: Container; key: string } {
  const segments = fromPointer(path);
  const key = segments.pop()!;
  const parentPath = toPointer(segments);
  const parent = read(doc, parentPath);
  if (!isContainer(parent)) throw new PatchFailure(msg('cases.patch-not-container', { path: parentPath || '/' }));
  return { parent, key };
}

function arrayIndex(array: readonly unknown[], key: string, path: string, allowEnd: boolean): number {
  const last = allowEnd ? array.length : array.length - 1;
  if (!/^(0|[1-9][0-9]*)$/.test(key) || Number(key) > last) throw new PatchFailure(msg('cases.patch-bad-index', { path, last }));
  return Number(key);
}

function read(doc: unknown, path: string): unknown {
  let node = doc;
  const segments = fromPointer(path);
  for (const [i, segment] of segments.entries()) {
    const here = toPointer(segments.slice(0, i + 1));
    if (Array.isArray(node)) node = node[arrayIndex(node, segment, here, false)];
    else if (isContainer(node) && has(node, segment)) node = (node as Record<string, unknown>)[segment];
    else throw new PatchFailure(msg('cases.patch-no-target', { path: here }));
  }
  return node;
}

function add(doc: unknown, path: string, value: unknown): { doc: unknown; written: string } {
  if (path === '') return { doc: value, written: '' };
  const { parent, key } = parentOf(doc, path);
  if (Array.isArray(parent)) {
    const index = key === '-' ? parent.length : arrayIndex(parent, key, path, true);
    parent.splice(index, 0, value);
    return { doc, written: `${path.slice(0, path.lastIndexOf('/'))}/${index}` };
  }
  parent[key] = value;
  return { doc, written: path };
}

function remove(doc: unknown, path: string): { doc: unknown; value: unknown } {
  if (path === '') return { doc: undefined, value: doc };
  const value = read(doc, path);
  const { parent, key } = parentOf(doc, path);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return { doc, value };
}
