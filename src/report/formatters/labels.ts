import { msg, type MessageId } from '../../diagnostics/catalogue/index.js';
import type { Lang } from '../../shared/messages.js';
import { citationText } from '../../shared/citation.js';
import { severityRank } from '../../shared/vocabulary.js';
import type { FindingList, ReportView } from '../finding-list.js';
import type { Finding, Status } from '../types.js';

/** One catalogue message in one language (formatters write one language at a time). */
export function say(lang: Lang, id: MessageId, params: Readonly<Record<string, unknown>> = {}): string {
  return msg(id, params)[lang];
}

/** A status as people read it: fail = 不適合, missing = 情報不足 … */
export function statusLabel(status: Status, lang: Lang): string {
  return say(lang, `label.status.${status}`);
}

/** A severity as people read it: error = 指摘 (指摘事項, must fix), warning = 意見, info = 参考. */
export function severityLabel(severity: Finding['severity'], lang: Lang): string {
  return say(lang, `label.severity.${severity}`);
}

/** How firm a source is, as people read it. */
export function basisLabel(basis: Finding['basis'], lang: Lang): string {
  return say(lang, `label.basis.${basis}`);
}

/** A finding's source in one line: the document's title, issuer, date and section, and how firm it is. */
export function sourceLine(f: Finding, lang: Lang): string {
  return `${citationText(f.source, f.section, lang)} [${basisLabel(f.basis, lang)}]`;
}

/** The name a report's file goes by: the file given, else the descriptor's id. */
export function fileOf(report: Pick<ReportView, 'descriptor'>): string {
  return report.descriptor.file ?? report.descriptor.id;
}

/** Where a finding is, for a person: file:line:column, or file#pointer when the text is not known. */
export function placeOf(f: Finding, file: string): string {
  return f.line !== undefined ? `${file}:${f.line}:${f.column ?? 1}` : `${file}#${f.pointer}`;
}

/** The counts of a report in one sentence: fail, missing, pass, n/a, waived. */
export function countsText(report: Pick<ReportView, 'summary'>, lang: Lang): string {
  const s = report.summary;
  return say(lang, 'format.counts', { fail: s.fail, missing: s.missing, pass: s.pass, not_applicable: s.not_applicable, waived: s.waived, total: s.total });
}

/** "as of D" with the phase, when there is one. */
export function asOfText(report: Pick<ReportView, 'phase' | 'asOf'>, lang: Lang): string {
  return report.phase ? say(lang, 'format.as-of-phase', { asOf: report.asOf, phase: report.phase }) : say(lang, 'format.as-of', { asOf: report.asOf });
}

const STATUS_RANK: Record<Status, number> = { fail: 0, missing: 1, waived: 2, not_applicable: 3, pass: 4 };

/** The findings a person should see (all with verbose), must-fix first: severity, status, then file position. Their indices in the list. */
export function findingsForPeople(list: FindingList, verbose: boolean | undefined): number[] {
  const shown: { i: number; rank: number; line: number }[] = [];
  for (let i = 0; i < list.length; i++) {
    const f = list.head(i);
    if (!verbose && f.status !== 'fail' && f.status !== 'missing' && f.status !== 'waived' && !f.exemptedBy) continue;
    shown.push({ i, rank: -severityRank(f.severity) * 8 + STATUS_RANK[f.status], line: list.line(i) ?? 0 });
  }
  return shown.sort((a, b) => a.rank - b.rank || a.line - b.line || a.i - b.i).map((s) => s.i);
}

/** Which edition judged a finding and why, when it is not simply the edition in force at as-of. */
export function judgedByText(f: Finding, lang: Lang): string {
  const j = f.judgedBy;
  const params = { edition: f.edition, date: j.date ?? '', pointer: j.pointer ?? '' };
  switch (j.by) {
    case 'act-date': return say(lang, j.date !== undefined ? 'format.judged.act-date' : 'format.judged.act-date-missing', params);
    case 'retroactive': return say(lang, 'format.judged.retroactive', params);
    case 'pinned': return say(lang, 'format.judged.pinned', params);
    default: return say(lang, 'format.judged.as-of', params);
  }
}

/** What a finding says, without the rule's title in front when the message starts with it (the title is shown beside it). */
export function whyText(f: Finding): string {
  for (const sep of [': ', '：']) if (f.message.startsWith(`${f.title}${sep}`)) return f.message.slice(f.title.length + sep.length);
  return f.message;
}
