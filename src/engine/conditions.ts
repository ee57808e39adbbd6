import { toPointer } from '../shared/json-pointer.js';
import type { CompiledCondition, CompiledLeaf } from './compiled.js';
import { canonical } from '../shared/messages.js';
import type { OperatorContext } from './operators.js';
import { readPath } from './path.js';

/** Three-valued truth: `unknown` when a fact a comparison needs is absent. */
export type Truth = 'true' | 'false' | 'unknown';

/** A fact available to conditions: its value and where it sits in the descriptor. */
export interface FactEntry {
  value: unknown;
  pointer?: string;
}

/** Looks facts up by name (descriptor sections, `item`, `asOf`). */
export type FactLookup = (name: string) => FactEntry | undefined;

/** What one comparison saw: the evidence a finding carries. */
export interface ConditionEvidence {
  fact: string;
  path: string;
  pointer?: string;
  operator: string;
  expected: unknown;
  expectedFrom?: { fact: string; path: string; pointer?: string };
  actual: unknown;
  result: Truth;
}

/** Result of a condition tree: kanmon's three-valued truth, json-rules-engine's boolean, evidence. */
export interface ConditionResult {
  truth: Truth;
  /** What json-rules-engine's Engine would answer for the same tree and facts. */
  jre: boolean;
  evidence: ConditionEvidence[];
}

const absent = (v: unknown): boolean => v === undefined || v === null;


function resolve(lookup: FactLookup, fact: string, segments: readonly (string | number)[]): { value: unknown; pointer?: string } {
  const entry = lookup(fact);
  if (!entry) return { value: undefined };
  const value = segments.length === 0 ? entry.value : readPath(entry.value, segments);
  return { value, pointer: entry.pointer === undefined ? undefined : entry.pointer + toPointer(segments) };
}

function evaluateLeaf(leaf: CompiledLeaf, lookup: FactLookup, context: OperatorContext, evidence: ConditionEvidence[]): { truth: Truth; jre: boolean } {
  const actual = resolve(lookup, leaf.fact, leaf.segments);
  const expected = leaf.valueRef ? resolve(lookup, leaf.valueRef.fact, leaf.valueRef.segments) : { value: leaf.value };
  const holds = leaf.operator.test(actual.value, expected.value, context);
  const unknown = !leaf.operator.decidesAbsence && (absent(actual.value) || (leaf.valueRef !== undefined && absent(expected.value)));
  const truth: Truth = unknown ? 'unknown' : holds ? 'true' : 'false';
  evidence.push({
    fact: leaf.fact,
    path: leaf.path,
    pointer: actual.pointer,
    operator: leaf.operator.name,
    expected: canonical(expected.value),
    ...(leaf.valueRef ? { expectedFrom: { fact: leaf.valueRef.fact, path: leaf.valueRef.path, pointer: expected.pointer } } : {}),
    actual: canonical(actual.value),
    result: truth,
  });
  return { truth, jre: holds };
}

function evaluateNode(node: CompiledCondition, lookup: FactLookup, context: OperatorContext, evidence: ConditionEvidence[]): { truth: Truth; jre: boolean } {
  switch (node.kind) {
    case 'leaf':
      return evaluateLeaf(node, lookup, context, evidence);
    case 'not': {
      const inner = evaluateNode(node.child, lookup, context, evidence);
      return { truth: inner.truth === 'unknown' ? 'unknown' : inner.truth === 'true' ? 'false' : 'true', jre: !inner.jre };
    }
    case 'all':
    case 'any': {
      // Every child is evaluated (no short-circuit) so the evidence is complete; results are pure.
      const results = node.children.map((child) => evaluateNode(child, lookup, context, evidence));
      if (results.length === 0) return { truth: 'true', jre: true }; // json-rules-engine: an empty group is true
      const decisive = node.kind === 'all' ? 'false' : 'true';
      const truth: Truth = results.some((r) => r.truth === decisive)
        ? decisive
        : results.some((r) => r.truth === 'unknown') ? 'unknown' : node.kind === 'all' ? 'true' : 'false';
      const jre = node.kind === 'all' ? results.every((r) => r.jre) : results.some((r) => r.jre);
      return { truth, jre };
    }
  }
}

/** Evaluate a compiled condition tree against facts. Pure and synchronous. */
export function evaluateCondition(node: CompiledCondition, lookup: FactLookup, context: OperatorContext): ConditionResult {
  const evidence: ConditionEvidence[] = [];
  const { truth, jre } = evaluateNode(node, lookup, context, evidence);
  return { truth, jre, evidence };
}
