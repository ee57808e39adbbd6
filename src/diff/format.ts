import { msg, type MessageId } from '../diagnostics/catalogue/index.js';
import type { Lang } from '../shared/messages.js';
import type { EditionDiff } from './diff-editions.js';
import type { ImpactReport } from './impact.js';

/** A readable edition diff (and, when given, its impact on a corpus of descriptors), in one language. */
export function formatDiff(diff: EditionDiff, impactReport: ImpactReport | undefined, lang: Lang): string {
  const say = (id: MessageId, params: Record<string, unknown> = {}): string => msg(id, params)[lang];
  const status = (s: string | null): string => (s === null ? '—' : say(`label.status.${s as 'pass'}`));
  const lines = [`${diff.pack}: ${diff.from} → ${diff.to}`];
  for (const c of diff.edition) lines.push(`  ${say('diff.edition-field', { field: c.field })}: ${c.before} → ${c.after}`);
  for (const r of diff.added) lines.push(`  + ${r.ruleId}  ${say(`label.severity.${r.severity}`)}  ${r.title}`);
  for (const r of diff.removed) lines.push(`  - ${r.ruleId}  ${say(`label.severity.${r.severity}`)}  ${r.title}`);
  for (const r of diff.changed) {
    lines.push(`  ~ ${r.ruleId}  [${r.classes.map((c) => say(`diff.class.${c}`)).join(say('list-separator'))}]`);
    // Texts changed in the other language are in the JSON output; the text view keeps to its own.
    for (const c of r.changes) if (!c.field.endsWith(lang === 'ja' ? '.en' : '.ja')) lines.push(`      ${c.field}: ${c.before}\n        → ${c.after}`);
  }
  lines.push(`  ${say('diff.counts', { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, unchanged: diff.unchanged.length })}`);
  if (impactReport) {
    lines.push('', say('diff.impact-head', { count: impactReport.descriptors.length }));
    for (const d of impactReport.descriptors) {
      lines.push(`  ${d.id}: ${say(`label.decision.${d.before}`)} → ${say(`label.decision.${d.after}`)}${d.before !== d.after ? `  ← ${say('diff.verdict-changes')}` : ''}`);
    }
    for (const c of impactReport.changes) lines.push(`    ${c.descriptor}  ${c.ruleId}  ${c.pointer || '/'}  ${status(c.before)} → ${status(c.after)}`);
    if (impactReport.changes.length === 0) lines.push(`  ${say('diff.no-change')}`);
  }
  return lines.join('\n');
}
