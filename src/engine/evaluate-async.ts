import { Almanac, Engine, type DynamicFactCallback, type RuleProperties } from 'json-rules-engine';
import type { Report } from '../report/types.js';
import { toPointer } from '../shared/json-pointer.js';
import { canonical } from '../shared/messages.js';
import type { CompiledCondition, CompiledLeaf } from './compiled.js';
import { evaluateCondition, type ConditionEvidence, type ConditionResult, type FactLookup, type Truth } from './conditions.js';
import { runEvaluation, type CallerFacts, type EvaluationInput } from './evaluate.js';
import { OPERATORS, type OperatorContext } from './operators.js';
import { parsePath, readPath } from './path.js';

// Asynchronous evaluation through json-rules-engine itself. Caller facts may be promises (or
// json-rules-engine dynamic facts); they are resolved through an Almanac. Then every condition
// tree kanmon would evaluate is run by a json-rules-engine Engine with kanmon's operators
// registered, and kanmon's three-valued truth and evidence are derived from the Engine's
// per-condition results (factResult, valueResult, result). The report is assembled by the same
// code as evaluate(), so for the same data the two give the same report.

/** A caller fact: a value, a promise, or a json-rules-engine dynamic fact `(params, almanac) => value`. */
export type AsyncFactProvider = unknown;

/** Where a caller fact lives: one value for every rule, or one per item of a forEach array. */
export interface AsyncFactScope {
  name: string;
  forEach?: string;
}

/** Resolve caller fact providers through json-rules-engine Almanacs; per-item facts see the fact `item`. */
export async function resolveCallerFacts(
  input: EvaluationInput, providers: Readonly<Record<string, AsyncFactProvider>>, scopes: readonly AsyncFactScope[],
): Promise<CallerFacts> {
  const base = input.callerFacts ?? { global: {}, perItem: {} };
  const global: Record<string, unknown> = { ...base.global };
  const perItem: Record<string, ReadonlyMap<string, unknown>> = { ...base.perItem };
  const descriptorFacts = Object.entries(input.descriptor as unknown as Record<string, unknown>);
  const almanacWith = (extra: Record<string, unknown>): Almanac => {
    const almanac = new Almanac({ allowUndefinedFacts: true });
    for (const [name, value] of [...descriptorFacts, ['asOf', input.asOf] as const, ...Object.entries(extra)]) almanac.addFact(name, value);
    return almanac;
  };
  const asFact = (provider: AsyncFactProvider): DynamicFactCallback => (typeof provider === 'function' ? (provider as DynamicFactCallback) : () => provider);

  for (const scope of scopes.filter((s) => s.forEach === undefined && s.name in providers)) {
    const almanac = almanacWith({});
    almanac.addFact(scope.name, asFact(providers[scope.name]));
    global[scope.name] = await almanac.factValue(scope.name);
  }
  for (const scope of scopes.filter((s) => s.forEach !== undefined && s.name in providers)) {
    const segments = parsePath(scope.forEach!)!;
    const list = readPath(input.descriptor, segments);
    const values = new Map<string, unknown>();
    for (const [index, item] of (Array.isArray(list) ? list : []).entries()) {
      const almanac = almanacWith({ ...global, item });
      almanac.addFact(scope.name, asFact(providers[scope.name]));
      const value = await almanac.factValue(scope.name);
      if (value !== undefined) values.set(`${toPointer(segments)}/${index}`, value);
    }
    perItem[scope.name] = values;
  }
  return { global, perItem };
}

/** Evaluate like runEvaluation, but with every condition tree decided by json-rules-engine's Engine. */
export async function runEvaluationAsync(input: EvaluationInput): Promise<Report> {
  // Pass 1 finds which trees are evaluated against which facts (the pure evaluator steers it).
  const requests: { node: CompiledCondition; lookup: FactLookup; context: OperatorContext }[] = [];
  runEvaluation({ ...input, conditionEvaluator: (node, lookup, context) => { requests.push({ node, lookup, context }); return evaluateCondition(node, lookup, context); } });
  // Every tree seen with the same item runs in one Engine, one json-rules-engine rule per tree.
  const decided = new Map<CompiledCondition, Map<string, ConditionResult>>();
  const groups = new Map<string, typeof requests>();
  for (const request of requests) {
    const key = itemKey(request.lookup);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(request);
  }
  for (const [key, group] of groups) {
    const results = await evaluateWithEngine(group, { asOf: input.asOf });
    group.forEach(({ node }, i) => {
      if (!decided.has(node)) decided.set(node, new Map());
      decided.get(node)!.set(key, results[i]!);
    });
  }
  // Pass 2 builds the report from json-rules-engine's answers.
  return runEvaluation({
    ...input,
    conditionEvaluator: (node, lookup) => {
      const result = decided.get(node)?.get(itemKey(lookup));
      if (!result) throw new Error('kanmon internal error: json-rules-engine and kanmon took different paths through a rule');
      return result;
    },
  });
}

const itemKey = (lookup: FactLookup): string => lookup('item')?.pointer ?? '';
const absent = (v: unknown): boolean => v === undefined || v === null;

type RawCondition = { all: RawCondition[] } | { any: RawCondition[] } | { not: RawCondition } | { fact: string; path?: string; operator: string; value: unknown };
interface ConditionOutcome { all?: ConditionOutcome[]; any?: ConditionOutcome[]; not?: ConditionOutcome; factResult?: unknown; valueResult?: unknown; result?: boolean }

function toRaw(node: CompiledCondition): RawCondition {
  switch (node.kind) {
    case 'all': return { all: node.children.map(toRaw) };
    case 'any': return { any: node.children.map(toRaw) };
    case 'not': return { not: toRaw(node.child) };
    case 'leaf': return {
      fact: node.fact, ...(node.segments.length ? { path: node.path } : {}), operator: node.operator.name,
      value: node.valueRef ? { fact: node.valueRef.fact, ...(node.valueRef.segments.length ? { path: node.valueRef.path } : {}) } : node.value,
    };
  }
}

function factNames(node: CompiledCondition, into = new Set<string>()): Set<string> {
  if (node.kind === 'leaf') {
    into.add(node.fact);
    if (node.valueRef) into.add(node.valueRef.fact);
  } else if (node.kind === 'not') factNames(node.child, into);
  else node.children.forEach((c) => factNames(c, into));
  return into;
}

async function evaluateWithEngine(requests: readonly { node: CompiledCondition; lookup: FactLookup }[], context: OperatorContext): Promise<ConditionResult[]> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of OPERATORS.values()) engine.addOperator(op.name, (a: unknown, b: unknown) => op.test(a, b, context));
  const facts: Record<string, unknown> = {};
  requests.forEach(({ node, lookup }, i) => {
    const conditions = node.kind === 'leaf' ? { all: [toRaw(node)] } : toRaw(node);
    engine.addRule({ name: String(i), conditions: conditions as RuleProperties['conditions'], event: { type: 'holds' } });
    for (const name of factNames(node)) {
      const value = lookup(name)?.value;
      if (value !== undefined) facts[name] = value;
    }
  });
  const { results, failureResults } = await engine.run(facts);
  const byName = new Map([...results, ...failureResults].map((r) => [r.name, r.conditions as unknown as ConditionOutcome]));
  return requests.map(({ node, lookup }, i) => {
    const outcome = byName.get(String(i))!;
    const evidence: ConditionEvidence[] = [];
    const { truth, jre } = derive(node, node.kind === 'leaf' ? outcome.all![0]! : outcome, lookup, evidence);
    return { truth, jre, evidence };
  });
}

/** kanmon's three-valued truth from json-rules-engine's per-condition results (same rules as conditions.ts). */
function derive(node: CompiledCondition, outcome: ConditionOutcome, lookup: FactLookup, evidence: ConditionEvidence[]): { truth: Truth; jre: boolean } {
  switch (node.kind) {
    case 'leaf': return deriveLeaf(node, outcome, lookup, evidence);
    case 'not': {
      const inner = derive(node.child, outcome.not!, lookup, evidence);
      return { truth: inner.truth === 'unknown' ? 'unknown' : inner.truth === 'true' ? 'false' : 'true', jre: !inner.jre };
    }
    case 'all':
    case 'any': {
      const results = node.children.map((child, i) => derive(child, outcome[node.kind]![i]!, lookup, evidence));
      const decisive = node.kind === 'all' ? 'false' : 'true';
      const truth: Truth = results.length === 0 ? 'true' : results.some((r) => r.truth === decisive)
        ? decisive
        : results.some((r) => r.truth === 'unknown') ? 'unknown' : node.kind === 'all' ? 'true' : 'false';
      // The root group carries no result of its own in json-rules-engine; combine the children's as it does.
      return { truth, jre: node.kind === 'all' ? results.every((r) => r.jre) : results.some((r) => r.jre) };
    }
  }
}

function deriveLeaf(leaf: CompiledLeaf, outcome: ConditionOutcome, lookup: FactLookup, evidence: ConditionEvidence[]): { truth: Truth; jre: boolean } {
  const pointerOf = (fact: string, segments: CompiledLeaf['segments']): string | undefined => {
    const entry = lookup(fact);
    return entry?.pointer === undefined ? undefined : entry.pointer + toPointer(segments);
  };
  const actual = outcome.factResult;
  const expected = leaf.valueRef ? outcome.valueResult : leaf.value;
  const holds = outcome.result === true;
  const unknown = !leaf.operator.decidesAbsence && (absent(actual) || (leaf.valueRef !== undefined && absent(expected)));
  const truth: Truth = unknown ? 'unknown' : holds ? 'true' : 'false';
  evidence.push({
    fact: leaf.fact, path: leaf.path, pointer: pointerOf(leaf.fact, leaf.segments), operator: leaf.operator.name, expected: canonical(expected),
    ...(leaf.valueRef ? { expectedFrom: { fact: leaf.valueRef.fact, path: leaf.valueRef.path, pointer: pointerOf(leaf.valueRef.fact, leaf.valueRef.segments) } } : {}),
    actual: canonical(actual), result: truth,
  });
  return { truth, jre: holds };
}
