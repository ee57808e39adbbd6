import { version } from '../../package.json';
import { parseDescriptor } from '../descriptor/validate.js';
import { msg } from '../diagnostics/catalogue/index.js';
import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { Phase } from '../engine/compiled.js';
import { evaluateView, type EvaluateOptions } from '../evaluate.js';
import { gate } from '../gate.js';
import { renderNetworkGraph } from '../graph/render.js';
import { formatGateMarkdown } from '../report/formatters/gate-markdown.js';
import { formatGateText } from '../report/formatters/gate-text.js';
import { writtenReport, type ReportView } from '../report/finding-list.js';
import { runSummaryText, writeGithubRun } from '../report/formatters/github.js';
import { writeJson, type Write } from '../report/formatters/json-stream.js';
import { writeJunitRun } from '../report/formatters/junit.js';
import { writeMarkdown } from '../report/formatters/markdown.js';
import { runStatus, summariseRun, type FileResultView } from '../report/formatters/results.js';
import { writeSarifRun } from '../report/formatters/sarif.js';
import { writeText } from '../report/formatters/text.js';
import type { Lang } from '../shared/messages.js';
import { failOnFlag, UsageError, type Flags } from './args.js';
import { expandInputs } from './expand-inputs.js';
import { describeProblems, editionsFromFlags, readText } from './inputs.js';
import { bufferedWriter, type CliIo } from './io.js';
import { readRegistryFile } from './registry-file.js';
import type { CommandRunner } from './command-line.js';

/** What check and gate are run with. */
export interface CheckContext {
  command: 'check' | 'gate';
  format: string;
  lang: Lang;
  io: CliIo;
  flags: Flags;
  /** Whether the output goes to a file (--output): problems are then printed on stderr in every format. */
  toFile: boolean;
}

const HUMAN = new Set(['text', 'markdown']);

/**
 * kanmon check | gate <descriptor | folder | glob | ->…: evaluate each descriptor (gate: at the
 * caller's date, budget_request phase by default) and print the findings in the format asked for.
 * Exit 0 every file allowed, 1 one denied, 2 one could not be evaluated (or bad usage).
 */
export function checkCommand(args: readonly string[], ctx: CheckContext): 0 | 1 | 2 {
  const { io, lang, flags, format } = ctx;
  const inputs = expandInputs(args, io);
  if (inputs.length === 0) throw new UsageError(msg('cli.no-descriptor'));
  const options = evaluateOptions(ctx);
  if (options === 'failed') return 2;
  const quiet = !HUMAN.has(format) && !ctx.toFile;
  const results: FileResultView[] = [];
  let markdownFiles = 0;
  const out = bufferedWriter((text) => io.stdout(text));
  for (const input of inputs) {
    const read = readText(input, io, lang, quiet);
    if ('diagnostics' in read) { results.push({ file: input.label, error: { code: 'unreadable-file', diagnostics: read.diagnostics } }); continue; }
    const parsed = parseDescriptor(read.text, input.label);
    if (!parsed.ok) {
      out.flush();
      results.push({ file: input.label, error: { code: 'invalid-descriptor', diagnostics: parsed.diagnostics } });
      if (!quiet) io.stderr(describeProblems(input.label, parsed.diagnostics, lang));
      continue;
    }
    const withSource = { ...options, ...(parsed.source ? { source: parsed.source } : {}) };
    // A gate judges at the caller's date (today, or --as-of), never at the date the descriptor claims.
    // A check's findings are written as they are printed, so a report of any size is never held whole.
    const report: ReportView = ctx.command === 'gate' ? gate(parsed.descriptor, withSource).report : evaluateView(parsed.descriptor, withSource);
    results.push({ file: input.label, report });
    // Text is printed file by file, so a long run shows progress in a CI log.
    if (format === 'text') {
      if (ctx.command === 'gate') out.write(formatGateText(writtenReport(report)));
      else { writeText(report, { verbose: flags.on('verbose') }, out.write); out.write('\n'); }
      out.flush();
    }
    if (format === 'markdown') {
      // Files are separated by an empty line.
      if (markdownFiles++ > 0) out.write('\n');
      if (ctx.command === 'gate') out.write(formatGateMarkdown(writtenReport(report)));
      else writeMarkdownReport(parsed.descriptor, report, flags.on('verbose'), out.write);
    }
  }
  writeRun(results, format, lang, out.write);
  out.flush();
  return runStatus(results);
}

/** Everything but text's per-file part: the whole output of the machine formats, Markdown, and the totals. */
function writeRun(results: readonly FileResultView[], format: string, lang: Lang, write: Write): void {
  const options = { lang, toolVersion: version };
  const totals = results.length > 1 ? `${runSummaryText(results, lang)}\n` : '';
  switch (format) {
    case 'json':
      writeJson({ tool: 'kanmon', version, ...(results.length > 1 ? { summary: summariseRun(results) } : {}), results }, write);
      write('\n');
      return;
    case 'sarif': writeSarifRun(results, options, write); return;
    case 'junit': writeJunitRun(results, options, write); return;
    case 'github': writeGithubRun(results, options, write); return;
    case 'markdown': write(totals ? `\n${totals}` : ''); return;
    default: write(totals);
  }
}

/** The evaluation options the flags give; 'failed' when a policy or registry file cannot be used (problems printed). */
function evaluateOptions(ctx: CheckContext): EvaluateOptions | 'failed' {
  const { flags, io, lang } = ctx;
  const policies = editionsFromFlags(flags, io, lang);
  if (policies === 'failed') return 'failed';
  const registryFile = flags.string('ismap-registry');
  const ismapRegistry = registryFile !== undefined ? readRegistryFile(registryFile, io, lang) : undefined;
  if (ismapRegistry === 'failed') return 'failed';
  const pins: Record<string, string> = {};
  for (const pin of flags.list('edition')) {
    const m = /^([^=]+)=(.+)$/.exec(pin);
    if (!m) throw new UsageError(msg('cli.edition-pin', { value: pin }));
    pins[m[1]!] = m[2]!;
  }
  const asOf = flags.string('as-of');
  const phase = flags.string('phase') as Phase | undefined;
  const failOn = failOnFlag(flags);
  const packs = flags.list('pack');
  return {
    lang, now: () => io.now(),
    ...(asOf !== undefined ? { asOf } : {}), ...(phase !== undefined ? { phase } : {}), ...(failOn !== undefined ? { failOn } : {}),
    ...(packs.length ? { packs } : {}), ...(Object.keys(pins).length ? { editions: pins } : {}),
    ...(policies ? { policies } : {}), ...(ismapRegistry ? { ismapRegistry } : {}), ...(flags.on('retroactive') ? { retroactive: true } : {}),
  };
}

/** check --format markdown: the report as Markdown, with the network picture when the descriptor has one. */
function writeMarkdownReport(descriptor: KanmonDescriptor, report: ReportView, verbose: boolean, write: Write): void {
  const graph = descriptor.localNetwork ? renderNetworkGraph(descriptor, writtenReport(report), { format: 'mermaid', lang: report.lang }) : undefined;
  writeMarkdown(report, { verbose, ...(graph !== undefined ? { graph } : {}) }, write);
}

/** check and gate, as the command line runs them. */
export const runCheck: CommandRunner = (r) => checkCommand(r.args, { command: r.command === 'gate' ? 'gate' : 'check', format: r.format, lang: r.lang, io: r.io, flags: r.flags, toFile: r.flags.string('output') !== undefined });
