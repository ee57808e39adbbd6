import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, FORMATS } from '../../src/cli/flags.js';
import { helpFlags, helpText } from '../../src/cli/help.js';

// docs/cli.md is the reference for the command line: it and `kanmon --help` must list the same
// commands, flags and formats, so neither can fall behind the other.

const doc = readFileSync('docs/cli.md', 'utf8');
const section = (title: string): string => {
  const start = doc.indexOf(`\n## ${title}\n`);
  expect(start, `section ${title}`).toBeGreaterThan(0);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
};
/** The first cell of each row of the tables in a section (header and rule rows left out). */
const firstCells = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|---')).slice(1).map((l) => l.split('|')[1]!.trim());

describe('docs/cli.md and kanmon --help', () => {
  it('list the same flags, in the same order', () => {
    const documented = firstCells(section('Flags')).map((cell) => /`(--[a-z-]+)`/.exec(cell)?.[1]);
    expect(documented).toEqual(helpFlags());
    for (const lang of ['en', 'ja'] as const) for (const flag of helpFlags()) expect(helpText(lang)).toContain(`  ${flag}`);
  });

  it('describe every command', () => {
    for (const command of COMMANDS) {
      expect(doc).toContain(`\n### kanmon ${command}\n`);
      expect(helpText('en')).toContain(`  kanmon ${command}`);
    }
  });

  it('give every command the same formats, and describe each format', () => {
    const rows = section('Formats').split('\n').filter((l) => /^\| [a-z]+ \| /.test(l)).slice(1);
    expect(Object.fromEntries(rows.map((l) => { const [, command, formats] = l.split('|').map((c) => c.trim()); return [command, formats!.split(', ')]; }))).toEqual(FORMATS);
    for (const format of new Set(Object.values(FORMATS).flat())) expect(section('Formats')).toMatch(new RegExp(`\\n### (.*, )?${format}(, .*)?\\n`));
    for (const command of COMMANDS) expect(helpText('en')).toContain(`  ${command.padEnd(8)}${FORMATS[command].join(', ')}\n`);
  });

  it('give the exit statuses 0, 1 and 2', () => {
    expect(firstCells(section('Exit status'))).toEqual(['0', '1', '2']);
  });
});
