// T2's baseline: json-rules-engine evaluating the same rules, translated mechanically from the
// compiled edition (kanmon's conditions are json-rules-engine's format). The fairest set-up we know:
// one Engine, every rule added once, built before timing. kanmon's own operators are registered
// with addOperator; json-rules-engine's built-in ones keep their own code.
//
// One json-rules-engine rule per kanmon rule: { all: [scope guard, when, check] } with condition
// priorities 3, 2, 1, so json-rules-engine stops at the guard for rules of another list and skips
// the check when `when` does not hold. A run is one scope: the project (rules without forEach and
// the pack's appliesTo), or one item of a forEach list (facts: the descriptor's sections, `asOf`,
// `item`). kanmon's statuses are then read from json-rules-engine's per-condition results
// (factResult, valueResult, result): a comparison whose fact is absent is unknown → missing.
import { Engine } from 'json-rules-engine';
import { applyExemptions, F, japanToday, listPointer, readList, statusOf, T, U } from '../statuses.mjs';

const APPLIES = '(appliesTo)';
// Only a missing key is absent (unknown); null is a statement ("none") that operators compare.
const absent = (v) => v === undefined;

/** A json-rules-engine pathResolver for kanmon's path subset: `$`, `.name`, `[index]`, parsed once per path. */
export function createDotPathResolver() {
  const parsed = new Map();
  return (value, path) => {
    let steps = parsed.get(path);
    if (steps === undefined) {
      steps = path.slice(1).replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
      parsed.set(path, steps);
    }
    let at = value;
    for (const step of steps) {
      if (at === null || typeof at !== 'object') return undefined;
      at = at[step];
    }
    return at;
  };
}

/**
 * Build the Engine for a rule model (from the adapter's ruleModel) and return
 * `statuses(descriptor, asOf = evaluatedOn or today in Japan) → Promise<[{ ruleId, pointer, status }]>`.
 */
export function createJreBaseline(model, operators, { pathResolver } = {}) {
  let asOf = '';
  const engine = new Engine([], { allowUndefinedFacts: true, ...(pathResolver ? { pathResolver } : {}) });
  for (const op of operators) if (!op.builtIntoJre) engine.addOperator(op.name, (fact, value) => op.test(fact, value, asOf));
  const decidesAbsence = new Set(operators.filter((op) => op.decidesAbsence).map((op) => op.name));
  const guard = (scope) => ({ fact: 'scope', operator: 'equal', value: scope, priority: 3 });
  if (model.appliesTo) engine.addRule({ name: APPLIES, conditions: { all: [guard(''), { ...model.appliesTo, priority: 2 }] }, event: { type: APPLIES } });
  for (const rule of model.rules) {
    const parts = [guard(rule.forEach ?? ''), ...(rule.when ? [{ ...rule.when, priority: 2 }] : []), { ...rule.check, priority: 1 }];
    engine.addRule({ name: rule.id, conditions: { all: parts }, event: { type: rule.id } });
  }
  const lists = [...new Set(model.rules.map((r) => r.forEach).filter(Boolean))];
  const rulesOf = new Map(lists.map((path) => [path, model.rules.filter((r) => r.forEach === path)]));
  const hasWhen = new Set(model.rules.filter((r) => r.when).map((r) => r.id));
  const exemptions = model.rules.flatMap((r) => r.exemptedBy.map((by) => ({ ruleId: r.id, by, byForEach: model.rules.find((x) => x.id === by)?.forEach !== undefined })));

  const truthOf = (c) => {
    if (Array.isArray(c.all) || Array.isArray(c.any)) {
      const truths = (c.all ?? c.any).map(truthOf);
      const decisive = c.all ? F : T;
      return truths.includes(decisive) ? decisive : truths.includes(U) ? U : c.all ? T : F;
    }
    if (c.not) {
      const inner = truthOf(c.not);
      return inner === U ? U : inner === T ? F : T;
    }
    const reference = c.value !== null && typeof c.value === 'object' && !Array.isArray(c.value) && 'fact' in c.value;
    if (!decidesAbsence.has(c.operator) && (absent(c.factResult) || (reference && absent(c.valueResult)))) return U;
    return c.result === true ? T : F;
  };
  const collect = (run, pointer, out) => {
    for (const result of [...run.results, ...run.failureResults]) {
      const [scopeGuard, ...parts] = result.conditions.all;
      if (scopeGuard.result !== true || result.name === APPLIES) continue;
      const when = hasWhen.has(result.name) ? truthOf(parts[0]) : undefined;
      out.push({ ruleId: result.name, pointer, status: statusOf(when, () => truthOf(parts[parts.length - 1])) });
    }
  };

  return async (descriptor, asOfValue = descriptor.evaluatedOn ?? japanToday()) => {
    asOf = asOfValue;
    const facts = { ...descriptor, asOf };
    const project = await engine.run({ ...facts, scope: '' });
    const applies = project.results.concat(project.failureResults).find((r) => r.name === APPLIES);
    const truth = applies ? truthOf(applies.conditions.all[1]) : T;
    // A rule whose own dates leave out as-of is not in force: one finding, before anything else is asked.
    const inForce = (r) => !r.effective || ((r.effective.from ?? asOf) <= asOf && asOf <= (r.effective.until ?? asOf));
    const out = model.rules.filter((r) => !inForce(r)).map((r) => ({ ruleId: r.id, pointer: r.forEach ? listPointer(r.forEach) : '', status: 'not_applicable' }));
    const skip = new Set(out.map((r) => r.ruleId));
    if (truth !== T) {
      const status = truth === F ? 'not_applicable' : 'missing';
      return [...out, ...model.rules.filter((r) => !skip.has(r.id)).map((r) => ({ ruleId: r.id, pointer: '', status }))];
    }
    const judged = [];
    collect(project, '', judged);
    for (const path of lists) {
      const list = readList(descriptor, path);
      const base = listPointer(path);
      if (!Array.isArray(list) || list.length === 0) {
        for (const r of rulesOf.get(path)) judged.push({ ruleId: r.id, pointer: base, status: Array.isArray(list) ? 'not_applicable' : 'missing' });
        continue;
      }
      for (let i = 0; i < list.length; i++) collect(await engine.run({ ...facts, scope: path, item: list[i] }), `${base}/${i}`, judged);
    }
    return applyExemptions([...out, ...judged.filter((r) => !skip.has(r.ruleId))], exemptions);
  };
}
