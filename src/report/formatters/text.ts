import type { Report } from '../types.js';
import { asOfText, countsText, fileOf, findingsForPeople, judgedByText, placeOf, say, severityLabel, sourceLine, statusLabel } from './labels.js';

/** Options of the text formatter. */
export interface TextOptions {
  /** Also list passing and not-applicable findings. Default: only what needs attention. */
  verbose?: boolean;
}

/** A human-readable report: file:line:column per finding, then editions, counts and the decision. */
export function formatText(report: Report, options: TextOptions = {}): string {
  const lang = report.lang;
  const file = fileOf(report);
  const shown = findingsForPeople(report.findings, options.verbose);
  const lines: string[] = [file];
  for (const f of shown) {
    lines.push(`  ${placeOf(f, file)}  ${severityLabel(f.severity, lang)}  ${statusLabel(f.status, lang)}  ${f.ruleId}  ${f.pointer || '/'}`);
    lines.push(`    ${f.message}`);
    if (f.remediation && f.remediation !== f.message) lines.push(`    ${say(lang, 'format.fix', { text: f.remediation })}`); // a missing value's message already says what to state
    lines.push(`    ${say(lang, 'format.source', { text: sourceLine(f, lang) })}`);
    if (f.judgedBy.by !== 'as-of') lines.push(`    ${judgedByText(f, lang)}`);
  }
  if (shown.length === 0) lines.push(`  ${say(lang, 'format.nothing-needs-attention')}`);
  lines.push('');
  for (const p of report.packs) {
    if (p.edition === null) lines.push(`  ${p.pack}: ${p.reason ?? ''}`);
    else {
      const status = p.applicable ? '' : `  — ${p.reason ?? ''}`;
      lines.push(`  ${p.pack} ${p.edition}${p.pinned ? say(lang, 'format.pinned') : ''} sha256:${p.hash?.slice(0, 12)}${status}`);
    }
    for (const e of p.actEditions ?? []) {
      lines.push(`  ${p.pack} ${e.edition} sha256:${e.hash.slice(0, 12)}  — ${say(lang, 'format.act-edition')}`);
    }
  }
  for (const w of report.warnings) {
    const where = w.line !== undefined ? `${file}:${w.line}:${w.column}` : w.pointer ?? '';
    lines.push(`  ${say(lang, 'format.warning', { text: `${where ? `${where}  ` : ''}${w.message[lang]}` })}`);
  }
  for (const w of report.waivers) {
    if (w.state !== 'applied') lines.push(`  ${say(lang, 'format.waiver-note', { pointer: w.pointer, ruleId: w.ruleId, note: w.note })}`);
  }
  for (const note of report.notes) lines.push(`  ${note}`);
  lines.push(`  ${asOfText(report, lang)}: ${countsText(report, lang)}`);
  lines.push(`  ${say(lang, report.decision === 'deny' ? 'format.decision.deny-because' : 'format.decision.allow', { failOn: report.failOn })}`);
  return lines.join('\n');
}
