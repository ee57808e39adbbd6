import { version } from '../../package.json';
import { formatLintJson } from '../authoring/lint/format-json.js';
import { formatLintText } from '../authoring/lint/format-text.js';
import { lintPolicies } from '../authoring/lint/lint.js';
import type { LintFinding, LintResult } from '../authoring/lint/types.js';
import { msg } from '../diagnostics/catalogue/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatGithubDiagnostics } from '../report/formatters/github.js';
import { formatJUnitDiagnostics } from '../report/formatters/junit.js';
import { formatSarifDiagnostics } from '../report/formatters/sarif.js';
import type { Bilingual, Lang } from '../shared/messages.js';
import { UsageError, type Flags } from './args.js';
import { packFileReaders, type CliIo } from './io.js';
import type { CommandRunner } from './command-line.js';

/** What kanmon lint is run with. */
export interface LintContext {
  format: string;
  lang: Lang;
  io: CliIo;
  flags: Flags;
}

/**
 * kanmon lint [edition files | folders | pack@edition…]: the loader's checks and the authoring rules.
 * Exit 0 clean (warnings allowed up to --max-warnings), 1 a finding at error or too many warnings,
 * 2 a file that cannot be read, loaded or tested, or bad usage.
 */
export function lintCommand(targets: readonly string[], ctx: LintContext): 0 | 1 | 2 {
  const { io, lang, format, flags } = ctx;
  const given = flags.string('max-warnings');
  if (given !== undefined && !/^\d+$/.test(given.trim())) throw new UsageError(msg('lint.cli.max-warnings', { value: given }));
  const maxWarnings = given === undefined ? undefined : Number(given);
  const tests = flags.list('tests');
  // The bundled editions' files ship with the package: read there, their findings get lines and columns.
  const result = lintPolicies(targets, { ...packFileReaders(io), ...(tests.length ? { tests } : {}) });
  const options = maxWarnings === undefined ? {} : { maxWarnings };
  const out = {
    text: () => formatLintText(result, { lang, ...options }),
    json: () => formatLintJson(result, options),
    sarif: () => formatSarifDiagnostics(withFixes(result.findings), { lang, toolVersion: version, executionSuccessful: result.fatalCount === 0 }),
    junit: () => formatJUnitDiagnostics(`kanmon ${version} lint`, withFixes(result.findings), lang),
    github: () => `${formatGithubDiagnostics(withFixes(result.findings), lang)}${formatLintSummary(result, lang, maxWarnings)}`,
  }[format as 'text'];
  io.stdout(out());
  if (result.fatalCount > 0) return 2;
  return result.errorCount > 0 || (maxWarnings !== undefined && result.warningCount > maxWarnings) ? 1 : 0;
}

/** Lint findings as diagnostics whose message ends with the fix, for the formats that carry one text per problem. */
function withFixes(findings: readonly LintFinding[]): Diagnostic[] {
  return findings.map(({ hint, ...d }) => {
    if (!hint) return d;
    const fix = (lang: Lang): string => `${d.message[lang]}\n${msg('lint.text.fix')[lang]} ${hint[lang]}`;
    const message: Bilingual = { ja: fix('ja'), en: fix('en') };
    return { ...d, message };
  });
}

/** The counts under the annotations, as the text output ends. */
function formatLintSummary(result: LintResult, lang: Lang, maxWarnings: number | undefined): string {
  const lines = [msg('lint.text.summary', { errors: result.errorCount, warnings: result.warningCount })[lang]];
  if (result.fatalCount > 0) lines.push(msg('lint.text.fatal', { count: result.fatalCount })[lang]);
  if (maxWarnings !== undefined && result.warningCount > maxWarnings) lines.push(msg('lint.text.max-warnings', { warnings: result.warningCount, max: maxWarnings })[lang]);
  return `${lines.join('\n')}\n`;
}

/** lint, as the command line runs it. */
export const runLint: CommandRunner = (r) => lintCommand(r.args, { format: r.format, lang: r.lang, io: r.io, flags: r.flags });
