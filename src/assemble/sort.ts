import type { CompiledEdition } from '../engine/compiled.js';
import type { FindingHead } from '../report/finding-list.js';
import { naturalCompare } from '../shared/json-pointer.js';

type Sortable = Pick<FindingHead, 'pack' | 'ruleId' | 'pointer'>;

/** The rank of each rule id of an edition in natural order (SG-9 before SG-10): made once per edition. */
const idRanks = new WeakMap<CompiledEdition, ReadonlyMap<string, number>>();

/** An edition's rule ids ranked in natural order, kept as long as the edition is. */
export function idRankOf(edition: CompiledEdition): ReadonlyMap<string, number> {
  let ranks = idRanks.get(edition);
  if (!ranks) {
    const ids = [...new Set(edition.rules.map((r) => r.id))].sort(naturalCompare);
    ranks = new Map(ids.map((id, i) => [id, i]));
    idRanks.set(edition, ranks);
  }
  return ranks;
}

/**
 * Deterministic order: pack, then rule id and pointer in natural order (/a/2 before /a/10); no locale.
 * Stable (ties keep their order). `known` gives, per pack, the ranks of the rule ids of the edition
 * judged (ranked once per edition); when a finding's rule is not among them (a rule only an earlier
 * edition has), the distinct rules of this list are ranked here instead.
 */
export function sortFindings<T extends Sortable>(findings: readonly T[], known: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map()): T[] {
  const n = findings.length;
  const ranks = new Float64Array(n);
  if (!rankByKnown(findings, known, ranks)) rankHere(findings, ranks);
  const pointers = findings.map((f) => f.pointer);
  const order = (a: number, b: number): number => ranks[a]! - ranks[b]! || naturalCompare(pointers[a]!, pointers[b]!);
  // Findings mostly arrive in order (rules in pack order, items in list order): one pass tells.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = order(i - 1, i) <= 0;
  if (sorted) return findings.slice();
  // Indices sorted, not wrappers: nothing is made per finding but numbers.
  const indices = Array.from(ranks, (_, i) => i);
  indices.sort((a, b) => order(a, b) || a - b);
  return indices.map((i) => findings[i]!);
}

/** Ranks from the editions' own id ranks (packs in code-unit order); false when a rule is not among them. */
function rankByKnown(findings: readonly Sortable[], known: ReadonlyMap<string, ReadonlyMap<string, number>>, out: Float64Array): boolean {
  if (known.size === 0) return false;
  const packs = [...known.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const base = new Map<string, number>();
  let next = 0;
  for (const pack of packs) { base.set(pack, next); next += known.get(pack)!.size; }
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const start = base.get(f.pack);
    const rank = start === undefined ? undefined : known.get(f.pack)!.get(f.ruleId);
    if (rank === undefined) return false;
    out[i] = start! + rank;
  }
  return true;
}

/** Ranks of the distinct (pack, rule) pairs of the list itself. */
function rankHere(findings: readonly Sortable[], out: Float64Array): void {
  const rank = new Map<string, Map<string, number>>();
  for (const f of findings) {
    let rules = rank.get(f.pack);
    if (!rules) { rules = new Map(); rank.set(f.pack, rules); }
    rules.set(f.ruleId, 0);
  }
  let next = 0;
  for (const pack of [...rank.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rules = rank.get(pack)!;
    for (const id of [...rules.keys()].sort(naturalCompare)) rules.set(id, next++);
  }
  for (let i = 0; i < findings.length; i++) out[i] = rank.get(findings[i]!.pack)!.get(findings[i]!.ruleId)!;
}
