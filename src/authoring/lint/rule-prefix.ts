import { findingIn, writtenRules, type EditionFile } from './edition-file.js';
import type { LintFinding } from './types.js';

const prefixOf = (id: string): string => id.slice(0, id.indexOf('-'));

/** The prefix more than half of the pack's rule ids share (SG in SG-PLAN-03), with the counts; none when no prefix has a majority. */
export function packPrefix(family: readonly EditionFile[]): { prefix: string; count: number; total: number } | undefined {
  const ids = new Set(family.flatMap((e) => writtenRules(e.written).map(({ rule }) => rule.id)));
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(prefixOf(id), (counts.get(prefixOf(id)) ?? 0) + 1);
  const [prefix, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return count * 2 > ids.size ? { prefix, count, total: ids.size } : undefined;
}

/** Rule ids the file writes that do not start with the pack's prefix: a slip, or a rule put in the wrong pack. */
export function ruleIdPrefixes(edition: EditionFile, family: readonly EditionFile[]): LintFinding[] {
  const shared = packPrefix(family);
  if (!shared) return [];
  return writtenRules(edition.written)
    .filter(({ rule }) => prefixOf(rule.id) !== shared.prefix)
    .map(({ rule, pointer }) => findingIn(edition, {
      code: 'rule-id-prefix', pointer: `${pointer}/id`, params: { rule: rule.id, pack: edition.written.pack, ...shared }, ruleId: rule.id,
    }));
}
