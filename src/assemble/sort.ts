import type { FindingHead } from '../report/finding-list.js';
import { naturalCompare } from '../shared/json-pointer.js';

type Sortable = Pick<FindingHead, 'pack' | 'ruleId' | 'pointer'>;

/**
 * Deterministic order: pack, then rule id and pointer in natural order (/a/2 before /a/10); no locale.
 * Stable. The few distinct rules are ranked once, so most comparisons are of two numbers.
 */
export function sortFindings<T extends Sortable>(findings: readonly T[]): T[] {
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
  const keyed = findings.map((f) => ({ f, rank: rank.get(f.pack)!.get(f.ruleId)!, pointer: f.pointer }));
  keyed.sort((a, b) => a.rank - b.rank || naturalCompare(a.pointer, b.pointer));
  return keyed.map((k) => k.f);
}
