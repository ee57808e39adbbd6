import type { CompiledEdition } from '../engine/compiled.js';
import type { Finding } from '../report/types.js';
import type { Lang } from '../shared/messages.js';
import { STATUS_TEXT } from './status-messages.js';
import { fillNamed } from './templates.js';

/**
 * A failing or missing finding is not applicable when a rule that exempts it (e.g. a transitional
 * exemption) passed — for the same item when the exempting rule iterates too, else for the project.
 * The passing findings are indexed once, so this is linear in the number of findings.
 */
export function applyExemptions(findings: readonly Finding[], edition: CompiledEdition, lang: Lang): Finding[] {
  const rules = new Map(edition.rules.map((r) => [r.id, r]));
  const exempting = new Set(edition.rules.flatMap((r) => r.exemptedBy));
  if (exempting.size === 0) return findings as Finding[];
  const passed = new Set<string>();
  for (const g of findings) {
    if (g.status !== 'pass' || !exempting.has(g.ruleId)) continue;
    passed.add(rules.get(g.ruleId)!.forEach ? `${g.ruleId}\u0000${g.pointer}` : g.ruleId);
  }
  return findings.map((f) => {
    if (f.status !== 'fail' && f.status !== 'missing') return f;
    for (const exemptId of rules.get(f.ruleId)?.exemptedBy ?? []) {
      const by = rules.get(exemptId)!;
      if (!passed.has(by.forEach ? `${exemptId}\u0000${f.pointer}` : exemptId)) continue;
      const reason = fillNamed(STATUS_TEXT.exempted[lang], { exemptId, exemptTitle: by.title[lang] });
      const { remediation: _dropped, ...rest } = f;
      return { ...rest, status: 'not_applicable' as const, exemptedBy: exemptId, reason, message: `${f.title}: ${reason}` };
    }
    return f;
  });
}
