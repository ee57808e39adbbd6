import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../shared/messages.js';
import type { ReportView } from '../finding-list.js';
import type { Report } from '../types.js';

/** Why a file was not evaluated: it could not be read, or it is not a valid descriptor. */
export type FileErrorCode = 'unreadable-file' | 'invalid-descriptor';

/** One input file of a run: its report, or every reason it was not evaluated. */
export type FileResult =
  | { file: string; report: Report }
  | { file: string; error: { code: FileErrorCode; diagnostics: Diagnostic[] } };

/** A FileResult whose report may write its findings on demand (what the CLI prints from). */
export type FileResultView =
  | { file: string; report: ReportView }
  | { file: string; error: { code: FileErrorCode; diagnostics: Diagnostic[] } };

/** Options every format of a run takes: the language of its labels and the tool's version. */
export interface RunFormatOptions {
  lang: Lang;
  /** kanmon's version, for formats that name the tool that ran (SARIF, JUnit). */
  toolVersion: string;
}

/** Counts across the files of a run: by decision, and files not evaluated. */
export interface RunSummary {
  files: number;
  allow: number;
  deny: number;
  notEvaluated: number;
}

/** How many files were allowed, denied, or not evaluated. */
export function summariseRun(results: readonly FileResultView[]): RunSummary {
  const summary: RunSummary = { files: results.length, allow: 0, deny: 0, notEvaluated: 0 };
  for (const r of results) {
    if ('error' in r) summary.notEvaluated++;
    else summary[r.report.decision]++;
  }
  return summary;
}

/** Exit status of a run: 2 when a file was not evaluated, else 1 when one was denied, else 0. */
export function runStatus(results: readonly FileResultView[]): 0 | 1 | 2 {
  const s = summariseRun(results);
  return s.notEvaluated > 0 ? 2 : s.deny > 0 ? 1 : 0;
}
