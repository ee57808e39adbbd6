import { msg, type MessageId } from '../../diagnostics/catalogue/index.js';
import type { Status } from '../../report/types.js';
import { nest } from '../problems.js';
import type { EditionCoverage } from '../types.js';
import { editionName, findingIn, writtenRules, type EditionFile } from './edition-file.js';
import type { LintFinding } from './types.js';

/**
 * Rules of an edition that no case shows failing, or passing, on it (the project's own packs must
 * show both for every rule). Cases count only when they ran this edition as this file writes it (same
 * content hash). An edition no case ran is one finding, not one per rule, and only when every case
 * table could run (`complete`): a refused table may be the one that tests it.
 */
export function untestedRules(edition: EditionFile, covered: readonly EditionCoverage[], complete: boolean): LintFinding[] {
  const compiled = edition.compiled;
  if (!compiled) return [];
  const name = editionName(compiled);
  const runs = covered.filter((e) => e.pack === compiled.pack && e.edition === compiled.edition && e.hash === compiled.hash);
  if (runs.length === 0) return complete ? [findingIn(edition, { code: 'untested-edition', pointer: '/edition', params: { edition: name } })] : [];
  const seen = new Map<string, Set<Status>>();
  for (const r of runs.flatMap((e) => e.rules)) seen.set(r.rule, new Set([...(seen.get(r.rule) ?? []), ...r.seen]));
  const written = new Map(writtenRules(edition.written).map(({ rule, pointer }) => [rule.id, pointer]));
  return compiled.rules.flatMap((rule) => {
    const statuses = seen.get(rule.id) ?? new Set<Status>();
    const lacking = (['fail', 'pass'] as const).filter((s) => !statuses.has(s));
    if (lacking.length === 0) return [];
    const which = lacking.length === 2 ? 'both' : lacking[0]!;
    const own = written.get(rule.id);
    // An inherited rule is written in the base's file; this edition's cases are what is missing, so say it here.
    const pointer = own !== undefined ? `${own}/id` : '/extends';
    const finding = findingIn(edition, { code: 'untested-rule', pointer, params: { rule: rule.id, edition: name }, message: `lint.untested-rule.${which}` as MessageId, ruleId: rule.id });
    const label = own !== undefined ? { ja: rule.id, en: rule.id } : msg('lint.untested-rule.inherited', { rule: rule.id, base: edition.written.extends });
    return [{
      ...finding,
      message: nest(msg(`lint.untested-rule.${which}` as MessageId, { edition: name }), 'rule', label),
      hint: nest(msg('lint.untested-rule.hint'), 'outcomes', msg(`lint.outcome.${which}` as MessageId)),
    }];
  });
}
