import { factPointer, isSection, UNKNOWN, type LeafInfo, type Program, type Scope } from '../engine/program.js';
import type { Evidence, EvidenceRole } from '../report/types.js';
import { canonical } from '../shared/messages.js';
import { EvidenceRecord } from './records.js';

const TRUTH_NAME = ['false', 'true', 'unknown'] as const;

/** What leafEvidence reads besides the leaf: set by evidenceOf for the length of one map (it does not recur). */
const current: { role: EvidenceRole; scope: Scope | undefined } = { role: 'check', scope: undefined };

/**
 * The evidence of one program's leaves, from what they left in the scope's slots (a new array: see
 * records.ts). It runs for every finding reported, so it makes the array and the records and nothing
 * else: no closure per call.
 */
export function evidenceOf(program: Program, role: EvidenceRole, scope: Scope): Evidence[] {
  current.role = role;
  current.scope = scope;
  const evidence = program.leaves.map(leafEvidence);
  current.scope = undefined;
  return evidence;
}

/** canonical() of a value, without the call for a string, number, boolean or null (most values a leaf reads). */
function canonicalValue(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? canonical(value) : value;
}

function leafEvidence(info: LeafInfo): Evidence {
  const scope = current.scope!;
  const leaf = info.leaf;
  const e = new EvidenceRecord(
    leaf.fact, leaf.path, leafPointer(info, scope), leaf.operator.name,
    leaf.valueRef ? canonical(scope.expected[info.index]) : info.shown,
    canonicalValue(scope.actual[info.index]), TRUTH_NAME[scope.truth[info.index] ?? UNKNOWN], current.role,
  );
  if (leaf.valueRef) {
    const refBase = factPointer(scope, leaf.valueRef.fact);
    e.expectedFrom = {
      fact: leaf.valueRef.fact, path: leaf.valueRef.path, pointer: refBase === undefined ? undefined : refBase + info.refSuffix!,
      ...(leaf.valueRef.times !== undefined ? { times: leaf.valueRef.times } : {}),
    };
  }
  return e;
}

/** Where a leaf's value is in the descriptor (a section's pointer is made once, shared by every finding), or undefined. */
function leafPointer(info: LeafInfo, scope: Scope): string | undefined {
  const fact = info.leaf.fact;
  if (fact === 'item') return scope.itemPointer === undefined ? undefined : scope.itemPointer + info.suffix;
  return isSection(scope, fact) ? info.sectionPointer : undefined;
}

/**
 * firstPointer of a program's evidence, read from the scope without building the evidence: the first
 * leaf with a place (and the result, when given), else the first with a place, else ''.
 */
export function firstLeafPointer(program: Program, scope: Scope, result?: Evidence['result']): string {
  let any: string | undefined;
  for (const info of program.leaves) {
    const pointer = leafPointer(info, scope);
    if (pointer === undefined) continue;
    if (result === undefined || TRUTH_NAME[scope.truth[info.index] ?? UNKNOWN] === result) return pointer;
    any ??= pointer;
  }
  return any ?? '';
}

/** The first pointer among the evidence (of a result, and of a role, when given). */
export function firstPointer(evidence: readonly Evidence[], result?: string, role?: EvidenceRole): string {
  // One pass, nothing allocated: it runs for every finding.
  let any: string | undefined;
  for (const e of evidence) {
    if (e.pointer === undefined || (role !== undefined && e.role !== role)) continue;
    if (result === undefined || e.result === result) return e.pointer;
    any ??= e.pointer;
  }
  return any ?? '';
}

/** Where the absent facts behind unknown comparisons belong, as one comma-separated list. */
export function unknownPointers(evidence: readonly Evidence[]): string {
  const set = new Set<string>();
  for (const e of evidence) {
    if (e.result !== 'unknown') continue;
    if (e.actual === undefined || e.actual === null) set.add(e.pointer ?? `${e.fact} ${e.path}`);
    else if (e.expectedFrom) set.add(e.expectedFrom.pointer ?? `${e.expectedFrom.fact} ${e.expectedFrom.path}`);
  }
  return [...set].join(', ');
}
