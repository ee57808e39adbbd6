import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Finding, Report } from '../../src/report/types.js';

// Shared by the worked-example tests: run the CLI on repository files as a user runs it.

export interface CliResult { status: number; stdout: string; stderr: string; report: Report }

/** `kanmon <argv> --format json` (unless another format is asked for); the first file's report. */
export function kanmon(argv: string[], env: Record<string, string> = { LANG: 'en_GB.UTF-8' }): CliResult {
  let stdout = '';
  let stderr = '';
  const json = !argv.includes('--format') && argv[0] !== 'gate';
  const status = run(json ? [...argv, '--format', 'json'] : argv, {
    stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; },
    readFile: (p) => readFileSync(p, 'utf8'), env, now: () => Date.UTC(2026, 0, 1),
  });
  const report = json && stdout ? (JSON.parse(stdout) as { results: { report: Report }[] }).results[0]!.report : (undefined as unknown as Report);
  return { status, stdout, stderr, report };
}

/** The findings that deny at some severity (fail or missing), reduced to what a reader checks. */
export const problems = (report: Report) =>
  report.findings.filter((f) => f.status === 'fail' || f.status === 'missing')
    .map((f) => ({ ruleId: f.ruleId, status: f.status, severity: f.severity, pointer: f.pointer, line: f.line }));

export const findings = (report: Report, ruleId: string, pointer?: string): Finding[] =>
  report.findings.filter((f) => f.ruleId === ruleId && (pointer === undefined || f.pointer === pointer));

export const statusOf = (report: Report, ruleId: string, pointer?: string): string[] => findings(report, ruleId, pointer).map((f) => f.status);

export const editionOf = (report: Report, pack: string): string | null | undefined => report.packs.find((p) => p.pack === pack)?.edition;

/** 1-based line of the first line of `file` that contains `needle` (where the report places an item). */
export function lineOf(file: string, needle: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  expect(index, `${needle} in ${file}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}
