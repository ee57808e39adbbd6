import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { parseDescriptor } from '../descriptor/validate.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CompiledEdition, Phase, Severity } from '../engine/compiled.js';
import { diffCommand } from './diff-command.js';
import { lintCommand } from './lint-command.js';
import { describeProblems, loadPolicies, readDescriptor, readText } from './inputs.js';
import { evaluate } from '../evaluate.js';
import { gate } from '../gate.js';
import { bundledEditions } from '../policy/bundled.js';
import { readRegistryFile } from './registry-file.js';
import { formatText } from '../report/formatters/text.js';
import { formatMarkdown } from '../report/formatters/markdown.js';
import { renderNetworkGraph } from '../graph/render.js';
import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { Report } from '../report/types.js';
import type { Bilingual, Lang } from '../shared/messages.js';
import { helpText } from './help.js';
import { formatCaseDiagnostics, formatCaseRunText } from '../authoring/format-text.js';
import { formatCaseDiagnosticsJson, formatCaseRunJson } from '../authoring/format-json.js';
import { runCaseTables } from '../authoring/runner.js';
import { msg } from '../diagnostics/catalogue/index.js';
import { KanmonError } from '../diagnostics/diagnostic.js';
import { belowMinimum } from '../authoring/coverage.js';
import { packageFile } from './package-root.js';
import { packsShow } from './packs-show.js';
import { textReader, type CliIo } from './io.js';

/** CLI exit status: 0 allowed, 1 denied, 2 bad input or usage. */
export type ExitCode = 0 | 1 | 2;

class UsageError extends Error {
  constructor(readonly text: Bilingual) { super(text.en); }
}

const OPTIONS = {
  format: { type: 'string' }, 'as-of': { type: 'string' }, phase: { type: 'string' }, lang: { type: 'string' },
  'fail-on': { type: 'string' }, pack: { type: 'string', multiple: true }, edition: { type: 'string', multiple: true },
  policy: { type: 'string', multiple: true }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }, 'ismap-registry': { type: 'string' }, 'fail-on-change': { type: 'boolean' }, retroactive: { type: 'boolean' },
  resolved: { type: 'boolean' },
  'coverage-min': { type: 'string' }, tests: { type: 'string', multiple: true }, 'max-warnings': { type: 'string' },
} as const;

/** Default language from the environment: ja_* → ja, else en. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Run the kanmon CLI with arguments (without node and script); returns the exit status. */
export function run(argv: readonly string[], io: CliIo): ExitCode {
  let lang = langFromEnv(io.env);
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    if (values.lang !== undefined) {
      if (values.lang !== 'ja' && values.lang !== 'en') throw new UsageError({ ja: `--lang は ja か en です（指定: ${values.lang}）。`, en: `--lang must be ja or en (got ${values.lang}).` });
      lang = values.lang;
    }
    if (values.version) { io.stdout(`${version}\n`); return 0; }
    const [command, ...files] = positionals;
    if (values.help || command === undefined || command === 'help') { io.stdout(`${helpText(lang)}\n`); return command === undefined && !values.help ? 2 : 0; }
    if (command === 'graph') return graphCommand(files, { format: values.format, asOf: values['as-of'], lang, io });
    if (command === 'lint') return lintCommand(files, { format: values.format ?? 'text', lang, io, tests: values.tests, maxWarnings: values['max-warnings'] });
    if (command === 'test') return testCommand(files, { format: values.format ?? 'text', coverageMin: values['coverage-min'], lang, io });
    if (command === 'diff') {
      return diffCommand(files, { format: values.format, asOf: values['as-of'], lang, io, policies: values.policy ?? [], failOnChange: values['fail-on-change'] ?? false });
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'markdown') throw new UsageError({ ja: `--format は text か json です（check では markdown も可。指定: ${format}）。`, en: `--format must be text or json, or markdown for check (got ${format}).` });
    if (format === 'markdown' && command !== 'check') throw new UsageError({ ja: '--format markdown は check でだけ使えます。', en: '--format markdown works with check only.' });
    if (command === 'packs' && files.length > 0) {
      if (files[0] !== 'show') throw new UsageError({ ja: `packs の後には show だけが書けます（指定: ${files[0]}）。kanmon --help を見てください。`, en: `packs takes only the sub-command show (got ${files[0]}). See kanmon --help.` });
      return packsShow(files.slice(1), { format: format as 'text' | 'json', resolved: values.resolved ?? false, policies: values.policy ?? [], lang, io });
    }

    const policies = values.policy?.length ? loadPolicies(values.policy, io, lang) : undefined;
    if (policies === 'failed') return 2;
    const ismapRegistry = values['ismap-registry'] !== undefined ? readRegistryFile(values['ismap-registry'], io, lang) : undefined;
    if (ismapRegistry === 'failed') return 2;
    if (command === 'packs') return listPacks(policies ?? bundledEditions(), format, lang, io);
    if (command !== 'check' && command !== 'gate') {
      throw new UsageError({ ja: `未知のコマンド「${command}」です。kanmon --help を見てください。`, en: `Unknown command "${command}". See kanmon --help.` });
    }
    if (files.length === 0) throw new UsageError({ ja: '点検する記述子ファイルを指定してください。', en: 'Name at least one descriptor file to check.' });
    const pins: Record<string, string> = {};
    for (const pin of values.edition ?? []) {
      const m = /^([^=]+)=(.+)$/.exec(pin);
      if (!m) throw new UsageError({ ja: `--edition は パック=版 の形で指定してください（指定: ${pin}）。`, en: `--edition takes pack=edition (got ${pin}).` });
      pins[m[1]!] = m[2]!;
    }
    const phase = (values.phase ?? (command === 'gate' ? 'budget_request' : undefined)) as Phase | undefined;
    return checkFiles(files, {
      format, lang, io, gate: command === 'gate', verbose: values.verbose ?? false,
      options: {
        lang, ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}), ...(phase ? { phase } : {}),
        ...(values['fail-on'] !== undefined ? { failOn: values['fail-on'] as Severity } : {}),
        ...(values.pack ? { packs: values.pack } : {}), ...(Object.keys(pins).length ? { editions: pins } : {}),
        ...(policies ? { policies } : {}), ...(ismapRegistry ? { ismapRegistry } : {}), ...(values.retroactive ? { retroactive: true } : {}), now: io.now,
      },
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kanmon: ${error.text[lang]}\n`);
      return 2;
    }
    if (error instanceof KanmonError) {
      for (const d of error.diagnostics) io.stderr(`kanmon: ${d.file !== undefined ? `${d.file}:${d.line ?? 1}:${d.column ?? 1}: ` : ''}${d.message[lang]}\n`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`kanmon: ${lang === 'ja' ? '引数が不正です' : 'bad arguments'}: ${error.message}\n${lang === 'ja' ? 'kanmon --help を見てください。' : 'See kanmon --help.'}\n`);
      return 2;
    }
    throw error;
  }
}

interface CheckContext {
  format: 'text' | 'json' | 'markdown';
  lang: Lang;
  io: CliIo;
  gate: boolean;
  verbose: boolean;
  options: Parameters<typeof evaluate>[1] & object;
}

function checkFiles(files: readonly string[], ctx: CheckContext): ExitCode {
  const { io, lang } = ctx;
  const results: ({ file: string; report: Report } | { file: string; error: { code: string; diagnostics: Diagnostic[] } })[] = [];
  let worst: ExitCode = 0;
  for (const file of files) {
    const read = readText(file, io, lang, ctx.format === 'json');
    if ('error' in read) {
      results.push({ file, error: { code: 'unreadable-file', diagnostics: read.diagnostics } });
      worst = 2;
      continue;
    }
    const parsed = parseDescriptor(read.text, file);
    if (!parsed.ok) {
      results.push({ file, error: { code: 'invalid-descriptor', diagnostics: parsed.diagnostics } });
      if (ctx.format !== 'json') io.stderr(describeProblems(file, parsed.diagnostics, lang));
      worst = 2;
      continue;
    }
    const options = { ...ctx.options, ...(parsed.source ? { source: parsed.source } : {}) };
    // A gate judges at the caller's date (today, or --as-of), never at the date the descriptor claims.
    const report = ctx.gate ? gate(parsed.descriptor, options).report : evaluate(parsed.descriptor, options);
    results.push({ file, report });
    if (ctx.format === 'text') io.stdout(`${ctx.gate ? gateLine(report) : formatText(report, { verbose: ctx.verbose })}\n`);
    if (ctx.format === 'markdown') io.stdout(markdownReport(parsed.descriptor, report, ctx.verbose));
    if (report.decision === 'deny' && worst === 0) worst = 1;
  }
  if (ctx.format === 'json') io.stdout(`${JSON.stringify({ tool: 'kanmon', version, results }, null, 2)}\n`);
  return worst;
}

function gateLine(report: Report): string {
  const ja = report.lang === 'ja';
  const failing = report.findings.filter((f) => f.status === 'fail' || f.status === 'missing');
  const head = `${report.descriptor.file ?? report.descriptor.id}: ${report.decision === 'deny' ? (ja ? '不可' : 'DENY') : (ja ? '可' : 'ALLOW')}`;
  return [head, ...failing.map((f) => `  ${f.line !== undefined ? `${f.line}:${f.column}` : f.pointer}  ${f.severity}  ${f.ruleId}  ${f.message}`)].join('\n');
}

function listPacks(editions: readonly CompiledEdition[], format: 'text' | 'json' | 'markdown', lang: Lang, io: CliIo): ExitCode {
  const rows = [...editions]
    .sort((a, b) => a.pack.localeCompare(b.pack) || a.effective.from.localeCompare(b.effective.from))
    .map((e) => ({ pack: e.pack, edition: e.edition, title: e.title[lang], effective: e.effective, rules: e.rules.length, hash: e.hash }));
  if (format === 'json') io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    for (const r of rows) {
      io.stdout(`${r.pack}  ${r.edition}  ${lang === 'ja' ? '施行' : 'from'} ${r.effective.from}${r.effective.until ? ` ${lang === 'ja' ? '〜' : 'until'} ${r.effective.until}` : ''}  ${r.rules} ${lang === 'ja' ? 'ルール' : 'rules'}  sha256:${r.hash.slice(0, 12)}\n    ${r.title}\n`);
    }
  }
  return 0;
}

/** check --format markdown: the report as Markdown, with the network picture when the descriptor has one. */
function markdownReport(descriptor: KanmonDescriptor, report: Report, verbose: boolean): string {
  const graph = descriptor.localNetwork ? renderNetworkGraph(descriptor, report, { format: 'mermaid', lang: report.lang }) : undefined;
  return formatMarkdown(report, { verbose, ...(graph !== undefined ? { graph } : {}) });
}

/** kanmon graph <descriptor>: evaluate it and draw its local-government network as Mermaid or DOT. */
function graphCommand(files: readonly string[], ctx: { format: string | undefined; asOf: string | undefined; lang: Lang; io: CliIo }): ExitCode {
  const { io, lang } = ctx;
  const format = ctx.format ?? 'mermaid';
  if (format !== 'mermaid' && format !== 'dot') throw new UsageError({ ja: `graph の --format は mermaid か dot です（指定: ${format}）。`, en: `--format for graph must be mermaid or dot (got ${format}).` });
  if (files.length !== 1) throw new UsageError({ ja: 'graph には記述子ファイルを一つ指定してください。', en: 'graph takes exactly one descriptor file.' });
  const file = files[0]!;
  const parsed = readDescriptor(file, io, lang);
  if (!parsed) return 2;
  if (!parsed.descriptor.localNetwork) {
    io.stderr(`kanmon: ${lang === 'ja' ? `${file} に localNetwork がないため、描くネットワークがありません。` : `${file} has no localNetwork, so there is no network to draw.`}\n`);
    return 2;
  }
  const report = evaluate(parsed.descriptor, { lang, ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}), ...(parsed.source ? { source: parsed.source } : {}), now: io.now });
  io.stdout(renderNetworkGraph(parsed.descriptor, report, { format, lang }));
  return 0;
}

/** kanmon test [case tables | folders | pack@edition…]: run the cases, print results and coverage; 1 when a case fails or coverage is below the minimum. */
function testCommand(targets: readonly string[], ctx: { format: string; coverageMin: string | undefined; lang: Lang; io: CliIo }): ExitCode {
  const { io, lang, format } = ctx;
  if (format !== 'text' && format !== 'json') throw new UsageError(msg('cases.cli.format', { format }));
  const coverageMin = ctx.coverageMin === undefined ? undefined : Number(ctx.coverageMin);
  if (coverageMin !== undefined && (ctx.coverageMin!.trim() === '' || !(coverageMin >= 0 && coverageMin <= 100))) throw new UsageError(msg('cases.cli.coverage-min', { value: ctx.coverageMin }));
  try {
    const read = textReader(io.readFile);
    // The bundled packs' tables are files of the installed package, read where it is installed.
    const bundledFiles = { readFile: (path: string) => read(packageFile(path)) };
    const result = runCaseTables(targets, { files: { readFile: read, ...(io.listDir ? { listDir: (path: string) => io.listDir!(path) } : {}) }, bundledFiles });
    const options = coverageMin === undefined ? {} : { coverageMin };
    io.stdout(format === 'json' ? formatCaseRunJson(result, options) : formatCaseRunText(result, { lang, ...options }));
    return result.failed > 0 || (coverageMin !== undefined && belowMinimum(result.coverage, coverageMin)) ? 1 : 0;
  } catch (error) {
    if (!(error instanceof KanmonError)) throw error;
    if (format === 'json') io.stdout(formatCaseDiagnosticsJson(error.diagnostics));
    else io.stderr(formatCaseDiagnostics(error.diagnostics, lang));
    return 2;
  }
}
