import { msg } from '../diagnostics/catalogue/index.js';
import { KanmonError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { evaluate } from '../evaluate.js';
import { coverageOf, recordFindings, type CoverageTally } from './coverage.js';
import { loadCaseTable, type LoadedCase } from './load-table.js';
import { matchFindings, seen } from './match.js';
import { targetProblem } from './problems.js';
import { caseTableSources } from './targets.js';
import type { CaseFileSystem, CaseResult, CaseRun } from './types.js';

/** Options of runCaseTables(). */
export interface CaseTableOptions {
  /** Where case tables, bases, policy files and registry snapshots named by path are read from. */
  files?: CaseFileSystem;
  /**
   * Where the bundled packs' case tables (policies/<pack>/tests/…) are read from: the installed
   * package (the CLI reads it), for no target or `pack@edition`. Without it those targets are a
   * problem.
   */
  bundledFiles?: Pick<CaseFileSystem, 'readFile'>;
}

/**
 * Run case tables: each case on each of its editions, with only its pack evaluated and that edition
 * pinned. Targets are case-table files, folders, or `pack@edition`; none means the bundled packs'
 * tables (read through `bundledFiles`). Throws a KanmonError (kind `cases`) with every problem,
 * located, when a table cannot be run as written; then no case is run.
 */
export function runCaseTables(targets: readonly string[] = [], options: CaseTableOptions = {}): CaseRun {
  const diagnostics: Diagnostic[] = [];
  const loaded: LoadedCase[] = [];
  const ran = new Set<string>();
  const sources = caseTableSources(targets, options, diagnostics);
  for (const source of sources) {
    const cases = loadCaseTable(source.file, source.files, diagnostics, source.only);
    if (cases.length > 0 && source.target !== undefined) ran.add(source.target);
    loaded.push(...cases);
  }
  for (const target of new Set(sources.flatMap((s) => (s.target !== undefined ? [s.target] : [])))) {
    if (!ran.has(target)) diagnostics.push(targetProblem('unknown-target', msg('cases.target-runs-nothing', { target }), target));
  }
  if (diagnostics.length === 0 && loaded.length === 0) diagnostics.push(targetProblem('no-case-tables', msg('cases.nothing-to-run'), targets.join(' ')));
  if (diagnostics.length > 0) throw new KanmonError('cases', inFileOrder(diagnostics));

  const tally: CoverageTally = new Map();
  const results: CaseResult[] = loaded.flatMap((c) => c.editions.map((edition): CaseResult => {
    const report = evaluate(c.descriptor, {
      packs: [c.pack], editions: { [c.pack]: edition.edition }, policies: c.packEditions,
      asOf: c.asOf ?? edition.effective.from, lang: c.lang ?? 'en',
      ...(c.phase ? { phase: c.phase } : {}), ...(c.failOn ? { failOn: c.failOn } : {}), ...(c.ismapRegistry ? { ismapRegistry: c.ismapRegistry } : {}),
    });
    recordFindings(tally, edition, report.findings);
    return { file: c.file, line: c.line, name: c.name, pack: c.pack, edition: edition.edition, ...matchFindings(c.expect, report.findings.map(seen)) };
  }));
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, failed: results.length - passed, coverage: coverageOf(tally) };
}

/** Problems file by file (in the order the files came), each file's from top to bottom. */
function inFileOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const files = [...new Set(diagnostics.map((d) => d.file ?? ''))];
  return diagnostics
    .map((d, i) => ({ d, i, file: files.indexOf(d.file ?? '') }))
    .sort((a, b) => a.file - b.file || (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map((x) => x.d);
}
