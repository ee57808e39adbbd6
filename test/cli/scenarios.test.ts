import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

// End-to-end CLI scenarios (Spectral's habit): each file gives documents, a command, the exit
// status and text the output must (or must not) contain.
interface Scenario {
  description: string;
  files?: Record<string, string>;
  argv: string[];
  env?: Record<string, string>;
  status: 0 | 1 | 2;
  stdout?: string[];
  stderr?: string[];
  notStdout?: string[];
  stdoutJson?: boolean;
}

const scenarios = Object.entries(import.meta.glob<string>('./scenarios/*.yaml', { eager: true, query: '?raw', import: 'default' } as never))
  .map(([path, text]) => ({ path, scenario: parse(text as string) as Scenario }));

/** Run the CLI against in-memory files (falling back to the repository's own files). */
export function runCli(argv: string[], files: Record<string, string> = {}, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const status = run(argv, {
    stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; },
    readFile: (p) => (p in files ? files[p]! : readFileSync(p, 'utf8')),
    env: { LANG: 'C', ...env }, now: () => Date.parse('2026-11-22T03:00:00Z'),
  });
  return { status, stdout, stderr };
}

describe('CLI scenarios', () => {
  it('there are scenarios', () => expect(scenarios.length).toBeGreaterThan(5));
  for (const { path, scenario: s } of scenarios) {
    it(`${path}: ${s.description}`, () => {
      const r = runCli(s.argv, s.files, s.env);
      expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: s.status });
      for (const text of s.stdout ?? []) expect(r.stdout).toContain(text);
      for (const text of s.notStdout ?? []) expect(r.stdout).not.toContain(text);
      for (const text of s.stderr ?? []) expect(r.stderr).toContain(text);
      if (s.stdoutJson) expect(() => JSON.parse(r.stdout)).not.toThrow();
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    }, 60_000); // some scenarios load every pack or run case tables: allow for a busy machine
  }
});
