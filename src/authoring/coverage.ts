import type { CompiledCondition, CompiledEdition, CompiledLeaf, CompiledRule } from '../engine/compiled.js';
import type { Truth } from '../engine/conditions.js';
import type { Finding, Status } from '../report/types.js';
import { leafCanBeUnknown } from './can-be-absent.js';
import type { Coverage, CoverageCounts, EditionCoverage, LeafCoverage, RuleCoverage } from './types.js';

const TRUTHS: readonly Truth[] = ['true', 'false', 'unknown'];
const STATUSES: readonly Status[] = ['pass', 'fail', 'missing', 'not_applicable'];

interface LeafTally { role: LeafCoverage['role']; index: number; leaf: CompiledLeaf; seen: Set<Truth> }
interface RuleTally { statuses: Set<Status>; when: LeafTally[]; check: LeafTally[] }
interface EditionTally { edition: CompiledEdition; rules: Map<string, RuleTally>; appliesTo: Set<Truth> }

/** What the cases of a run have shown so far, edition by edition. */
export type CoverageTally = Map<string, EditionTally>;

/** The leaves of a condition tree in depth-first order: the order the engine writes their evidence in. */
export function leavesOf(node: CompiledCondition | undefined): CompiledLeaf[] {
  if (!node) return [];
  if (node.kind === 'leaf') return [node];
  if (node.kind === 'not') return leavesOf(node.child);
  return node.children.flatMap(leavesOf);
}

const keyOf = (e: CompiledEdition): string => `${e.pack}@${e.edition}#${e.hash}`;

function tallyOf(tally: CoverageTally, edition: CompiledEdition): EditionTally {
  const key = keyOf(edition);
  let entry = tally.get(key);
  if (!entry) {
    const leaves = (role: LeafTally['role'], node: CompiledCondition | undefined): LeafTally[] =>
      leavesOf(node).map((leaf, index) => ({ role, index, leaf, seen: new Set<Truth>() }));
    const rules = new Map(edition.rules.map((r): [string, RuleTally] => [r.id, { statuses: new Set(), when: leaves('when', r.when), check: leaves('check', r.check) }]));
    entry = { edition, rules, appliesTo: new Set() };
    tally.set(key, entry);
  }
  return entry;
}

/** Count what one evaluation of `edition` showed: each finding's status, and each leaf's result from its evidence. */
export function recordFindings(tally: CoverageTally, edition: CompiledEdition, findings: readonly Finding[]): void {
  const entry = tallyOf(tally, edition);
  for (const f of findings) {
    const rule = entry.rules.get(f.ruleId);
    if (!rule || f.edition !== edition.edition) continue;
    if (f.status !== 'waived') rule.statuses.add(f.status);
    const index = { when: 0, check: 0 };
    let outsideScope = false;
    for (const e of f.evidence) {
      if (e.role === 'appliesTo') { outsideScope = true; continue; }
      // An exemption's evidence belongs to the exempting rule, which is tallied from its own findings.
      if (e.role === 'exemption') continue;
      rule[e.role][index[e.role]++]?.seen.add(e.result);
    }
    // The engine shows appliesTo's evidence only when it does not hold: not_applicable when false, else unknown.
    if (edition.appliesTo) entry.appliesTo.add(!outsideScope ? 'true' : f.status === 'not_applicable' ? 'false' : 'unknown');
  }
}

function leafReachable(leaf: CompiledLeaf, rule: Pick<CompiledRule, 'forEach'>): Truth[] {
  return leafCanBeUnknown(leaf, rule) ? [...TRUTHS] : ['true', 'false'];
}

const ordered = <T>(set: ReadonlySet<T>, order: readonly T[]): T[] => order.filter((x) => set.has(x));

function editionCoverage(entry: EditionTally): EditionCoverage {
  const { edition } = entry;
  const appliesToLeaves = leavesOf(edition.appliesTo);
  const appliesToUnknown = appliesToLeaves.some((l) => leafCanBeUnknown(l, {}));
  const rules = edition.rules.map((r): RuleCoverage => {
    const t = entry.rules.get(r.id)!;
    const leaves = [...t.when, ...t.check].map((l): LeafCoverage => ({
      role: l.role, index: l.index, fact: l.leaf.fact, path: l.leaf.path, operator: l.leaf.operator.name, seen: ordered(l.seen, TRUTHS), reachable: leafReachable(l.leaf, r),
    }));
    const canBeUnknown = leaves.some((l) => l.reachable.includes('unknown'));
    const reachable = STATUSES.filter((s) =>
      s === 'not_applicable' ? Boolean(r.when || r.forEach || edition.appliesTo || r.exemptedBy.length > 0)
        : s === 'missing' ? Boolean(r.forEach) || canBeUnknown || appliesToUnknown : true);
    return { rule: r.id, seen: ordered(t.statuses, STATUSES), reachable, leaves };
  });
  return {
    pack: edition.pack, edition: edition.edition, hash: edition.hash,
    ...(edition.appliesTo ? { appliesTo: { seen: ordered(entry.appliesTo, TRUTHS), reachable: appliesToUnknown ? [...TRUTHS] : ['true', 'false'] } } : {}),
    rules, counts: countsOf(rules),
  };
}

function countsOf(rules: readonly RuleCoverage[]): CoverageCounts {
  const leaves = rules.flatMap((r) => r.leaves);
  const seenOutcomes = leaves.reduce((n, l) => n + l.seen.filter((s) => l.reachable.includes(s)).length, 0);
  const outcomes = leaves.reduce((n, l) => n + l.reachable.length, 0);
  return {
    rules: rules.length,
    rulesPassAndFail: rules.filter((r) => r.seen.includes('pass') && r.seen.includes('fail')).length,
    leaves: leaves.length,
    seenTrue: leaves.filter((l) => l.seen.includes('true')).length,
    seenFalse: leaves.filter((l) => l.seen.includes('false')).length,
    seenUnknown: leaves.filter((l) => l.seen.includes('unknown')).length,
    unknownReachable: leaves.filter((l) => l.reachable.includes('unknown')).length,
    seenOutcomes, outcomes,
    // Rounded down, so 99.96 % never shows as 100 %.
    percent: outcomes === 0 ? 100 : Math.floor((seenOutcomes * 1000) / outcomes) / 10,
  };
}

/** The coverage of every edition counted, ordered by pack and date, with the total over all of them. */
export function coverageOf(tally: CoverageTally): Coverage {
  const entries = [...tally.values()].sort((a, b) =>
    (a.edition.pack < b.edition.pack ? -1 : a.edition.pack > b.edition.pack ? 1 : 0) || (a.edition.effective.from < b.edition.effective.from ? -1 : a.edition.effective.from > b.edition.effective.from ? 1 : 0));
  const editions = entries.map(editionCoverage);
  return { editions, total: countsOf(editions.flatMap((e) => e.rules)) };
}

/** Whether the total coverage is below a minimum percentage (compared exactly, not as rounded). */
export function belowMinimum(coverage: Coverage, minimum: number): boolean {
  return coverage.total.seenOutcomes * 100 < minimum * coverage.total.outcomes;
}
