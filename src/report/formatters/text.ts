import type { Report } from '../types.js';
import { citationText } from '../../shared/citation.js';
import { BASIS_LABEL, findingsForPeople, judgedByText, SEVERITY_LABEL, STATUS_LABEL } from './labels.js';

/** Options of the text formatter. */
export interface TextOptions {
  /** Also list passing and not-applicable findings. Default: only what needs attention. */
  verbose?: boolean;
}


/** A human-readable report: file:line:column per finding, then editions, counts and the decision. */
export function formatText(report: Report, options: TextOptions = {}): string {
  const lang = report.lang;
  const ja = lang === 'ja';
  const file = report.descriptor.file ?? report.descriptor.id;
  const shown = findingsForPeople(report.findings, options.verbose);
  const lines: string[] = [file];
  for (const f of shown) {
    const place = f.line !== undefined ? `${file}:${f.line}:${f.column}` : `${file}#${f.pointer}`;
    lines.push(`  ${place}  ${SEVERITY_LABEL[lang][f.severity]}  ${STATUS_LABEL[lang][f.status]}  ${f.ruleId}  ${f.pointer || '/'}`);
    lines.push(`    ${f.message}`);
    if (f.remediation) lines.push(`    ${ja ? '対応' : 'fix'}: ${f.remediation}`);
    lines.push(`    ${ja ? '出典' : 'source'}: ${citationText(f.source, f.section, lang)} [${BASIS_LABEL[lang][f.basis]}]`);
    if (f.judgedBy.by !== 'as-of') lines.push(`    ${judgedByText(f, lang)}`);
  }
  if (shown.length === 0) lines.push(ja ? '  対応が必要な指摘はありません。' : '  Nothing needs attention.');
  lines.push('');
  for (const p of report.packs) {
    if (p.edition === null) lines.push(`  ${p.pack}: ${p.reason ?? ''}`);
    else {
      const status = p.applicable ? '' : `  — ${p.reason ?? ''}`;
      lines.push(`  ${p.pack} ${p.edition}${p.pinned ? (ja ? '（版指定）' : ' (pinned)') : ''} sha256:${p.hash?.slice(0, 12)}${status}`);
    }
    for (const e of p.actEditions ?? []) {
      lines.push(`  ${p.pack} ${e.edition} sha256:${e.hash.slice(0, 12)}  ${ja ? '— その日に有効だったこの版で判断した行為があります' : '— judged acts dated while it was in force'}`);
    }
  }
  for (const w of report.warnings) {
    const where = w.line !== undefined ? `${file}:${w.line}:${w.column}` : w.pointer ?? '';
    lines.push(`  ${ja ? '警告' : 'warning'}: ${where ? `${where}  ` : ''}${w.message[lang]}`);
  }
  for (const w of report.waivers) {
    if (w.state !== 'applied') lines.push(`  ${ja ? '適用除外' : 'waiver'} ${w.pointer} ${w.ruleId}: ${w.note}`);
  }
  for (const note of report.notes) lines.push(`  ${note}`);
  const s = report.summary;
  const phase = report.phase ? (ja ? ` 工程 ${report.phase}` : ` phase ${report.phase}`) : '';
  lines.push(
    ja
      ? `  基準日 ${report.asOf}${phase}: 不適合 ${s.fail}、情報不足 ${s.missing}、適合 ${s.pass}、対象外 ${s.not_applicable}、適用除外 ${s.waived}（全 ${s.total} 件）`
      : `  as of ${report.asOf}${phase}: ${s.fail} fail, ${s.missing} missing, ${s.pass} pass, ${s.not_applicable} n/a, ${s.waived} waived (${s.total} findings)`,
  );
  const verdict = report.decision === 'deny'
    ? (ja ? `判定: 不可（${report.failOn} 以上の不適合又は情報不足があります）` : `decision: deny (fail or missing findings at ${report.failOn} or above)`)
    : (ja ? '判定: 可' : 'decision: allow');
  lines.push(`  ${verdict}`);
  return lines.join('\n');
}
