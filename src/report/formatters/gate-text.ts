import type { Report } from '../types.js';
import { fileOf, placeOf, say, severityLabel, sourceLine, statusLabel, whyText } from './labels.js';
import { blockingFindings, waiverStanza } from './waiver-stanza.js';

/**
 * A gate's answer for a CI log, in one screen: the decision and, for each blocking finding, the rule,
 * its title, file:line, why it blocks, how to fix it, and the waiver stanza to paste instead.
 */
export function formatGateText(report: Report): string {
  const lang = report.lang;
  const file = fileOf(report);
  const blocking = blockingFindings(report);
  const context = { phase: report.phase ?? '—', asOf: report.asOf, failOn: severityLabel(report.failOn, lang), count: blocking.length };
  const lines = [report.decision === 'deny'
    ? `${file}: ${say(lang, 'format.gate.deny')} — ${say(lang, 'format.gate.blocking-head', context)}`
    : `${file}: ${say(lang, 'format.gate.allow')} — ${say(lang, 'format.gate.nothing-blocks', context)}`];
  blocking.forEach((f, i) => {
    lines.push(
      `  ${i + 1}. ${f.ruleId}  ${severityLabel(f.severity, lang)}  ${statusLabel(f.status, lang)}  ${f.title}`,
      `     ${placeOf(f, file)}  ${f.pointer || '/'}`,
      `     ${say(lang, 'format.gate.why', { text: whyText(f) })}`,
    );
    if (f.remediation && f.remediation !== f.message) lines.push(`     ${say(lang, 'format.fix', { text: f.remediation })}`);
    lines.push(`     ${say(lang, 'format.source', { text: sourceLine(f, lang) })}`);
  });
  const below = report.findings.filter((f) => (f.status === 'fail' || f.status === 'missing') && !blocking.includes(f)).length;
  if (below > 0) lines.push(`  ${say(lang, 'format.gate.below', { count: below, failOn: context.failOn })}`);
  if (report.summary.waived > 0) lines.push(`  ${say(lang, 'format.gate.waived', { count: report.summary.waived })}`);
  for (const w of report.warnings) lines.push(`  ${say(lang, 'format.warning', { text: `${w.line !== undefined ? `${file}:${w.line}:${w.column}  ` : ''}${w.message[lang]}` })}`);
  if (blocking.length > 0) lines.push('', `  ${say(lang, 'format.gate.waive-intro')}`, ...waiverStanza(blocking, lang, '    '));
  return `${lines.join('\n')}\n`;
}
