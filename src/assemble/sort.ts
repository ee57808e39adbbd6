import type { FindingHead } from '../report/finding-list.js';
import { naturalCompare } from '../shared/json-pointer.js';

type Sortable = Pick<FindingHead, 'pack' | 'ruleId' | 'pointer'>;

/**
 * Deterministic order: pack, then rule id and pointer in natural order (/a/2 before /a/10); no locale.
 * Stable (ties keep their order). The distinct rules are ranked once, so most comparisons are of two numbers.
 */
export function sortFindings<T extends Sortable>(findings: readonly T[]): T[] {
  if (inOrder(findings)) return findings.slice();
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
  // Indices sorted, not wrappers: nothing is made per finding but two numbers. Findings arrive mostly
  // in order (rules in pack order, items in list order), which Array.prototype.sort (a merge of runs)
  // sorts in close to one pass.
  const n = findings.length;
  const ranks = new Int32Array(n);
  const pointers = findings.map((f) => f.pointer);
  for (let i = 0; i < n; i++) {
    const f = findings[i]!;
    ranks[i] = rank.get(f.pack)!.get(f.ruleId)!;
  }
  const order = Array.from(ranks, (_, i) => i);
  order.sort((a, b) => ranks[a]! - ranks[b]! || naturalCompare(pointers[a]!, pointers[b]!) || a - b);
  return order.map((i) => findings[i]!);
}

/** Whether findings are already in order (as they mostly arrive: rules in pack order, items in list order): one pass. */
function inOrder(findings: readonly Sortable[]): boolean {
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1]!;
    const b = findings[i]!;
    const byPack = a.pack < b.pack ? -1 : a.pack > b.pack ? 1 : 0;
    if (byPack > 0 || (byPack === 0 && (naturalCompare(a.ruleId, b.ruleId) || naturalCompare(a.pointer, b.pointer)) > 0)) return false;
  }
  return true;
}
