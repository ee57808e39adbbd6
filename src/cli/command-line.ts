import { version } from '../../package.json';
import { msg } from '../diagnostics/catalogue/index.js';
import { KanmonError } from '../diagnostics/diagnostic.js';
import type { Lang } from '../shared/messages.js';
import { checkFlagsFor, commandOf, formatFor, parseCommandLine, UsageError, type Flags } from './args.js';
import type { Command } from './flags.js';
import { helpText } from './help.js';
import type { CliIo } from './io.js';

// The command line up to and around one command: parsing, --lang, --help, --version, --output and
// the reporting of usage and input errors. Which code runs the command is passed in, so that a
// caller may load only that command's code (the bin does; run() has every command at hand).

/** CLI exit status: 0 allowed, 1 denied, 2 bad input or usage. */
export type ExitCode = 0 | 1 | 2;

/** Everything a command is run with. */
export interface Run {
  command: Command;
  args: readonly string[];
  format: string;
  lang: Lang;
  io: CliIo;
  flags: Flags;
}

/** The code of one command: its own module does the work. */
export type CommandRunner = (r: Run) => ExitCode;

/** Default language from the environment: ja_* → ja, else en. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** A command line taken apart: the command to run, or the status when there is none to run. */
type Parsed = { run: Run } | { status: ExitCode };

/** Run the command line with every command's runner at hand. */
export function runWith(argv: readonly string[], io: CliIo, runnerOf: (command: Command) => CommandRunner): ExitCode {
  const state = { lang: langFromEnv(io.env) };
  try {
    const parsed = parse(argv, io, state);
    return 'status' in parsed ? parsed.status : runCommand(parsed.run, runnerOf(parsed.run.command));
  } catch (error) {
    return reported(error, state.lang, io);
  }
}

/** Run the command line, loading only the runner of the command it names. */
export async function runLoading(argv: readonly string[], io: CliIo, load: (command: Command) => Promise<CommandRunner>): Promise<ExitCode> {
  const state = { lang: langFromEnv(io.env) };
  let parsed: Parsed;
  try {
    parsed = parse(argv, io, state);
  } catch (error) {
    return reported(error, state.lang, io);
  }
  if ('status' in parsed) return parsed.status;
  const runner = await load(parsed.run.command);
  try {
    return runCommand(parsed.run, runner);
  } catch (error) {
    return reported(error, state.lang, io);
  }
}

function parse(argv: readonly string[], io: CliIo, state: { lang: Lang }): Parsed {
  const { command: name, args, flags, problem } = parseCommandLine(argv);
  const asked = flags.string('lang');
  if (asked !== undefined) {
    if (asked !== 'ja' && asked !== 'en') throw new UsageError(msg('cli.invalid-lang', { value: asked }));
    state.lang = asked;
  }
  const { lang } = state;
  if (problem) throw new UsageError(problem);
  if (flags.on('version')) { io.stdout(`${version}\n`); return { status: 0 }; }
  if (flags.on('help') || name === undefined || name === 'help') { io.stdout(`${helpText(lang)}\n`); return { status: name === undefined && !flags.on('help') ? 2 : 0 }; }
  const command = commandOf(name);
  checkFlagsFor(command, flags);
  return { run: { command, args, format: formatFor(command, flags), lang, io, flags } };
}

function runCommand(r: Run, runner: CommandRunner): ExitCode {
  const output = r.flags.string('output');
  if (output === undefined) return runner(r);
  // --output: what the command prints goes to the file, written once the command is done.
  let text = '';
  const status = runner({ ...r, io: { ...r.io, stdout: (t) => { text += t; } } });
  return writeOutput(output, text, r.io, r.lang) ? status : 2;
}

/** A usage or input error said on stderr (status 2); anything else is a bug and is thrown on. */
function reported(error: unknown, lang: Lang, io: CliIo): ExitCode {
  if (error instanceof UsageError) {
    io.stderr(`kanmon: ${error.text[lang]}\n`);
    return 2;
  }
  if (error instanceof KanmonError) {
    for (const d of error.diagnostics) io.stderr(`kanmon: ${d.file !== undefined ? `${d.file}:${d.line ?? 1}:${d.column ?? 1}: ` : ''}${d.message[lang]}\n`);
    return 2;
  }
  throw error;
}

function writeOutput(file: string, text: string, io: CliIo, lang: Lang): boolean {
  try {
    if (!io.writeFile) throw Object.assign(new Error('no writeFile'), { code: 'unsupported' });
    io.writeFile(file, text);
    return true;
  } catch (error) {
    io.stderr(`kanmon: ${msg('cli.output-failed', { file, reason: String((error as NodeJS.ErrnoException).code ?? 'error') })[lang]}\n`);
    return false;
  }
}
