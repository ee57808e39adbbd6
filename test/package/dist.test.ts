import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchemaErrors } from '../support/report-schema.js';

// The published entry points, as a user loads them: require('kanmon') and import 'kanmon'
// (self-reference through package.json "exports"). dist/ is built by `npm ci` (prepare) or `npm run build`.
const descriptor = JSON.stringify({ schemaVersion: 1, id: 'pkg', organisation: { kind: 'national_ministry', name: 'x' }, project: { name: 'p', runningSince: '2020-01-01', plan: { exists: false } } });
const node = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8' });

// Each test starts Node processes: on a busy shared machine that can take far longer than vitest's 5 s default.
const SPAWNS = 120_000;

describe('built package', () => {
  it('dist/ exists (run npm run build)', () => {
    expect(existsSync('dist/index.js') && existsSync('dist/index.cjs') && existsSync('dist/cli.js')).toBe(true);
  });

  it("require('kanmon') evaluates with the embedded packs and the report fits the schema", () => {
    const out = node(['-e', `const k = require('kanmon'); process.stdout.write(JSON.stringify(k.evaluate(${descriptor}, { asOf: '2024-01-01' })))`]);
    const report = JSON.parse(out);
    expect(report.decision).toBe('deny');
    expect(reportSchemaErrors(report)).toEqual([]);
  }, SPAWNS);

  it("import { evaluate } from 'kanmon' works too, and gives the same report", () => {
    const esm = node(['--input-type=module', '-e', `import { evaluate } from 'kanmon'; process.stdout.write(JSON.stringify(evaluate(${descriptor}, { asOf: '2024-01-01' })))`]);
    const cjs = node(['-e', `const k = require('kanmon'); process.stdout.write(JSON.stringify(k.evaluate(${descriptor}, { asOf: '2024-01-01' })))`]);
    expect(JSON.parse(esm)).toEqual(JSON.parse(cjs));
  }, SPAWNS);

  it('the bin runs and returns the exit status', () => {
    expect(node(['dist/cli.js', '--version']).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    let status = 0;
    try { node(['dist/cli.js', 'check', 'no-such-file.yaml']); } catch (error) { status = (error as { status: number }).status; }
    expect(status).toBe(2);
  }, SPAWNS);
});
