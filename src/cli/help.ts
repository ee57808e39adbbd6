import { msg, type MessageId } from '../diagnostics/catalogue/index.js';
import type { Lang } from '../shared/messages.js';
import { COMMANDS, FLAGS, FORMATS, type FlagSpec } from './flags.js';

const WIDTH = 28;
const LINE = 100;

/** Columns a character takes in a terminal: two for CJK and full-width forms, else one. */
const columns = (text: string): number => [...text].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);

/** Text wrapped to the line, each line after `indent`: breaks at spaces, or between CJK characters. */
function wrap(text: string, indent: number): string[] {
  const pieces = text.match(/[\x21-\x7e]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    // Japanese line breaking: a closing mark never starts a line, an opening one never ends one.
    if (line !== '' && columns(line) + columns(piece.trimEnd()) > LINE - indent && !/^[、。，．）」』】]/.test(piece)) {
      const open = /[（「『【]$/.exec(line)?.[0] ?? '';
      lines.push(line.slice(0, line.length - open.length).trimEnd());
      line = open + piece.trimStart();
    } else line += piece;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

function flagUsage(f: FlagSpec): string {
  return `--${f.name}${f.short ? `, -${f.short}` : ''}${f.value ? ` ${f.value}` : ''}`;
}

/** Help text in one language: every command, every flag (with the commands that take it), the formats and exit statuses. */
export function helpText(lang: Lang): string {
  const say = (id: MessageId): string => msg(id)[lang];
  const lines = [say('cli.help.tagline'), '', say('cli.help.usage')];
  for (const command of COMMANDS) {
    lines.push(`  ${say(`cli.command.${command}.usage`)}`, ...wrap(say(`cli.command.${command}.summary`), 6).map((l) => `      ${l}`));
  }
  lines.push('  kanmon --help | --version', '', say('cli.help.options'));
  for (const f of FLAGS) {
    const usage = `  ${flagUsage(f)}`;
    const where = f.commands ? `  [${f.commands.join(', ')}]` : '';
    const text = wrap(`${say(`cli.flag.${f.name}`)}${where}`, WIDTH);
    if (usage.length >= WIDTH) lines.push(usage);
    text.forEach((l, i) => lines.push(`${i === 0 && usage.length < WIDTH ? usage.padEnd(WIDTH) : ' '.repeat(WIDTH)}${l}`));
  }
  lines.push('', say('cli.help.formats'));
  for (const command of COMMANDS) lines.push(`  ${command.padEnd(8)}${FORMATS[command].join(', ')}`);
  lines.push('', say('cli.help.exit'), '', say('cli.help.docs'));
  return lines.join('\n');
}

/** The flags help lists, as `--name` (a test keeps docs/cli.md in step with them). */
export function helpFlags(): string[] {
  return FLAGS.map((f) => `--${f.name}`);
}
