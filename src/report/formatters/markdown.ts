import { listOf, type ReportView } from '../finding-list.js';
import { collect, type Write } from './json-stream.js';
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
  return markdownOf(report, options);
}

/** formatMarkdown of a report whose findings may be written on demand. */
export function markdownOf(report: ReportView, options: MarkdownOptions = {}): string {
  return collect((write) => writeMarkdown(report, options, write));
}

/** formatMarkdown, line by line: each finding shown is written (and let go) as its row is printed. */
export function writeMarkdown(report: ReportView, options: MarkdownOptions, write: Write): void {
  const lang = report.lang;
  const line = (...lines: string[]): void => { for (const l of lines) write(`${l}\n`); };
  line(`# kanmon: ${fileOf(report)}`, '');
  const decision = `**${say(lang, `label.decision.${report.decision}`)}**`;
  line(`${say(lang, 'format.markdown.decision', { decision, asOf: asOfText(report, lang) })} ${countsText(report, lang)}`, '');

  const list = listOf(report.findings);
  const shown = findingsForPeople(list, options.verbose);
  line(`## ${say(lang, 'format.markdown.findings')}`, '');
  if (shown.length === 0) line(say(lang, 'format.nothing-needs-attention'), '');
  else {
    line(say(lang, 'format.markdown.table-head'), '|---|---|---|---|---|---|---|');
    for (const i of shown) {
      const f = list.at(i);
      const place = `\`${f.pointer || '/'}\`${f.line !== undefined ? ` (${f.line}:${f.column})` : ''}`;
      const judged = f.judgedBy.by === 'as-of' ? '' : ` ${judgedByText(f, lang)}`;
      line(`| ${place} | ${severityLabel(f.severity, lang)} | ${statusLabel(f.status, lang)} | ${f.ruleId} | ${cell(f.message + judged)} | ${cell(f.remediation ?? '')} | ${cell(sourceLine(f, lang))} |`);
    }
    line('');
  }
  if (options.graph !== undefined) {
    line(`## ${say(lang, 'format.markdown.network')}`, '', '```mermaid', options.graph.trimEnd(), '```', '');
  }
  line(...editionsSection(report));
}

/** The "Editions used" section: each pack's edition (or why none), the notes and the report's warnings. */
export function editionsSection(report: ReportView): string[] {
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
