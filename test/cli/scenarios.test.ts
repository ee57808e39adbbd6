import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { englishSentences, jsonStrings } from './english.js';
import { runCli, type CliRun } from './harness.js';

export { runCli } from './harness.js';

// End-to-end CLI scenarios (Spectral's habit): each file gives documents, a command, the exit
// status and the output. A string is the whole output; a list, parts it must contain (for output
// that follows the bundled packs, which change as the guidelines do). Every scenario runs again in
// Japanese, which must say the same with no English sentence left in it.
interface Scenario {
  description: string;
  files?: Record<string, string>;
  stdin?: string;
  argv: string[];
  env?: Record<string, string>;
  status: 0 | 1 | 2;
  stdout?: string | string[];
  stderr?: string | string[];
  notStdout?: string[];
  stdoutJson?: boolean;
  /** Files written with --output: the whole text, or parts it contains. */
  written?: Record<string, string | string[]>;
  /**
   * The Japanese run: `allow` lists data in English the output may show as given (case names, the
   * section labels of an English-language source); `verbatim` says stdout is a file shown as written.
   */
  ja?: { allow?: string[]; verbatim?: boolean };
}

const scenarios = Object.entries(import.meta.glob<string>('./scenarios/*.yaml', { eager: true, query: '?raw', import: 'default' } as never))
  .map(([path, text]) => ({ path, scenario: parse(text as string) as Scenario }));

function expectOutput(actual: string, expected: string | string[] | undefined): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else for (const text of expected) expect(actual).toContain(text);
}

/** The same command in Japanese: --lang ja (in place of --lang en; a --lang under test stays, LANG=ja_JP speaks for it). */
function inJapanese(argv: readonly string[]): string[] {
  const at = argv.indexOf('--lang');
  if (at !== -1) return argv.map((a, i) => (i === at + 1 && a === 'en' ? 'ja' : a));
  const dashes = argv.indexOf('--');
  return dashes === -1 ? [...argv, '--lang', 'ja'] : [...argv.slice(0, dashes), '--lang', 'ja', ...argv.slice(dashes)];
}

/** English sentences in what a run printed and wrote; JSON is read value by value, its English halves left out. */
function english(r: CliRun, allow: readonly string[], verbatim: boolean): string[] {
  const texts = [...(verbatim ? [] : [r.stdout]), r.stderr, ...Object.values(r.written)].flatMap((t) => {
    try { return jsonStrings(JSON.parse(t)); } catch { return [t]; }
  });
  return texts.flatMap((t) => englishSentences(t, allow));
}

describe('CLI scenarios', () => {
  it('there are scenarios', () => expect(scenarios.length).toBeGreaterThan(5));
  for (const { path, scenario: s } of scenarios) {
    it(`${path}: ${s.description}`, () => {
      const r = runCli(s.argv, { ...(s.files ? { files: s.files } : {}), ...(s.env ? { env: s.env } : {}), ...(s.stdin !== undefined ? { stdin: s.stdin } : {}) });
      expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: s.status });
      expectOutput(r.stdout, s.stdout);
      expectOutput(r.stderr, s.stderr);
      for (const text of s.notStdout ?? []) expect(r.stdout).not.toContain(text);
      if (s.stdoutJson) expect(() => JSON.parse(r.stdout)).not.toThrow();
      for (const [file, text] of Object.entries(s.written ?? {})) {
        expect(Object.keys(r.written)).toContain(file);
        expectOutput(r.written[file]!, text);
      }
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    }, 60_000); // some scenarios load every pack or run case tables: allow for a busy machine
  }
});

describe('CLI scenarios in Japanese', () => {
  for (const { path, scenario: s } of scenarios) {
    it(`${path}: the same exit status, and no English sentence`, () => {
      const r = runCli(inJapanese(s.argv), { ...(s.files ? { files: s.files } : {}), env: { ...s.env, LANG: 'ja_JP.UTF-8' }, ...(s.stdin !== undefined ? { stdin: s.stdin } : {}) });
      expect(r.status).toBe(s.status);
      expect(english(r, s.ja?.allow ?? [], s.ja?.verbatim ?? false)).toEqual([]);
    });
  }
});
