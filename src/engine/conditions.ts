import type { CompiledCondition } from './compiled.js';
import type { OperatorContext } from './operators.js';
import { compileProgram, factPointer, jreVerdict, newScope } from './program.js';

/** Three-valued truth: `unknown` when a fact a comparison needs is absent. */
export type Truth = 'true' | 'false' | 'unknown';

/** A fact's value and, where it lives in the descriptor, its pointer. */
export interface FactEntry {
  value: unknown;
  pointer?: string;
}

/** Looks facts up by name. */
export type FactLookup = (name: string) => FactEntry | undefined;

/** What one comparison saw. */
export interface ConditionEvidence {
  fact: string;
  path: string;
  pointer?: string;
  operator: string;
  expected: unknown;
  actual: unknown;
  result: Truth;
}

/** Result of a condition tree: kanmon's three-valued truth, json-rules-engine's boolean, and per-leaf evidence. */
export interface ConditionResult {
  truth: Truth;
  /** What json-rules-engine's Engine would answer for the same tree and facts. */
  jre: boolean;
  evidence: ConditionEvidence[];
}

const NAMES = ['false', 'true', 'unknown'] as const;

function factNames(node: CompiledCondition, into: Set<string>): Set<string> {
  if (node.kind === 'leaf') {
    into.add(node.fact);
    if (node.valueRef) into.add(node.valueRef.fact);
  } else if (node.kind === 'not') factNames(node.child, into);
  else for (const child of node.children) factNames(child, into);
  return into;
}

/** Evaluate one condition tree against facts looked up by name (for tools and tests; the engine runs compiled programs). */
export function evaluateCondition(node: CompiledCondition, lookup: FactLookup, context: OperatorContext): ConditionResult {
  const root: Record<string, unknown> = {};
  for (const name of factNames(node, new Set())) {
    const entry = lookup(name);
    if (entry && entry.value !== undefined) root[name] = entry.value;
  }
  const program = compileProgram(node);
  const scope = newScope(root, context.asOf, {}, {}, program.leaves.length);
  const truth = program.run(scope);
  const evidence = program.leaves.map((info): ConditionEvidence => {
    const base = factPointer(scope, info.leaf.fact);
    return {
      fact: info.leaf.fact, path: info.leaf.path, ...(base !== undefined ? { pointer: base + info.suffix } : {}), operator: info.leaf.operator.name,
      expected: info.leaf.valueRef ? scope.expected[info.index] : info.shown, actual: scope.actual[info.index], result: NAMES[scope.truth[info.index]!],
    };
  });
  return { truth: NAMES[truth], jre: jreVerdict(node, scope, program.leaves), evidence };
}
