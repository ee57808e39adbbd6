import { listOf } from '../finding-list.js';
import type { Report } from '../types.js';
import { asOfText, countsText, fileOf, findingsForPeople, judgedByText, say, severityLabel, sourceLine, statusLabel } from './labels.js';

/** Options of the Markdown formatter. */
export interface MarkdownOptions {
  /** A Mermaid diagram (e.g. from renderNetworkGraph) to embed under its own heading. */
  graph?: string;
  /** Also list passing and not-applicable findings. Default: only what needs attention. */
  verbose?: boolean;
}

/** Text safe inside a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** A report as Markdown: decision, findings table, remediation, the network picture when given, editions. */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const lang = report.lang;
  const out: string[] = [`# kanmon: ${fileOf(report)}`, ''];
  const decision = `**${say(lang, `label.decision.${report.decision}`)}**`;
  out.push(`${say(lang, 'format.markdown.decision', { decision, asOf: asOfText(report, lang) })} ${countsText(report, lang)}`, '');

  const list = listOf(report.findings);
  const shown = findingsForPeople(list, options.verbose).map((i) => list.at(i));
  out.push(`## ${say(lang, 'format.markdown.findings')}`, '');
  if (shown.length === 0) out.push(say(lang, 'format.nothing-needs-attention'), '');
  else {
    out.push(say(lang, 'format.markdown.table-head'), '|---|---|---|---|---|---|---|');
    for (const f of shown) {
      const place = `\`${f.pointer || '/'}\`${f.line !== undefined ? ` (${f.line}:${f.column})` : ''}`;
      const judged = f.judgedBy.by === 'as-of' ? '' : ` ${judgedByText(f, lang)}`;
      out.push(`| ${place} | ${severityLabel(f.severity, lang)} | ${statusLabel(f.status, lang)} | ${f.ruleId} | ${cell(f.message + judged)} | ${cell(f.remediation ?? '')} | ${cell(sourceLine(f, lang))} |`);
    }
    out.push('');
  }
  if (options.graph !== undefined) {
    out.push(`## ${say(lang, 'format.markdown.network')}`, '', '```mermaid', options.graph.trimEnd(), '```', '');
  }
  out.push(...editionsSection(report));
  return `${out.join('\n')}\n`;
}

/** The "Editions used" section: each pack's edition (or why none), the notes and the report's warnings. */
export function editionsSection(report: Report): string[] {
  const lang = report.lang;
  const out = [`## ${say(lang, 'format.markdown.editions')}`, ''];
  for (const p of report.packs) {
    const state = p.edition === null || !p.applicable ? ` — ${p.reason ?? ''}` : '';
    out.push(`- ${p.pack} ${p.edition ?? '—'}${p.hash ? ` (sha256:${p.hash.slice(0, 12)})` : ''}${state}`);
  }
  for (const note of report.notes) out.push(`- ${note}`);
  for (const w of report.warnings) out.push(`- ${say(lang, 'format.warning', { text: `${w.message[lang]}${w.line !== undefined ? ` (${w.line}:${w.column})` : ''}` })}`);
  return out;
}
