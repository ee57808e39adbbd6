import { msg } from '../diagnostics/catalogue/index.js';
import { formatLintJson } from '../authoring/lint/format-json.js';
import { formatLintText } from '../authoring/lint/format-text.js';
import { lintPolicies } from '../authoring/lint/lint.js';
import type { Lang } from '../shared/messages.js';
import { textReader, type CliIo } from './io.js';
import { packageFile } from './package-root.js';

interface LintContext {
  format: string;
  lang: Lang;
  io: CliIo;
  tests: readonly string[] | undefined;
  maxWarnings: string | undefined;
}

/**
 * kanmon lint [edition files | folders | pack@edition…]: the loader's checks and the authoring rules.
 * Exit 0 clean (warnings allowed up to --max-warnings), 1 a finding at error or too many warnings,
 * 2 a file that cannot be read, loaded or tested, or bad usage.
 */
export function lintCommand(targets: readonly string[], ctx: LintContext): 0 | 1 | 2 {
  const { io, lang, format } = ctx;
  if (format !== 'text' && format !== 'json') { io.stderr(`kanmon: ${msg('lint.cli.format', { format })[lang]}\n`); return 2; }
  const maxWarnings = ctx.maxWarnings === undefined ? undefined : Number(ctx.maxWarnings);
  if (maxWarnings !== undefined && !(/^\d+$/.test(ctx.maxWarnings!.trim()))) { io.stderr(`kanmon: ${msg('lint.cli.max-warnings', { value: ctx.maxWarnings })[lang]}\n`); return 2; }
  const readFile = textReader(io.readFile);
  const files = { readFile, ...(io.listDir ? { listDir: (path: string) => io.listDir!(path) } : {}) };
  // The bundled editions' files ship with the package: read there, their findings get lines and columns.
  const bundledFiles = { readFile: (path: string) => readFile(packageFile(path)) };
  const result = lintPolicies(targets, { files, bundledFiles, ...(ctx.tests ? { tests: ctx.tests } : {}) });
  const options = maxWarnings === undefined ? {} : { maxWarnings };
  io.stdout(format === 'json' ? formatLintJson(result, options) : formatLintText(result, { lang, ...options }));
  if (result.fatalCount > 0) return 2;
  return result.errorCount > 0 || (maxWarnings !== undefined && result.warningCount > maxWarnings) ? 1 : 0;
}
