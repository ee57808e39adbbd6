import { toPointer } from '../shared/json-pointer.js';
import { canonical } from '../shared/messages.js';
import type { CompiledCondition, CompiledLeaf } from './compiled.js';
import type { OperatorSpec } from './operators.js';
import { readPath, type ParsedPath } from './path.js';

// A condition tree compiled once into closures (no `new Function`: kanmon runs under a strict
// Content-Security-Policy). Evaluating a tree returns a three-valued truth and leaves, in slots of
// the scope, what each leaf saw — so the decision is made without building evidence, and evidence
// is built only for the findings that are reported, from the slots, without evaluating again.

/** Three-valued truth as a small number: false, true, unknown (a fact the comparison needs is absent). */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth3 = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** What a tree is evaluated against: the descriptor, the current item, caller facts, asOf, and slots. */
export interface Scope {
  /** The descriptor: its top-level properties are the facts. */
  root: Readonly<Record<string, unknown>>;
  /** The item of a forEach rule (undefined outside one) and its pointer. */
  item: unknown;
  itemPointer: string | undefined;
  asOf: string;
  /** Caller facts with one value for every rule. */
  caller: Readonly<Record<string, unknown>>;
  /** Per-item caller facts: name → item pointer → value. */
  perItem: Readonly<Record<string, ReadonlyMap<string, unknown>>>;
  /** Slots the leaves write: what each leaf saw, by leaf index in its program. */
  actual: unknown[];
  expected: unknown[];
  truth: Truth3[];
}

/** A leaf as the report describes it: its place in the program and how to read it. */
export interface LeafInfo {
  index: number;
  leaf: CompiledLeaf;
  /** RFC 6901 suffix of the leaf's path, appended to the fact's own pointer. */
  suffix: string;
  /** The pointer of the leaf's value when its fact is a section of the descriptor (`/` + fact + suffix), made once. */
  sectionPointer?: string;
  refSuffix?: string;
  /** The leaf's literal value as the report shows it (keys sorted). */
  shown: unknown;
}

/** A compiled tree: its closure and its leaves in depth-first order. */
export interface Program {
  run: (scope: Scope) => Truth3;
  leaves: readonly LeafInfo[];
}

/**
 * Whether a value counts as absent: the descriptor does not state it. `null` is a statement ("none",
 * "never"), so it is present: only a missing key is absent.
 */
export const isAbsent = (v: unknown): boolean => v === undefined;

const hasOwn = Object.prototype.hasOwnProperty;

/** Read a fact's value in a scope: caller facts first (their names never collide with descriptor properties). */
export function factValue(scope: Scope, fact: string): unknown {
  if (fact === 'item') return scope.item;
  if (fact === 'asOf') return scope.asOf;
  if (hasOwn.call(scope.caller, fact)) return scope.caller[fact];
  if (hasOwn.call(scope.perItem, fact)) return scope.itemPointer === undefined ? undefined : scope.perItem[fact]!.get(scope.itemPointer);
  return hasOwn.call(scope.root, fact) ? scope.root[fact] : undefined;
}

/** The pointer of a fact in the descriptor, or undefined for facts that do not live there. */
export function factPointer(scope: Scope, fact: string): string | undefined {
  if (fact === 'item') return scope.itemPointer;
  return isSection(scope, fact) ? `/${fact}` : undefined;
}

/** Whether a fact other than `item` is a section of the descriptor (not `asOf`, not a caller's fact). */
export function isSection(scope: Scope, fact: string): boolean {
  return fact !== 'asOf' && !hasOwn.call(scope.caller, fact) && !hasOwn.call(scope.perItem, fact);
}

function reader(fact: string, segments: ParsedPath): (scope: Scope) => unknown {
  if (segments.length === 0) return (s) => factValue(s, fact);
  if (fact === 'item') return (s) => readPath(s.item, segments);
  return (s) => readPath(factValue(s, fact), segments);
}

function compileLeaf(leaf: CompiledLeaf, index: number): (scope: Scope) => Truth3 {
  const op: OperatorSpec = leaf.operator;
  const test = op.test;
  const decides = op.decidesAbsence;
  const read = reader(leaf.fact, leaf.segments);
  const absentTruth: Truth3 = leaf.ifAbsent === undefined ? UNKNOWN : leaf.ifAbsent ? TRUE : FALSE;
  if (leaf.valueRef) {
    const plain = reader(leaf.valueRef.fact, leaf.valueRef.segments);
    const times = leaf.valueRef.times;
    // Rounded to 15 significant digits so that a boundary on paper is a boundary here: 3 × 0.7 is 2.1, not 2.0999999999999996.
    const readRef = times === undefined ? plain : (s: Scope): unknown => { const v = plain(s); return typeof v === 'number' ? Number((v * times).toPrecision(15)) : v; };
    return (s) => {
      const a = read(s);
      const b = readRef(s);
      s.actual[index] = a;
      s.expected[index] = b;
      const t: Truth3 = !decides && (isAbsent(a) || isAbsent(b)) ? absentTruth : test(a, b, s) ? TRUE : FALSE;
      s.truth[index] = t;
      return t;
    };
  }
  const value = leaf.value;
  return (s) => {
    const a = read(s);
    s.actual[index] = a;
    const t: Truth3 = !decides && isAbsent(a) ? absentTruth : test(a, value, s) ? TRUE : FALSE;
    s.truth[index] = t;
    return t;
  };
}

/**
 * Compile a condition tree. Every child of a group is evaluated (no short-circuit), so the slots hold
 * what every leaf saw; Kleene's logic combines them (a decisive child wins, else unknown if any is).
 */
export function compileProgram(tree: CompiledCondition, firstIndex = 0): Program {
  const leaves: LeafInfo[] = [];
  const build = (node: CompiledCondition): ((scope: Scope) => Truth3) => {
    switch (node.kind) {
      case 'leaf': {
        const index = firstIndex + leaves.length;
        leaves.push({
          index, leaf: node, suffix: toPointer(node.segments), sectionPointer: node.fact === 'item' ? undefined : `/${node.fact}${toPointer(node.segments)}`, shown: canonical(node.value),
          ...(node.valueRef ? { refSuffix: toPointer(node.valueRef.segments) } : {}),
        });
        return compileLeaf(node, index);
      }
      case 'not': {
        const child = build(node.child);
        return (s) => { const t = child(s); return t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE; };
      }
      case 'all':
      case 'any': {
        const children = node.children.map(build);
        const decisive = node.kind === 'all' ? FALSE : TRUE;
        const otherwise = node.kind === 'all' ? TRUE : FALSE;
        const n = children.length;
        // json-rules-engine treats an empty group as true, either kind; the loader rejects empty groups.
        if (n === 0) return () => TRUE;
        return (s) => {
          let unknown = false;
          let decided = false;
          for (let i = 0; i < n; i++) {
            const t = children[i]!(s);
            if (t === decisive) decided = true;
            else if (t === UNKNOWN) unknown = true;
          }
          return decided ? decisive : unknown ? UNKNOWN : otherwise;
        };
      }
    }
  };
  const run = build(tree);
  return { run, leaves };
}

/** A fresh scope for evaluating programs with at most `slots` leaves. */
export function newScope(root: Readonly<Record<string, unknown>>, asOf: string, caller: Scope['caller'], perItem: Scope['perItem'], slots: number): Scope {
  return {
    root, item: undefined, itemPointer: undefined, asOf, caller, perItem,
    actual: new Array<unknown>(slots), expected: new Array<unknown>(slots), truth: new Array<Truth3>(slots).fill(UNKNOWN),
  };
}

/** What json-rules-engine's Engine would answer for a tree, from the slots (its operators see absent facts as they are). */
export function jreVerdict(tree: CompiledCondition, scope: Scope, leaves: readonly LeafInfo[]): boolean {
  let next = 0;
  const walk = (node: CompiledCondition): boolean => {
    switch (node.kind) {
      case 'leaf': {
        const info = leaves[next++]!;
        const expected = node.valueRef ? scope.expected[info.index] : node.value;
        return node.operator.test(scope.actual[info.index], expected, scope);
      }
      case 'not': return !walk(node.child);
      case 'all': { const r = node.children.map(walk); return r.every(Boolean); }
      case 'any': { const r = node.children.map(walk); return r.length === 0 || r.some(Boolean); }
    }
  };
  return walk(tree);
}
