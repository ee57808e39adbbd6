import { expect } from 'vitest';
import { run } from '../../src/cli/run.js';
import { readBounded } from '../../src/parse/read-bounded.js';

/** What one run of the command line answered. */
export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run the command line in-process; files in `files` are read from memory, any other path from disk. */
export function cli(argv: readonly string[], files: Readonly<Record<string, Uint8Array | string>> = {}, lang: 'en' | 'ja' = 'en'): CliResult {
  let stdout = '';
  let stderr = '';
  const status = run(argv, {
    stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; },
    readFile: (path, maxBytes) => {
      const content = files[path];
      if (content === undefined) return readBounded(path, maxBytes);
      // As readBounded does: never more than one byte past the limit.
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      return bytes.length > maxBytes ? bytes.subarray(0, maxBytes + 1) : bytes;
    },
    env: { LANG: lang === 'ja' ? 'ja_JP.UTF-8' : 'C' }, now: () => Date.parse('2026-11-22T03:00:00Z'),
  });
  return { status, stdout, stderr };
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const STACK = /\n\s+at |internal error|内部エラー|Maximum call stack|RangeError|TypeError/;

/**
 * Refused in both languages: exit 2, nothing on standard output, every problem line naming the
 * file (with line:column where `located`), the codes expected, Japanese in the Japanese run, and no
 * stack trace or engine error. Returns the English and Japanese error output.
 */
export function expectRefused(argv: readonly string[], files: Readonly<Record<string, Uint8Array | string>>, expected: { file: string; codes: readonly string[]; located?: boolean }): { en: string; ja: string } {
  const en = cli(argv, files, 'en');
  const ja = cli(argv, files, 'ja');
  for (const r of [en, ja]) {
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK);
    for (const code of expected.codes) expect(r.stderr).toContain(code);
    const place = expected.located === false ? expected.file : `${expected.file}:`;
    expect(r.stderr).toContain(place);
    if (expected.located !== false) expect(r.stderr).toMatch(new RegExp(`${expected.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`));
  }
  expect(ja.stderr).toMatch(JAPANESE);
  expect(en.stderr).not.toMatch(JAPANESE);
  return { en: en.stderr, ja: ja.stderr };
}
