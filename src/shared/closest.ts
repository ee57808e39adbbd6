import { msg } from '../diagnostics/catalogue/index.js';
import type { Bilingual } from './messages.js';

/**
 * The candidates closest to a misspelt name: those at the smallest distance found, at most three.
 * Distances count a swap of two neighbouring characters as one edit, a common slip in ids (SG-PALN-01).
 */
export function closestNames(name: string, candidates: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const distance = alignmentDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
  return scored.filter((s) => s.distance === scored[0]!.distance).slice(0, 3).map((s) => s.candidate);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function alignmentDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** " Did you mean …?" for the known names closest to a misspelt one (empty text when none is close). */
export function didYouMean(name: string, known: Iterable<string>): Bilingual {
  const close = closestNames(name, known);
  return close.length > 0 ? msg('did-you-mean', { names: close.join(', ') }) : { ja: '', en: '' };
}
