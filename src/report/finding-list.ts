import type { Finding, Report, Status } from './types.js';

/** What ordering, counting, waivers and the choice of findings to show need of a finding: known once it is decided. */
export interface FindingHead {
  readonly ruleId: string;
  readonly pack: string;
  readonly severity: Finding['severity'];
  readonly status: Status;
  readonly pointer: string;
  readonly exemptedBy?: string | undefined;
}

/**
 * A report's findings in report order. Written on demand: `at(i)` builds finding i whole (messages,
 * evidence, place) each time it is asked for and keeps nothing, so a report of 100,000 work items can
 * be printed one finding at a time. `head(i)` and `line(i)` are cheap.
 */
export interface FindingList {
  readonly length: number;
  head(i: number): FindingHead;
  at(i: number): Finding;
  /** The line of finding i's value in the source text, when the text is known. */
  line(i: number): number | undefined;
}

/** A report whose findings may be written on demand (what the CLI prints from); a Report is one. */
export type ReportView = Omit<Report, 'findings'> & { findings: readonly Finding[] | FindingList };

/** The findings of a report as a list, whether they are already written or written on demand. */
export function listOf(findings: ReportView['findings']): FindingList {
  if (!Array.isArray(findings)) return findings as FindingList;
  const array = findings as readonly Finding[];
  return { length: array.length, head: (i) => array[i]!, at: (i) => array[i]!, line: (i) => array[i]!.line };
}

/** Every finding of a report, written (a Report's own array when it has one). */
export function allFindings(findings: ReportView['findings']): readonly Finding[] {
  if (Array.isArray(findings)) return findings as readonly Finding[];
  const list = findings as FindingList;
  const out: Finding[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list.at(i);
  return out;
}

/** The report with its findings written: a plain Report. */
export function writtenReport(view: ReportView): Report {
  return Array.isArray(view.findings) ? (view as Report) : { ...view, findings: allFindings(view.findings) as Finding[] };
}
