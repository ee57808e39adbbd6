import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../shared/messages.js';
import { listOf, type ReportView } from '../finding-list.js';
import type { Finding } from '../types.js';
import { collect, type Write } from './json-stream.js';
import { asOfText, countsText, fileOf, judgedByText, say, severityLabel, sourceLine, statusLabel, whyText } from './labels.js';
import { summariseRun, type FileResult, type FileResultView, type RunFormatOptions } from './results.js';

// GitHub Actions workflow commands (`::error file=…,line=…::message`): the runner turns each into an
// annotation on the file and line, shown in the run and on the pull request's changed files.

/** One annotation: its level, message, and where it belongs when that is known. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** Data of a command: the runner reads %, CR and LF as escapes. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a command: also `:` and `,`, which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Workflow commands, one line per annotation. */
export function workflowCommands(annotations: readonly Annotation[]): string {
  return annotations.map((a) => {
    const props = ([['file', a.file], ['line', a.line], ['col', a.column], ['endLine', a.endLine], ['endColumn', a.endColumn], ['title', a.title]] as const)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${a.level}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(a.message)}\n`;
  }).join('');
}

const LEVEL: Record<Finding['severity'], Annotation['level']> = { error: 'error', warning: 'warning', info: 'notice' };

/** An annotation for each fail or missing finding of a report (written when its annotation is made), and a warning for each of its warnings. */
function eachAnnotation(report: ReportView, emit: (annotation: Annotation) => void): void {
  const lang = report.lang;
  const file = fileOf(report);
  const list = listOf(report.findings);
  for (let i = 0; i < list.length; i++) {
    const status = list.head(i).status;
    if (status !== 'fail' && status !== 'missing') continue;
    const f = list.at(i);
    const lines = [whyText(f)];
    if (f.remediation && f.remediation !== f.message) lines.push(say(lang, 'format.fix', { text: f.remediation }));
    lines.push(say(lang, 'format.source', { text: sourceLine(f, lang) }));
    if (f.judgedBy.by !== 'as-of') lines.push(judgedByText(f, lang));
    emit({
      level: LEVEL[f.severity], file, ...position(f),
      title: `${f.ruleId} ${severityLabel(f.severity, lang)} ${statusLabel(f.status, lang)}: ${f.title}`, message: lines.join('\n'),
    });
  }
  for (const w of report.warnings) emit({ level: 'warning', file, ...position(w), title: `kanmon ${w.code}`, message: w.message[lang] });
}

/** An annotation for each diagnostic (a problem of an input): errors as errors, warnings as warnings. */
export function diagnosticAnnotations(diagnostics: readonly Diagnostic[], lang: Lang, file?: string): Annotation[] {
  return diagnostics.map((d) => {
    const where = d.file ?? file;
    return { level: d.severity === 'error' ? 'error' : 'warning', ...(where !== undefined ? { file: where } : {}), ...position(d), title: `kanmon ${d.code}`, message: d.message[lang] };
  });
}

function position(p: { line?: number; column?: number; endLine?: number; endColumn?: number }): Partial<Annotation> {
  if (p.line === undefined) return {};
  return { line: p.line, ...(p.column !== undefined ? { column: p.column } : {}), ...(p.endLine !== undefined ? { endLine: p.endLine } : {}), ...(p.endColumn !== undefined ? { endColumn: p.endColumn } : {}) };
}

/**
 * A run as GitHub Actions workflow commands: an annotation per fail or missing finding (level by
 * severity: error, warning, notice), per report warning and per problem of a file that was not
 * evaluated; then one plain line per file with its decision, and the totals.
 */
export function githubOfRun(results: readonly FileResultView[], options: RunFormatOptions): string {
  return collect((write) => writeGithubRun(results, options, write));
}

/** githubOfRun, piece by piece: one workflow command at a time. */
export function writeGithubRun(results: readonly FileResultView[], options: RunFormatOptions, write: Write): void {
  const { lang } = options;
  const lines: string[] = [];
  for (const r of results) {
    if ('error' in r) {
      write(workflowCommands(diagnosticAnnotations(r.error.diagnostics, lang, r.file)));
      lines.push(`${r.file}: ${say(lang, 'format.not-evaluated')}`);
    } else {
      eachAnnotation(r.report, (a) => write(workflowCommands([a])));
      lines.push(`${r.file}: ${say(lang, `label.decision.${r.report.decision}`)} — ${asOfText(r.report, lang)}: ${countsText(r.report, lang)}`);
    }
  }
  if (results.length > 1) lines.push(runSummaryText(results, lang));
  write(lines.map((l) => `${l}\n`).join(''));
}

/** A run as GitHub Actions workflow commands (see githubOfRun). */
export const formatGithub: (results: readonly FileResult[], options: RunFormatOptions) => string = githubOfRun;

/** The totals of a run in one line: files allowed, denied, and not evaluated. */
export function runSummaryText(results: readonly FileResultView[], lang: Lang): string {
  const s = summariseRun(results);
  return say(lang, 'format.run-summary', { files: s.files, allow: s.allow, deny: s.deny, notEvaluated: s.notEvaluated });
}

/** Diagnostics (of pack editions, case tables …) as GitHub workflow commands, one per diagnostic at its place. */
export function formatGithubDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return workflowCommands(diagnosticAnnotations(diagnostics, lang));
}
