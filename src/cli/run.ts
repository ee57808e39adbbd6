import { version } from '../../package.json';
import { msg } from '../diagnostics/catalogue/index.js';
import { KanmonError } from '../diagnostics/diagnostic.js';
import type { Lang } from '../shared/messages.js';
import { checkFlagsFor, commandOf, formatFor, parseCommandLine, UsageError, type Flags } from './args.js';
import { checkCommand } from './check-command.js';
import { diffCommand } from './diff-command.js';
import type { Command } from './flags.js';
import { graphCommand } from './graph-command.js';
import { helpText } from './help.js';
import type { CliIo } from './io.js';
import { lintCommand } from './lint-command.js';
import { packsCommand } from './packs-command.js';
import { testCommand } from './test-command.js';

/** CLI exit status: 0 allowed, 1 denied, 2 bad input or usage. */
export type ExitCode = 0 | 1 | 2;

/** Default language from the environment: ja_* → ja, else en. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Everything a command is run with. */
interface Run {
  command: Command;
  args: readonly string[];
  format: string;
  lang: Lang;
  io: CliIo;
  flags: Flags;
}

/** One command: its own module does the work. */
function dispatch(r: Run): ExitCode {
  const { args, lang, io, flags } = r;
  switch (r.command) {
    case 'check':
    case 'gate': return checkCommand(args, { command: r.command, format: r.format, lang, io, flags, toFile: flags.string('output') !== undefined });
    case 'packs': return packsCommand(args, { format: r.format as 'text' | 'json', lang, io, flags });
    case 'graph': return graphCommand(args, { format: r.format as 'mermaid' | 'dot', lang, io, flags });
    case 'diff': return diffCommand(args, { format: r.format as 'text' | 'json', lang, io, flags });
    case 'test': return testCommand(args, { format: r.format, lang, io, flags });
    case 'lint': return lintCommand(args, { format: r.format, lang, io, flags });
  }
}

/** Run the kanmon CLI with arguments (without node and script); returns the exit status. */
export function run(argv: readonly string[], io: CliIo): ExitCode {
  let lang = langFromEnv(io.env);
  try {
    const { command: name, args, flags, problem } = parseCommandLine(argv);
    const asked = flags.string('lang');
    if (asked !== undefined) {
      if (asked !== 'ja' && asked !== 'en') throw new UsageError(msg('cli.invalid-lang', { value: asked }));
      lang = asked;
    }
    if (problem) throw new UsageError(problem);
    if (flags.on('version')) { io.stdout(`${version}\n`); return 0; }
    if (flags.on('help') || name === undefined || name === 'help') { io.stdout(`${helpText(lang)}\n`); return name === undefined && !flags.on('help') ? 2 : 0; }
    const command = commandOf(name);
    checkFlagsFor(command, flags);
    const format = formatFor(command, flags);
    const output = flags.string('output');
    if (output === undefined) return dispatch({ command, args, format, lang, io, flags });
    // --output: what the command prints goes to the file, written once the command is done.
    let text = '';
    const status = dispatch({ command, args, format, lang, io: { ...io, stdout: (t) => { text += t; } }, flags });
    return writeOutput(output, text, io, lang) ? status : 2;
  } catch (error) {
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
