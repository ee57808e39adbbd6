import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { evaluate } from '../../src/evaluate.js';
import type { Report } from '../../src/report/types.js';
import { editionOf, kanmon, lineOf, problems, statusOf } from './cli.js';

// The platform and continuity worked examples through a plain `kanmon check` (every bundled pack).
// They are national-compliant.yaml with one change, so only the demonstrated findings fail or are missing.

const MY_PACKS = ['--pack', 'gov-common-platform', '--pack', 'continuity'];
const check = (argv: string[]): { status: number; report: Report } => kanmon(argv, { LANG: 'C' });
const findingMessage = (report: Report, ruleId: string) => report.findings.find((f) => f.ruleId === ruleId && f.status === 'fail')?.message;

describe('docs/examples/platform-migration.yaml', () => {
  const file = 'docs/examples/platform-migration.yaml';

  it('is denied: no return-on-investment verification (error), 20 % short of the 30 % target (warning), nothing else', () => {
    const { status, report } = check(['check', file]);
    expect(status).toBe(1);
    expect(problems(report)).toEqual([
      { ruleId: 'PF-MIG-01', status: 'fail', severity: 'warning', pointer: '/commonPlatform/migration/costReductionPct', line: lineOf(file, 'costReductionPct: 20') },
      { ruleId: 'PF-MIG-04', status: 'fail', severity: 'error', pointer: '/commonPlatform/decision/roiVerified', line: lineOf(file, 'roiVerified: false') },
    ]);
    expect(findingMessage(report, 'PF-MIG-01')).toContain('20 %');
  });

  it('is denied by the pre-budget gate as well', () => {
    const gate = kanmon(['gate', file], { LANG: 'C' });
    expect(gate.status).toBe(1);
    expect(gate.stdout).toContain(`${file}: DENY`);
    expect(gate.stdout).toContain('PF-MIG-04');
  });
});

describe('docs/examples/continuity-backup-unknown.yaml', () => {
  const file = 'docs/examples/continuity-backup-unknown.yaml';

  it('is denied: the backup site location is unknown, so BCP-NW-02 is missing, never a pass', () => {
    const { status, report } = check(['check', file]);
    expect(status).toBe(1);
    const line = lineOf(file, '- id: backup');
    expect(problems(report)).toEqual([
      { ruleId: 'BCP-NW-02', status: 'missing', severity: 'error', pointer: '/sites/1', line },
      { ruleId: 'BCP-NW-03', status: 'missing', severity: 'warning', pointer: '/sites/1', line },
      { ruleId: 'BCP-NW-04', status: 'fail', severity: 'warning', pointer: '/sites/1', line },
    ]);
    expect(statusOf(report, 'BCP-NW-02', '/sites/0')).toEqual(['not_applicable']);
    expect(statusOf(report, 'BCP-NW-05', '/sites/1')).toEqual(['pass']);
  });
});

describe('docs/examples/platform-compliant.yaml', () => {
  const file = 'docs/examples/platform-compliant.yaml';

  it('passes every rule of every national pack, warnings and info included', () => {
    const { status, report } = check(['check', file, '--fail-on', 'info']);
    expect(status).toBe(0);
    expect(problems(report)).toEqual([]);
    const passed = new Set(report.findings.filter((f) => f.status === 'pass').map((f) => f.ruleId));
    for (const id of ['PF-NW-01', 'PF-NW-02', 'PF-NW-03', 'PF-MIG-01', 'PF-MIG-02', 'PF-MIG-03', 'PF-MIG-04', 'PF-SEC-01',
      'BCP-NW-02', 'BCP-NW-03', 'BCP-NW-04', 'BCP-NW-05', 'BCP-NW-06', 'BCP-NW-07', 'BCP-NW-09', 'BCP-NW-10']) {
      expect(passed.has(id), id).toBe(true);
    }
  });

  it('gets the 2019-02 platform edition, without PF-SEC-01, before the 2020-09-30 revision', () => {
    const { report } = check(['check', file, ...MY_PACKS, '--as-of', '2020-09-29']);
    expect(editionOf(report, 'gov-common-platform')).toBe('2019-02');
    expect(statusOf(report, 'PF-SEC-01')).toEqual([]);
    expect(editionOf(check(['check', file, ...MY_PACKS, '--as-of', '2020-09-30']).report, 'gov-common-platform')).toBe('2020-09');
  });
});

describe('docs/examples/national-compliant.yaml on the Government Cloud', () => {
  it('is not a platform system: the migration rules do not apply, the network and continuity rules pass', () => {
    const { report } = check(['check', 'docs/examples/national-compliant.yaml', ...MY_PACKS]);
    for (const id of ['PF-MIG-01', 'PF-MIG-02', 'PF-MIG-03', 'PF-MIG-04', 'PF-SEC-01']) expect(statusOf(report, id), id).toEqual(['not_applicable']);
    for (const id of ['PF-NW-01', 'PF-NW-02', 'BCP-NW-02', 'BCP-NW-09']) expect(statusOf(report, id), id).toContain('pass');
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
