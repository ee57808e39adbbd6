import type { Report } from '../types.js';
import { citationText } from '../../shared/citation.js';
import { BASIS_LABEL, findingsForPeople, judgedByText, SEVERITY_LABEL, STATUS_LABEL } from './labels.js';

/** Options of the Markdown formatter. */
export interface MarkdownOptions {
  /** A Mermaid diagram (e.g. from renderNetworkGraph) to embed under its own heading. */
  graph?: string;
  /** Also list passing and not-applicable findings. Default: only what needs attention. */
  verbose?: boolean;
}


/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** A report as Markdown: decision, findings table, remediation, the network picture when given, editions. */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const lang = report.lang;
  const ja = lang === 'ja';
  const file = report.descriptor.file ?? report.descriptor.id;
  const s = report.summary;
  const out: string[] = [`# kanmon: ${file}`, ''];
  const decision = report.decision === 'deny' ? (ja ? '**不可**' : '**deny**') : (ja ? '**可**' : '**allow**');
  out.push(ja
    ? `判定: ${decision}（基準日 ${report.asOf}${report.phase ? `、工程 ${report.phase}` : ''}）。不適合 ${s.fail}、情報不足 ${s.missing}、適合 ${s.pass}、対象外 ${s.not_applicable}、適用除外 ${s.waived}。`
    : `Decision: ${decision} (as of ${report.asOf}${report.phase ? `, phase ${report.phase}` : ''}). ${s.fail} fail, ${s.missing} missing, ${s.pass} pass, ${s.not_applicable} n/a, ${s.waived} waived.`, '');

  const shown = findingsForPeople(report.findings, options.verbose);
  out.push(`## ${ja ? '指摘' : 'Findings'}`, '');
  if (shown.length === 0) out.push(ja ? '対応が必要な指摘はありません。' : 'Nothing needs attention.', '');
  else {
    out.push(ja ? '| 場所 | 重大度 | 結果 | ルール | 内容 | 対応 | 出典 |' : '| where | severity | status | rule | finding | fix | source |', '|---|---|---|---|---|---|---|');
    for (const f of shown) {
      const place = `\`${f.pointer || '/'}\`${f.line !== undefined ? ` (${f.line}:${f.column})` : ''}`;
      const judged = f.judgedBy.by === 'as-of' ? '' : ` ${judgedByText(f, lang)}`;
      const source = `${citationText(f.source, f.section, lang)} [${BASIS_LABEL[lang][f.basis]}]`;
      out.push(`| ${place} | ${SEVERITY_LABEL[lang][f.severity]} | ${STATUS_LABEL[lang][f.status]} | ${f.ruleId} | ${cell(f.message + judged)} | ${cell(f.remediation ?? '')} | ${cell(source)} |`);
    }
    out.push('');
  }
  if (options.graph !== undefined) {
    out.push(`## ${ja ? 'ネットワーク構成' : 'Network'}`, '', '```mermaid', options.graph.trimEnd(), '```', '');
  }
  out.push(`## ${ja ? '適用した版' : 'Editions used'}`, '');
  for (const p of report.packs) {
    const state = p.edition === null || !p.applicable ? ` — ${p.reason ?? ''}` : '';
    out.push(`- ${p.pack} ${p.edition ?? '—'}${p.hash ? ` (sha256:${p.hash.slice(0, 12)})` : ''}${state}`);
  }
  for (const note of report.notes) out.push(`- ${note}`);
  for (const w of report.warnings) out.push(`- ${ja ? '警告' : 'Warning'}: ${w.message[lang]}${w.line !== undefined ? ` (${w.line}:${w.column})` : ''}`);
  return `${out.join('\n')}\n`;
}
