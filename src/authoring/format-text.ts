import { msg, type MessageId } from '../diagnostics/catalogue/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../shared/messages.js';
import { belowMinimum } from './coverage.js';
import type { CaseResult, CaseRun, Coverage, CoverageCounts, EditionCoverage, Expectation, SeenFinding } from './types.js';

/** Options of formatCaseRunText(). */
export interface CaseRunTextOptions {
  /** Language of the labels (case names and findings are shown as written). Default: en. */
  lang?: Lang;
  /** The minimum total coverage in percent, to say whether it is met. */
  coverageMin?: number;
}

type Say = (id: MessageId, params?: Record<string, unknown>) => string;

/** A test run as text, like a test runner: ✓/✗ per case and edition, the findings of each failure, the counts, the coverage and its gaps. */
export function formatCaseRunText(run: CaseRun, options: CaseRunTextOptions = {}): string {
  const lang = options.lang ?? 'en';
  const say: Say = (id, params) => msg(id, params)[lang];
  const lines: string[] = [];
  let file: string | undefined;
  for (const r of run.results) {
    if (r.file !== file) {
      if (file !== undefined) lines.push('');
      lines.push(r.file);
      file = r.file;
    }
    lines.push(`  ${r.passed ? '✓' : '✗'} ${r.edition}  ${r.name}`);
    if (!r.passed) lines.push(...failureLines(r, say));
  }
  lines.push('', say('cases.text.summary', { passed: run.passed, failed: run.failed }), '', ...coverageLines(run.coverage, say));
  if (options.coverageMin !== undefined) {
    const below = belowMinimum(run.coverage, options.coverageMin);
    lines.push('', say(below ? 'cases.text.min-below' : 'cases.text.min-met', { percent: run.coverage.total.percent.toFixed(1), min: options.coverageMin }));
  }
  return `${lines.join('\n')}\n`;
}

const findingText = (f: SeenFinding): string => `${f.rule}  ${f.status}  ${f.pointer || '/'}  "${f.message}"`;

function expectationText(e: Expectation, say: Say): string {
  return [e.rule, e.status, e.pointer === undefined ? say('cases.text.any-pointer') : e.pointer || '/', e.severity, e.message === undefined ? undefined : `"${e.message}"`]
    .filter((x) => x !== undefined).join('  ');
}

function failureLines(r: CaseResult, say: Say): string[] {
  return [
    `      ${say('cases.text.diff-head', { place: `${r.file}:${r.line}` })}`,
    ...r.expectations.map(({ expectation, found }) => `      ${found ? ' ' : '-'} ${expectationText(expectation, say)}`),
    ...r.unexpected.map((f) => `      + ${findingText(f)}`),
    ...r.related.map((f) => `      ~ ${findingText(f)}`),
  ];
}

function countsText(c: CoverageCounts, say: Say): string {
  return say('cases.text.coverage-row', {
    rules: `${c.rulesPassAndFail}/${c.rules}`, true: `${c.seenTrue}/${c.leaves}`, false: `${c.seenFalse}/${c.leaves}`,
    unknown: `${c.seenUnknown}/${c.unknownReachable}`, percent: c.percent.toFixed(1),
  });
}

/** Columns a text takes in a terminal: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

function coverageLines(coverage: Coverage, say: Say): string[] {
  const label = (e: EditionCoverage): string => `${e.pack}@${e.edition}`;
  const width = Math.max(displayWidth(say('cases.text.total')), ...coverage.editions.map((e) => label(e).length));
  const gaps = coverage.editions.flatMap((e) => {
    const rows = gapLines(e, say);
    return rows.length > 0 ? [`  ${label(e)}`, ...rows] : [];
  });
  return [
    say('cases.text.coverage-head'),
    ...coverage.editions.map((e) => `  ${pad(label(e), width)}  ${countsText(e.counts, say)}`),
    `  ${pad(say('cases.text.total'), width)}  ${countsText(coverage.total, say)}`,
    '',
    gaps.length > 0 ? say('cases.text.gaps-head') : say('cases.text.no-gaps'),
    ...gaps,
  ];
}

/** One line per rule with an outcome it can produce that no case has shown. */
function gapLines(e: EditionCoverage, say: Say): string[] {
  const lines: string[] = [];
  const unseen = <T>(reachable: readonly T[], seen: readonly T[]): T[] => reachable.filter((x) => !seen.includes(x));
  if (e.appliesTo && unseen(e.appliesTo.reachable, e.appliesTo.seen).length > 0) {
    lines.push(`    appliesTo  ${unseen(e.appliesTo.reachable, e.appliesTo.seen).join(', ')}`);
  }
  for (const r of e.rules) {
    const parts = [
      ...(unseen(r.reachable, r.seen).length > 0 ? [unseen(r.reachable, r.seen).join(', ')] : []),
      ...r.leaves.filter((l) => unseen(l.reachable, l.seen).length > 0)
        .map((l) => `${l.role}[${l.index}] ${l.fact} ${l.path} ${l.operator} → ${unseen(l.reachable, l.seen).join(', ')}`),
    ];
    if (parts.length > 0) lines.push(`    ${r.rule}  ${say('cases.text.not-seen')} ${parts.join('; ')}`);
  }
  return lines;
}

/** Problems that stopped a test run, one per line with file:line:column, code and pointer. */
export function formatCaseDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang = 'en'): string {
  const place = (d: Diagnostic): string => (d.file === undefined ? String(d.params?.target ?? '') : [d.file, d.line, d.column].filter((x) => x !== undefined).join(':'));
  return [
    msg('cases.text.problems-head', { count: diagnostics.length })[lang],
    ...diagnostics.map((d) => `  ${place(d)}  ${d.code}  ${d.pointer === undefined ? '' : `${d.pointer || '/'}  `}${d.message[lang]}`),
  ].join('\n') + '\n';
}
