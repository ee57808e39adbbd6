import { listOf, type ReportView } from '../finding-list.js';
import type { Report } from '../types.js';
import { collect, type Write } from './json-stream.js';
import { asOfText, countsText, fileOf, findingsForPeople, judgedByText, placeOf, say, severityLabel, sourceLine, statusLabel } from './labels.js';

/** Options of the text formatter. */
export interface TextOptions {
  /** Also list passing and not-applicable findings. Default: only what needs attention. */
  verbose?: boolean;
}

/** A human-readable report: file:line:column per finding, then editions, counts and the decision. */
export function formatText(report: Report, options: TextOptions = {}): string {
  return collect((write) => writeText(report, options, write));
}

/** formatText, line by line: each finding is written (and let go) as it is printed. */
export function writeText(report: ReportView, options: TextOptions, write: Write): void {
  const lang = report.lang;
  const file = fileOf(report);
  const list = listOf(report.findings);
  const shown = findingsForPeople(list, options.verbose);
  write(file);
  const line = (text: string): void => write(`\n${text}`);
  for (const i of shown) {
    const f = list.at(i);
    line(`  ${placeOf(f, file)}  ${severityLabel(f.severity, lang)}  ${statusLabel(f.status, lang)}  ${f.ruleId}  ${f.pointer || '/'}`);
    line(`    ${f.message}`);
    if (f.remediation && f.remediation !== f.message) line(`    ${say(lang, 'format.fix', { text: f.remediation })}`); // a missing value's message already says what to state
    line(`    ${say(lang, 'format.source', { text: sourceLine(f, lang) })}`);
    if (f.judgedBy.by !== 'as-of') line(`    ${judgedByText(f, lang)}`);
  }
  if (shown.length === 0) line(`  ${say(lang, 'format.nothing-needs-attention')}`);
  line('');
  for (const p of report.packs) {
    if (p.edition === null) line(`  ${p.pack}: ${p.reason ?? ''}`);
    else {
      const status = p.applicable ? '' : `  — ${p.reason ?? ''}`;
      line(`  ${p.pack} ${p.edition}${p.pinned ? say(lang, 'format.pinned') : ''} sha256:${p.hash?.slice(0, 12)}${status}`);
    }
    for (const e of p.actEditions ?? []) {
      line(`  ${p.pack} ${e.edition} sha256:${e.hash.slice(0, 12)}  — ${say(lang, 'format.act-edition')}`);
    }
  }
  for (const w of report.warnings) {
    const where = w.line !== undefined ? `${file}:${w.line}:${w.column}` : w.pointer ?? '';
    line(`  ${say(lang, 'format.warning', { text: `${where ? `${where}  ` : ''}${w.message[lang]}` })}`);
  }
  for (const w of report.waivers) {
    if (w.state !== 'applied') line(`  ${say(lang, 'format.waiver-note', { pointer: w.pointer, ruleId: w.ruleId, note: w.note })}`);
  }
  for (const note of report.notes) line(`  ${note}`);
  line(`  ${asOfText(report, lang)}: ${countsText(report, lang)}`);
  line(`  ${say(lang, report.decision === 'deny' ? 'format.decision.deny-because' : 'format.decision.allow', { failOn: report.failOn })}`);
}
