import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../shared/messages.js';
import { listOf, type ReportView } from '../finding-list.js';
import type { Finding } from '../types.js';
import { collect, type Sequence, type Write } from './json-stream.js';
import { fileOf, judgedByText, placeOf, say, severityLabel, sourceLine, statusLabel } from './labels.js';
import type { FileResult, FileResultView, RunFormatOptions } from './results.js';

// JUnit XML, as CI systems read test reports (Jenkins, GitLab, Azure Pipelines, test-reporter
// actions): <testsuites> of <testsuite>s of <testcase>s, each passed, failed, in error or skipped.

/** One test case and its outcome. */
export interface JUnitCase {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  outcome: 'passed' | 'failure' | 'error' | 'skipped';
  /** The one-line reason of a failure, error or skip. */
  message?: string;
  /** The kind of failure or error (a severity and status, a problem code). */
  type?: string;
  /** The full text of a failure or error. */
  detail?: string;
}

/** Cases built when they are written (a large report's): how many of each outcome is known first. */
export interface CaseList extends Sequence<JUnitCase> {
  outcome(i: number): JUnitCase['outcome'];
}

/** One suite: its cases, properties, and text for the log. */
export interface JUnitSuite {
  name: string;
  cases: readonly JUnitCase[] | CaseList;
  properties?: readonly (readonly [string, string])[];
  /** Shown by CI systems beside the suite: kanmon puts the report's warnings here. */
  systemErr?: string;
}

/** Characters XML 1.0 cannot hold at all (control characters other than tab, LF, CR; lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: XML cannot carry them
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string | number): string {
  return text(String(value)).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const caseList = (cases: JUnitSuite['cases']): CaseList =>
  (Array.isArray(cases) ? { length: cases.length, at: (i) => cases[i]!, outcome: (i) => cases[i]!.outcome } : cases as CaseList);

function counts(suites: readonly JUnitSuite[]): string {
  const n = { tests: 0, failure: 0, error: 0, skipped: 0, passed: 0 };
  for (const s of suites) {
    const list = caseList(s.cases);
    n.tests += list.length;
    for (let i = 0; i < list.length; i++) n[list.outcome(i)]++;
  }
  return `tests="${n.tests}" failures="${n.failure}" errors="${n.error}" skipped="${n.skipped}"`;
}

function caseXml(c: JUnitCase): string {
  const head = `    <testcase name="${attr(c.name)}" classname="${attr(c.classname)}"${c.file !== undefined ? ` file="${attr(c.file)}"` : ''}${c.line !== undefined ? ` line="${c.line}"` : ''}`;
  if (c.outcome === 'passed') return `${head}/>`;
  const reason = `${c.message !== undefined ? ` message="${attr(c.message)}"` : ''}${c.type !== undefined ? ` type="${attr(c.type)}"` : ''}`;
  if (c.outcome === 'skipped') return `${head}>\n      <skipped${reason}/>\n    </testcase>`;
  return `${head}>\n      <${c.outcome}${reason}>${text(c.detail ?? '')}</${c.outcome}>\n    </testcase>`;
}

/** Suites as one JUnit XML document, with the counts of every suite and of the whole. */
export function junitXml(name: string, suites: readonly JUnitSuite[]): string {
  return collect((write) => writeJunitXml(name, suites, write));
}

/** junitXml, piece by piece: each case is built when it is written. */
export function writeJunitXml(name: string, suites: readonly JUnitSuite[], write: Write): void {
  write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${attr(name)}" ${counts(suites)}>\n`);
  for (const s of suites) {
    write(`  <testsuite name="${attr(s.name)}" ${counts([s])}>\n`);
    if (s.properties?.length) {
      write(['    <properties>', ...s.properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`), '    </properties>'].join('\n') + '\n');
    }
    const cases = caseList(s.cases);
    for (let i = 0; i < cases.length; i++) write(`${caseXml(cases.at(i))}\n`);
    if (s.systemErr) write(`    <system-err>${text(s.systemErr)}</system-err>\n`);
    write('  </testsuite>\n');
  }
  write('</testsuites>\n');
}

/** A test case per rule and item: fail and missing fail, waived and not applicable are skipped, pass passes. */
export function reportSuite(report: ReportView): JUnitSuite {
  const lang = report.lang;
  const file = fileOf(report);
  const list = listOf(report.findings);
  const outcome = (status: Finding['status']): JUnitCase['outcome'] => (status === 'pass' ? 'passed' : status === 'fail' || status === 'missing' ? 'failure' : 'skipped');
  const caseOf = (i: number): JUnitCase => {
    const f = list.at(i);
    const base = { name: `${f.ruleId} ${f.pointer || '/'} ${f.title}`, classname: `${f.pack}.${f.ruleId}`, file, ...(f.line !== undefined ? { line: f.line } : {}) };
    if (f.status === 'pass') return { ...base, outcome: 'passed' };
    if (f.status === 'fail' || f.status === 'missing') {
      return { ...base, outcome: 'failure', message: f.message, type: `${f.severity} ${f.status}`, detail: failureDetail(f, file, lang) };
    }
    const why = f.status === 'waived' && f.waiver ? say(lang, 'format.waived-by', { justification: f.waiver.justification, approver: f.waiver.approver, expires: f.waiver.expires }) : f.reason ?? f.message;
    return { ...base, outcome: 'skipped', message: `${statusLabel(f.status, lang)}: ${why}` };
  };
  const cases: CaseList = { length: list.length, at: caseOf, outcome: (i) => outcome(list.head(i).status) };
  const properties: [string, string][] = [
    ['asOf', report.asOf], ['phase', report.phase ?? ''], ['failOn', report.failOn], ['decision', report.decision],
    ...report.packs.map((p): [string, string] => [`edition.${p.pack}`, p.edition ?? '']),
    ...report.warnings.map((w): [string, string] => [`warning.${w.code}`, w.message[lang]]),
  ];
  const systemErr = report.warnings.map((w) => say(lang, 'format.warning', { text: w.message[lang] })).join('\n');
  return { name: file, cases, properties, ...(systemErr ? { systemErr } : {}) };
}

function failureDetail(f: Finding, file: string, lang: Lang): string {
  return [
    `${placeOf(f, file)}  ${severityLabel(f.severity, lang)}  ${statusLabel(f.status, lang)}  ${f.ruleId}  ${f.pointer || '/'}`,
    f.message,
    ...(f.remediation && f.remediation !== f.message ? [say(lang, 'format.fix', { text: f.remediation })] : []),
    say(lang, 'format.source', { text: sourceLine(f, lang) }),
    ...(f.judgedBy.by !== 'as-of' ? [judgedByText(f, lang)] : []),
  ].join('\n');
}

/** A suite for problems of an input: one case in error, listing every problem with its place. */
export function diagnosticsSuite(file: string, code: string, diagnostics: readonly Diagnostic[], lang: Lang): JUnitSuite {
  const detail = diagnostics.map((d) => `${d.file ?? file}:${d.line ?? 1}:${d.column ?? 1}  ${d.code}  ${d.pointer || '/'}  ${d.message[lang]}`).join('\n');
  const first = diagnostics[0];
  return {
    name: file,
    cases: [{ name: file, classname: 'kanmon.input', file, ...(first?.line !== undefined ? { line: first.line } : {}), outcome: 'error', type: code, message: say(lang, 'format.problems', { count: diagnostics.length }), detail }],
  };
}

/** A run as JUnit XML (reports whose findings may be written on demand). */
export function junitOfRun(results: readonly FileResultView[], options: RunFormatOptions): string {
  return collect((write) => writeJunitRun(results, options, write));
}

/** junitOfRun, piece by piece. */
export function writeJunitRun(results: readonly FileResultView[], options: RunFormatOptions, write: Write): void {
  writeJunitXml(`kanmon ${options.toolVersion}`, results.map((r) => ('error' in r ? diagnosticsSuite(r.file, r.error.code, r.error.diagnostics, options.lang) : reportSuite(r.report))), write);
}

/** A run as JUnit XML: a suite per file, a case per rule and item; a file not evaluated is one case in error. */
export const formatJUnit: (results: readonly FileResult[], options: RunFormatOptions) => string = junitOfRun;

/**
 * Diagnostics (of pack editions, case tables …) as JUnit XML: a suite per file, a failing case per
 * diagnostic (its type: severity and code), so a CI test report lists each problem at its place.
 */
export function formatJUnitDiagnostics(name: string, diagnostics: readonly Diagnostic[], lang: Lang): string {
  const files = [...new Set(diagnostics.map((d) => d.file ?? ''))];
  return junitXml(name, files.map((file) => ({
    name: file,
    cases: diagnostics.filter((d) => (d.file ?? '') === file).map((d): JUnitCase => ({
      name: `${d.code} ${d.pointer || '/'}`, classname: `kanmon.${d.kind}`, ...(file ? { file } : {}), ...(d.line !== undefined ? { line: d.line } : {}),
      outcome: 'failure', type: `${d.severity} ${d.code}`, message: d.message[lang], detail: `${file}:${d.line ?? 1}:${d.column ?? 1}  ${d.code}  ${d.pointer || '/'}  ${d.message[lang]}`,
    })),
  })));
}
