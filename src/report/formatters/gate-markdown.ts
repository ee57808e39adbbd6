import type { Report } from '../types.js';
import { fileOf, say, severityLabel, sourceLine, statusLabel, whyText } from './labels.js';
import { cell, editionsSection } from './markdown.js';
import { blockingFindings, waiverStanza } from './waiver-stanza.js';

/**
 * A gate's answer as Markdown (a pull-request comment, a job summary): the decision, a table of the
 * blocking findings with where, why and how to fix, the waiver stanza, and the editions used.
 */
export function formatGateMarkdown(report: Report): string {
  const lang = report.lang;
  const file = fileOf(report);
  const blocking = blockingFindings(report);
  const context = { phase: report.phase ?? '—', asOf: report.asOf, failOn: severityLabel(report.failOn, lang), count: blocking.length };
  const decision = say(lang, report.decision === 'deny' ? 'format.gate.deny' : 'format.gate.allow');
  const out = [`# kanmon gate: ${file} — **${decision}**`, '', say(lang, report.decision === 'deny' ? 'format.gate.blocking-head' : 'format.gate.nothing-blocks', context), ''];
  if (blocking.length > 0) {
    out.push(say(lang, 'format.gate.markdown-head'), '|---|---|---|---|---|---|---|');
    blocking.forEach((f, i) => {
      const place = `\`${f.pointer || '/'}\`${f.line !== undefined ? ` (${f.line}:${f.column})` : ''}`;
      const why = `${whyText(f)}${f.remediation && f.remediation !== f.message ? ` ${say(lang, 'format.fix', { text: f.remediation })}` : ''}`;
      out.push(`| ${i + 1} | ${f.ruleId} ${cell(f.title)} | ${severityLabel(f.severity, lang)} | ${statusLabel(f.status, lang)} | ${place} | ${cell(why)} | ${cell(sourceLine(f, lang))} |`);
    });
    out.push('', say(lang, 'format.gate.waive-intro'), '', '```yaml', ...waiverStanza(blocking, lang), '```', '');
  }
  out.push(...editionsSection(report));
  return `${out.join('\n')}\n`;
}
