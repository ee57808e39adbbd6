import type { FindingHead } from '../report/finding-list.js';
import { naturalCompare } from '../shared/json-pointer.js';

/** Deterministic order: pack, then rule id and pointer in natural order (/a/2 before /a/10); no locale. Stable. */
export function sortFindings<T extends Pick<FindingHead, 'pack' | 'ruleId' | 'pointer'>>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => (a.pack < b.pack ? -1 : a.pack > b.pack ? 1 : 0) || naturalCompare(a.ruleId, b.ruleId) || naturalCompare(a.pointer, b.pointer));
}
