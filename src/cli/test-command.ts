import { belowMinimum } from '../authoring/coverage.js';
import { formatCaseDiagnosticsJson, formatCaseRunJson } from '../authoring/format-json.js';
import { formatCaseDiagnostics, formatCaseRunText } from '../authoring/format-text.js';
import { runCaseTables } from '../authoring/runner.js';
import { msg } from '../diagnostics/catalogue/index.js';
import { KanmonError } from '../diagnostics/diagnostic.js';
import type { Lang } from '../shared/messages.js';
import { UsageError, type Flags } from './args.js';
import { caseProblemsJUnit, caseRunGithub, caseRunJUnit, caseRunSarif } from './case-formats.js';
import { packFileReaders, type CliIo } from './io.js';
import type { CommandRunner } from './command-line.js';

/** What kanmon test is run with. */
export interface TestContext {
  format: string;
  lang: Lang;
  io: CliIo;
  flags: Flags;
}

/** kanmon test [case tables | folders | pack@edition…]: run the cases, print results and coverage; 1 when a case fails or coverage is below the minimum. */
export function testCommand(targets: readonly string[], ctx: TestContext): 0 | 1 | 2 {
  const { io, lang, format } = ctx;
  const given = ctx.flags.string('coverage-min');
  const coverageMin = given === undefined ? undefined : Number(given);
  if (coverageMin !== undefined && (given!.trim() === '' || !(coverageMin >= 0 && coverageMin <= 100))) throw new UsageError(msg('cases.cli.coverage-min', { value: given }));
  try {
    const result = runCaseTables(targets, packFileReaders(io));
    const options = coverageMin === undefined ? {} : { coverageMin };
    const out = {
      text: () => formatCaseRunText(result, { lang, ...options }),
      json: () => formatCaseRunJson(result, options),
      junit: () => caseRunJUnit(result, lang),
      github: () => caseRunGithub(result, lang),
      sarif: () => caseRunSarif(result, lang),
    }[format as 'text'];
    io.stdout(out());
    return result.failed > 0 || (coverageMin !== undefined && belowMinimum(result.coverage, coverageMin)) ? 1 : 0;
  } catch (error) {
    if (!(error instanceof KanmonError)) throw error;
    const problems = {
      text: () => undefined,
      json: () => formatCaseDiagnosticsJson(error.diagnostics),
      junit: () => caseProblemsJUnit(error.diagnostics, lang),
      github: () => caseRunGithub(error.diagnostics, lang),
      sarif: () => caseRunSarif(error.diagnostics, lang),
    }[format as 'text']();
    if (problems === undefined) io.stderr(formatCaseDiagnostics(error.diagnostics, lang));
    else io.stdout(problems);
    return 2;
  }
}

/** test, as the command line runs it. */
export const runTest: CommandRunner = (r) => testCommand(r.args, { format: r.format, lang: r.lang, io: r.io, flags: r.flags });
