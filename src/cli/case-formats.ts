import { version } from '../../package.json';
import type { CaseResult, CaseRun, Expectation, SeenFinding } from '../authoring/types.js';
import { msg } from '../diagnostics/catalogue/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatGithubDiagnostics } from '../report/formatters/github.js';
import { diagnosticsSuite, junitXml, type JUnitCase, type JUnitSuite } from '../report/formatters/junit.js';
import { formatSarifDiagnostics } from '../report/formatters/sarif.js';
import type { Lang } from '../shared/messages.js';

// kanmon test in the CI formats: JUnit (a case per case table entry and edition), GitHub annotations
// and SARIF (a result per failing case, at its line in the case table), and the problems that
// stopped a run in the same shapes.

const seen = (f: SeenFinding): string => `${f.rule}  ${f.status}  ${f.pointer || '/'}  "${f.message}"`;
const expected = (e: Expectation, lang: Lang): string => [e.rule, e.status, e.pointer === undefined ? msg('cases.text.any-pointer')[lang] : e.pointer || '/', e.severity, e.message === undefined ? undefined : `"${e.message}"`]
  .filter((x) => x !== undefined).join('  ');

/** Why a case failed: the expectations nothing matched, the findings nothing expected, and what their rules did instead. */
function failureText(r: CaseResult, lang: Lang): string {
  return [
    ...r.expectations.filter((e) => !e.found).map((e) => msg('cli.test.expected', { text: expected(e.expectation, lang) })[lang]),
    ...r.unexpected.map((f) => msg('cli.test.unexpected', { text: seen(f) })[lang]),
    ...r.related.map((f) => msg('cli.test.related', { text: seen(f) })[lang]),
  ].join('\n');
}

const caseName = (r: CaseResult): string => `${r.name} [${r.pack}@${r.edition}]`;

/** A test run as JUnit XML: a suite per case table, a test case per case and edition. */
export function caseRunJUnit(run: CaseRun, lang: Lang): string {
  const suites = new Map<string, JUnitSuite & { cases: JUnitCase[] }>();
  for (const r of run.results) {
    const suite = suites.get(r.file) ?? { name: r.file, cases: [] };
    suites.set(r.file, suite);
    suite.cases.push({
      name: caseName(r), classname: `${r.pack}.${r.edition}`, file: r.file, line: r.line,
      ...(r.passed ? { outcome: 'passed' as const } : { outcome: 'failure' as const, type: 'case-failed', message: msg('cli.test.case-failed')[lang], detail: failureText(r, lang) }),
    });
  }
  return junitXml(`kanmon ${version} test`, [...suites.values()]);
}

/** The failing cases of a run as diagnostics, each at its line in its case table. */
function failures(run: CaseRun): Diagnostic[] {
  const text = (r: CaseResult, lang: Lang): string => `${caseName(r)}: ${msg('cli.test.case-failed')[lang]}\n${failureText(r, lang)}`;
  return run.results.filter((r) => !r.passed).map((r): Diagnostic => ({
    code: 'case-failed', kind: 'cases', severity: 'error', file: r.file, line: r.line, message: { ja: text(r, 'ja'), en: text(r, 'en') },
  }));
}

/** A test run (or the problems that stopped it) as GitHub workflow commands, with the pass and fail counts. */
export function caseRunGithub(run: CaseRun | readonly Diagnostic[], lang: Lang): string {
  if (!('results' in run)) return formatGithubDiagnostics(run, lang);
  return `${formatGithubDiagnostics(failures(run), lang)}${msg('cases.text.summary', { passed: run.passed, failed: run.failed })[lang]}\n`;
}

/** A test run (or the problems that stopped it) as SARIF: a result per failing case or problem. */
export function caseRunSarif(run: CaseRun | readonly Diagnostic[], lang: Lang): string {
  const diagnostics = 'results' in run ? failures(run) : run;
  const describe = (code: string): string => (code === 'case-failed' ? msg('cli.test.case-failed')[lang] : code);
  return formatSarifDiagnostics(diagnostics, { lang, toolVersion: version, describe, executionSuccessful: 'results' in run });
}

/** Problems that stopped a test run, as JUnit XML: one case in error. */
export function caseProblemsJUnit(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return junitXml(`kanmon ${version} test`, [diagnosticsSuite('kanmon test', 'invalid-case-table', diagnostics, lang)]);
}
