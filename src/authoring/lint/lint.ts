import { KanmonError, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { loadEditionSet } from '../../policy/load.js';
import { parseSource } from '../../parse/source-document.js';
import { bundledCaseTables, bundledTablePack } from '../bundled-cases.js';
import { folderOf, joinPath } from '../paths.js';
import { runCaseTables } from '../runner.js';
import { searchFolder } from '../targets.js';
import type { CaseFileSystem, EditionCoverage } from '../types.js';
import { untestedRules } from './cases.js';
import { editionDateClashes } from './edition-dates.js';
import { bundledEditionFiles, dataDocument, editionName, packFamilies, type EditionFile } from './edition-file.js';
import { redundantExistsGuards } from './exists-guard.js';
import { ifAbsentUses } from './if-absent.js';
import { loaderFinding } from './loader-findings.js';
import { unfilledPlaceholders } from './placeholders.js';
import { ruleIdPrefixes } from './rule-prefix.js';
import { lintSources, type LintSource } from './targets.js';
import type { LintCode, LintFinding, LintOptions, LintResult } from './types.js';
import { unusedDefinitions } from './unused-definitions.js';

/**
 * Lint pack edition files: the loader's schema and static checks (every problem, located), then
 * author-facing rules, each finding with a code, a severity, a message and a fix. Targets are edition
 * files, folders of them, or `pack@edition` (bundled); none means every bundled edition. Given case
 * tables (or those in tests/ beside the files), it also reports rules no case shows failing or passing.
 */
export function lintPolicies(targets: readonly string[] = [], options: LintOptions = {}): LintResult {
  const findings: LintFinding[] = [];
  const sources = lintSources(targets, options, findings);
  const loaded = loadEditionSet(sources.map((s) => s.source), { bundled: true });
  const refused = new Set(loaded.errors.map((error) => error.file));
  const editions = loaded.editions.flatMap((e, i): EditionFile[] => {
    const parsed = !e.written ? undefined : 'text' in e.source ? parseSource(e.source.text, e.source.file) : { document: dataDocument(sources[i]!.file, e.written) };
    if (!e.written || !parsed || !('document' in parsed)) return [];
    // A file the loader reports on is not loaded, even where it compiled: rules that need the compiled edition wait until it is fixed.
    const compiled = e.compiled && !refused.has(sources[i]!.file) ? { compiled: e.compiled } : {};
    return [{ file: sources[i]!.file, doc: parsed.document, written: e.written, given: true, ...compiled }];
  });
  findings.push(...loaded.errors.map((error) => loaderFinding(error, editions)));

  const families = packFamilies(editions);
  for (const e of editions) {
    const family = families.get(e.written.pack)!;
    findings.push(...ifAbsentUses(e), ...redundantExistsGuards(e), ...unusedDefinitions(e, family), ...unfilledPlaceholders(e), ...ruleIdPrefixes(e, family));
  }
  for (const family of families.values()) findings.push(...editionDateClashes(family));

  const caseTables = caseTargets(sources, options);
  if (caseTables.length > 0) {
    const { covered, complete } = runCases(caseTables, options.files, options.bundledFiles, findings);
    for (const e of editions) findings.push(...untestedRules(e, covered, complete));
  }

  const sorted = inFileOrder(findings, sources);
  return {
    findings: sorted,
    errorCount: sorted.filter((f) => f.severity === 'error').length,
    warningCount: sorted.filter((f) => f.severity === 'warning').length,
    fatalCount: sorted.filter((f) => f.fatal).length,
    editions: editions.map((e) => ({ pack: e.written.pack, edition: e.written.edition, file: e.file })),
    caseTables,
  };
}

/** The case tables to run: those given, else the tests/ folder beside each file and the bundled tables of bundled editions. */
function caseTargets(sources: readonly LintSource[], options: LintOptions): string[] {
  if (options.tests) return [...options.tests];
  const tested = new Set(bundledCaseTables().map((t) => bundledTablePack(t)));
  const targets = new Set<string>();
  for (const source of sources) {
    if (source.bundled) {
      const written = bundledEditionFiles().find((e) => e.file === source.file)?.written;
      if (written && tested.has(written.pack)) targets.add(editionName(written));
      continue;
    }
    const folder = joinPath(folderOf(source.file), 'tests');
    if (options.files && (searchFolder(folder, options.files) ?? []).length > 0) targets.add(folder);
  }
  return [...targets];
}

/**
 * Run each case target on its own, so a table that cannot run (it names a file that does not load,
 * say) keeps only its own coverage from being counted. A refused table is fatal; problems the loader
 * has already reported for the files it names are not repeated.
 */
function runCases(targets: readonly string[], files: CaseFileSystem | undefined, bundledFiles: LintOptions['bundledFiles'], findings: LintFinding[]): { covered: EditionCoverage[]; complete: boolean } {
  const covered: EditionCoverage[] = [];
  let complete = true;
  for (const target of targets) {
    try {
      covered.push(...runCaseTables([target], { ...(files ? { files } : {}), ...(bundledFiles ? { bundledFiles } : {}) }).coverage.editions);
    } catch (error) {
      if (!(error instanceof KanmonError)) throw error;
      complete = false;
      const said = (d: Diagnostic): boolean => findings.some((f) => f.file === d.file && f.pointer === d.pointer && f.code === d.code);
      findings.push(...error.diagnostics.filter((d) => !said(d)).map((d): LintFinding => ({ ...d, code: d.code as LintCode, fatal: true })));
    }
  }
  return { covered, complete };
}

/** Findings without a file first (targets), then file by file in the order of the sources, each from top to bottom. */
function inFileOrder(findings: readonly LintFinding[], sources: readonly LintSource[]): LintFinding[] {
  const files = [...new Set([...sources.map((s) => s.file), ...findings.flatMap((f) => (f.file !== undefined ? [f.file] : []))])];
  const rank = (f: LintFinding): number => (f.file === undefined ? -1 : files.indexOf(f.file));
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || (a.f.line ?? 0) - (b.f.line ?? 0) || (a.f.column ?? 0) - (b.f.column ?? 0) || a.i - b.i)
    .map((x) => x.f);
}
