// T1 and T2: kanmon's evaluate() on standard-guideline@2021-09 and the national-compliant example,
// against hand-written closures (+ ajv) and against json-rules-engine. Before timing, every
// contestant's statuses are compared with kanmon's on the example, and then on every example
// descriptor and on generated ones, so a baseline that drifts from the rules is caught.
import { createClosureBaseline } from '../baselines/sg-2021-09-closures.mjs';
import { createDotPathResolver, createJreBaseline } from '../baselines/jre.mjs';
import { bundledEdition, evaluatePinned, findingStatuses, operators, readDescriptor, ruleModel } from '../kanmon-adapter.mjs';
import { interleave, localContestant } from '../measure.mjs';
import { compareStatuses, listPointer, statusMap } from '../statuses.mjs';
import { atLeast, atMost, contestRow, unmeasuredRow } from './row.mjs';

const PACK = 'standard-guideline';
const EDITION = '2021-09';
const EXAMPLE = 'docs/examples/national-compliant.yaml';
const KANMON = 'kanmon evaluate';

/** Run T1 and/or T2a and T2b, emitting each row as it is measured; `crossCheck` is the list of extra descriptors the statuses are compared on. */
export async function ruleRows({ crossCheck, measure, log, emit, rows: which = { t1: true, t2: true } }) {
  const descriptor = readDescriptor(EXAMPLE);
  const model = ruleModel(bundledEdition(PACK, EDITION));
  const lists = new Map(model.rules.filter((r) => r.forEach).map((r) => [r.id, listPointer(r.forEach)]));
  const kanmonStatuses = (d) => statusMap(findingStatuses(evaluatePinned(d, PACK, EDITION)), lists);
  const expected = kanmonStatuses(descriptor);
  const expectedAll = crossCheck.map(kanmonStatuses);

  const closures = createClosureBaseline();
  const jreDefault = createJreBaseline(model, operators());
  const jreDotPath = createJreBaseline(model, operators(), { pathResolver: createDotPathResolver() });
  const kanmon = localContestant(KANMON, () => evaluatePinned(descriptor, PACK, EDITION));

  const check = async (statusesOf) => {
    const main = compareStatuses(expected, statusMap(await statusesOf(descriptor), lists));
    let equal = 0;
    let total = 0;
    const differences = [...main.differences.map((d) => `${EXAMPLE}: ${d}`)];
    for (const [i, d] of crossCheck.entries()) {
      const c = compareStatuses(expectedAll[i], statusMap(await statusesOf(d), lists));
      equal += c.equal;
      total += c.total;
      differences.push(...c.differences.map((x) => `${d.id}: ${x}`));
    }
    const text = `${main.equal}/${main.total} statuses equal; ${equal.toLocaleString('en')}/${total.toLocaleString('en')} on ${crossCheck.length} more descriptors`;
    log(`  check: ${text}`);
    if (differences.length) log(`  !!! STATUSES DIFFER — the baseline no longer computes kanmon's statuses; not timed. First differences (kanmon ≠ baseline):\n${differences.slice(0, 8).map((d) => `      ${d}`).join('\n')}`);
    return { text, valid: differences.length === 0 };
  };
  // Time a pair only when the baseline was shown to compute kanmon's statuses.
  const contest = async ({ id, title, baseline, statusesOf, kanmonFirst, target }) => {
    log(`${id} ${title}`);
    const { text, valid } = await check(statusesOf);
    if (!valid) return emit(unmeasuredRow({ id, title, target, check: text }));
    const pair = kanmonFirst ? [kanmon, baseline] : [baseline, kanmon];
    const [numerator, denominator] = pair.map((c) => c.name);
    return emit(contestRow({ id, title, results: await interleave(pair, measure), numerator, denominator, target, check: text }));
  };

  if (which.t1) {
    await contest({
      id: 'T1', title: `evaluate, ${PACK}@${EDITION}, national-compliant ÷ ajv + hand-written closures (${model.rules.length} rules)`,
      baseline: localContestant('ajv + closures', () => closures(descriptor)), statusesOf: (d) => closures(d), kanmonFirst: true, target: atMost(3),
    });
  }
  const jreVariants = [['T2a', 'default path resolver', jreDefault, atLeast(20)], ['T2b', 'plain dot-path resolver', jreDotPath, undefined]];
  for (const [id, label, jre, target] of which.t2 ? jreVariants : []) {
    await contest({
      id, title: `json-rules-engine (${label}; one engine, rules added once) ÷ kanmon, same rule × item evaluations`,
      baseline: localContestant(`json-rules-engine, ${label}`, () => jre(descriptor)), statusesOf: (d) => jre(d), kanmonFirst: false, target,
    });
  }
}
