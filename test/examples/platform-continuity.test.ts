import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { evaluate } from '../../src/evaluate.js';
import type { Report } from '../../src/report/types.js';

const MY_PACKS = ['--pack', 'gov-common-platform', '--pack', 'continuity'];

/** Run the CLI on repository files with JSON output; returns the exit status and the first report. */
function check(argv: string[]): { status: number; report: Report } {
  let stdout = '';
  const status = run([...argv, '--format', 'json'], {
    stdout: (t) => { stdout += t; }, stderr: () => {}, readFile: (p) => readFileSync(p, 'utf8'),
    env: { LANG: 'C' }, now: () => Date.parse('2026-11-22T03:00:00Z'),
  });
  const parsed = JSON.parse(stdout) as { results: { report: Report }[] };
  return { status, report: parsed.results[0]!.report };
}

const statusOf = (report: Report, ruleId: string, pointer?: string) =>
  report.findings.filter((f) => f.ruleId === ruleId && (pointer === undefined || f.pointer === pointer)).map((f) => f.status);

describe('docs/examples/platform-migration.yaml', () => {
  const file = 'docs/examples/platform-migration.yaml';

  it('is denied: no return-on-investment verification (error), 20 % short of the 30 % target (warning)', () => {
    const { status, report } = check(['check', file, ...MY_PACKS]);
    expect(status).toBe(1);
    expect(statusOf(report, 'PF-MIG-04')).toEqual(['fail']);
    expect(statusOf(report, 'PF-MIG-01')).toEqual(['fail']);
    expect(report.findings.filter((f) => f.severity === 'error' && f.status !== 'pass' && f.status !== 'not_applicable').map((f) => f.ruleId)).toEqual(['PF-MIG-04']);
  });

  it('is denied by the full check and by the pre-budget gate as well', () => {
    expect(check(['check', file]).status).toBe(1);
    const gate = check(['gate', file]);
    expect(gate.status).toBe(1);
    expect(statusOf(gate.report, 'PF-MIG-04')).toEqual(['fail']);
  });
});

describe('docs/examples/continuity-backup-unknown.yaml', () => {
  const file = 'docs/examples/continuity-backup-unknown.yaml';

  it('is denied: the backup site location is unknown, so BCP-NW-02 is missing, never a pass', () => {
    const { status, report } = check(['check', file, ...MY_PACKS]);
    expect(status).toBe(1);
    expect(statusOf(report, 'BCP-NW-02', '/sites/1')).toEqual(['missing']);
    expect(statusOf(report, 'BCP-NW-03', '/sites/1')).toEqual(['missing']);
    expect(statusOf(report, 'BCP-NW-02', '/sites/0')).toEqual(['not_applicable']);
    expect(check(['check', file]).status).toBe(1);
  });
});

describe('docs/examples/platform-compliant.yaml', () => {
  const file = 'docs/examples/platform-compliant.yaml';

  it('passes every rule of both packs', () => {
    const { status, report } = check(['check', file, ...MY_PACKS]);
    expect(status).toBe(0);
    expect(report.findings.filter((f) => f.status === 'fail' || f.status === 'missing')).toEqual([]);
    const passed = new Set(report.findings.filter((f) => f.status === 'pass').map((f) => f.ruleId));
    for (const id of ['PF-NW-01', 'PF-NW-02', 'PF-NW-03', 'PF-MIG-01', 'PF-MIG-02', 'PF-MIG-03', 'PF-MIG-04', 'PF-SEC-01',
      'BCP-NW-02', 'BCP-NW-03', 'BCP-NW-04', 'BCP-NW-05', 'BCP-NW-06', 'BCP-NW-07', 'BCP-NW-09', 'BCP-NW-10']) {
      expect(passed.has(id), id).toBe(true);
    }
  });

  it('gets the 2019-02 platform edition, without PF-SEC-01, before the 2020-09-30 revision', () => {
    const { report } = check(['check', file, ...MY_PACKS, '--as-of', '2020-09-29']);
    expect(report.packs.find((p) => p.pack === 'gov-common-platform')?.edition).toBe('2019-02');
    expect(statusOf(report, 'PF-SEC-01')).toEqual([]);
    expect(check(['check', file, ...MY_PACKS, '--as-of', '2020-09-30']).report.packs.find((p) => p.pack === 'gov-common-platform')?.edition).toBe('2020-09');
  });
});

describe('phase selection for a pre-budget review', () => {
  const parsed = parseDescriptor(readFileSync('docs/examples/platform-migration.yaml', 'utf8'), 'platform-migration.yaml');
  if (!parsed.ok) throw new Error('example does not parse');
  const ids = (phase?: 'budget_request' | 'operation_maintenance') =>
    new Set(evaluate(parsed.descriptor, { packs: ['gov-common-platform'], ...(phase ? { phase } : {}) }).findings.map((f) => f.ruleId));

  it('budget_request selects the decision-time rules (ROI, the 30 % target, suitability, ISMAP procurement)', () => {
    const selected = ids('budget_request');
    for (const id of ['PF-MIG-01', 'PF-MIG-02', 'PF-MIG-04', 'PF-SEC-01', 'PF-MIG-03', 'PF-NW-01']) expect(selected.has(id), id).toBe(true);
  });

  it('operation_maintenance leaves the decision-time rules out', () => {
    const selected = ids('operation_maintenance');
    for (const id of ['PF-MIG-01', 'PF-MIG-02', 'PF-MIG-04', 'PF-SEC-01']) expect(selected.has(id), id).toBe(false);
    expect(selected.has('PF-MIG-03')).toBe(true);
  });
});

describe('a local government descriptor', () => {
  it('gets both packs as not_applicable, with the reason', () => {
    const parsed = parseDescriptor(readFileSync('docs/examples/platform-compliant.yaml', 'utf8').replace('kind: national_ministry', 'kind: municipality'), 'x.yaml');
    if (!parsed.ok) throw new Error('does not parse');
    const report = evaluate(parsed.descriptor, { packs: ['gov-common-platform', 'continuity'] });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(new Set(report.findings.map((f) => f.status))).toEqual(new Set(['not_applicable']));
    expect(report.packs.every((p) => p.applicable === false && p.reason)).toBe(true);
  });
});
