import type { Lang } from '../shared/messages.js';
import type { EditionDiff } from './diff-editions.js';
import type { ImpactReport } from './impact.js';

/** A readable edition diff (and, when given, its impact on a corpus of descriptors). */
export function formatDiff(diff: EditionDiff, impactReport: ImpactReport | undefined, lang: Lang): string {
  const ja = lang === 'ja';
  const lines = [`${diff.pack}: ${diff.from} → ${diff.to}`];
  for (const c of diff.edition) lines.push(`  ${ja ? '版' : 'edition'} ${c.field}: ${c.before} → ${c.after}`);
  for (const r of diff.added) lines.push(`  + ${r.ruleId}  ${r.severity}  ${r.title}`);
  for (const r of diff.removed) lines.push(`  - ${r.ruleId}  ${r.severity}  ${r.title}`);
  for (const r of diff.changed) {
    lines.push(`  ~ ${r.ruleId}  [${r.classes.join(', ')}]`);
    for (const c of r.changes) lines.push(`      ${c.field}: ${c.before}\n        → ${c.after}`);
  }
  lines.push(ja
    ? `  追加 ${diff.added.length}、削除 ${diff.removed.length}、変更 ${diff.changed.length}、変更なし ${diff.unchanged.length}`
    : `  ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged.length} unchanged`);
  if (impactReport) {
    lines.push('', ja ? `影響（${impactReport.descriptors.length} 件の記述子）:` : `Impact on ${impactReport.descriptors.length} descriptor(s):`);
    for (const d of impactReport.descriptors) lines.push(`  ${d.id}: ${d.before} → ${d.after}${d.before !== d.after ? (ja ? '  ← 判定が変わる' : '  ← verdict changes') : ''}`);
    for (const c of impactReport.changes) lines.push(`    ${c.descriptor}  ${c.ruleId}  ${c.pointer || '/'}  ${c.before ?? '—'} → ${c.after ?? '—'}`);
    if (impactReport.changes.length === 0) lines.push(ja ? '  状態が変わる指摘はありません。' : '  No finding changes status.');
  }
  return lines.join('\n');
}
