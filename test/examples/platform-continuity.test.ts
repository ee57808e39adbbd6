import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { evaluate } from '../../src/evaluate.js';
import type { Report } from '../../src/report/types.js';
import { editionOf, findings, kanmon, lineOf, problems, statusOf } from './cli.js';

// The platform and continuity worked examples through a plain `kanmon check` (every bundled pack), as
// docs/examples/README.md gives them. Each is national-compliant.yaml or platform-compliant.yaml with
// one change, so the findings of these two packs that fail or are missing are exactly the ones it
// demonstrates; the other packs' findings are their own tests' business.

const MY_PACKS = ['--pack', 'gov-common-platform', '--pack', 'continuity'];
const check = (argv: string[]): { status: number; report: Report } => kanmon(argv, { LANG: 'C' });
const mine = (report: Report) => problems(report).filter((p) => /^(PF|BCP)-/.test(p.ruleId));
const judged = (report: Report, ruleId: string) => findings(report, ruleId).map((f) => ({ status: f.status, edition: f.edition, judgedBy: f.judgedBy }));

describe('docs/examples/platform-migration.yaml', () => {
  const file = 'docs/examples/platform-migration.yaml';

  it('is denied: the 2020 decision to use the platform verified no return on investment (error), judged by the edition of its day', () => {
    const { status, report } = check(['check', file]);
    expect(status).toBe(1);
    expect(mine(report)).toEqual([
      { ruleId: 'PF-MIG-04', status: 'fail', severity: 'error', pointer: '/commonPlatform/decision/roiVerified', line: lineOf(file, 'roiVerified: false') },
    ]);
    expect(report.asOf).toBe('2024-04-01');
    expect(editionOf(report, 'gov-common-platform')).toBe(null);
    expect(judged(report, 'PF-MIG-04')).toEqual([{ status: 'fail', edition: '2019-02', judgedBy: { by: 'act-date', date: '2020-06-25', pointer: '/commonPlatform/decision/decidedOn' } }]);
  });

  it('a 20 % cut is no finding: the phase-2 plan sets no target per migration', () => {
    for (const asOf of ['2024-04-01', '2024-03-01']) {
      const { report } = check(['check', file, ...MY_PACKS, '--as-of', asOf]);
      expect(statusOf(report, 'PF-MIG-01'), asOf).toEqual([]);
    }
  });

  it('is denied by the pre-budget gate as well, today', () => {
    const gate = kanmon(['gate', file], { LANG: 'C' });
    expect(gate.status).toBe(1);
    expect(gate.stdout).toContain(`${file}: DENY`);
    expect(gate.stdout).toContain('PF-MIG-04');
  });
});

describe('docs/examples/platform-phase1-migration.yaml', () => {
  const file = 'docs/examples/platform-phase1-migration.yaml';

  it('misses MIC\'s phase-1 target (a warning): the 2018 decision is judged by the phase-1 edition', () => {
    const { status, report } = check(['check', file]);
    expect(status).toBe(0);
    expect(mine(report)).toEqual([
      { ruleId: 'PF-MIG-01', status: 'fail', severity: 'warning', pointer: '/commonPlatform/migration/expectedAnnualCostJpy', line: lineOf(file, 'expectedAnnualCostJpy: 80000000') },
    ]);
    expect(judged(report, 'PF-MIG-01')).toEqual([{ status: 'fail', edition: '2013-03', judgedBy: { by: 'act-date', date: '2018-05-15', pointer: '/commonPlatform/decision/decidedOn' } }]);
    const [mig01] = findings(report, 'PF-MIG-01');
    expect(mig01!.message).toContain('80000000 yen a year');
    expect(mig01!.message).toMatch(/Board of Audit reports/);
    expect(mig01!.source).toMatchObject({ date: '2019-10-28' });
    expect(mig01!.section).toBe('記2(1)イ(イ)');
    for (const id of ['PF-MIG-02', 'PF-MIG-04']) expect(findings(report, id).map((f) => [f.status, f.edition]), id).toEqual([['not_applicable', '2013-03']]);
    expect(check(['check', file, '--fail-on', 'warning']).status).toBe(1);
  });

  it('judged as if decided today (--retroactive), the phase-2 rules apply and the phase-1 target does not', () => {
    const { report } = check(['check', file, ...MY_PACKS, '--retroactive']);
    expect(statusOf(report, 'PF-MIG-01')).toEqual([]);
    expect(statusOf(report, 'PF-MIG-04')).toEqual(['pass']);
  });
});

describe('docs/examples/platform-compliant.yaml', () => {
  const file = 'docs/examples/platform-compliant.yaml';

  it('passes every rule of the phase-2 plan and the continuity study on its date, warnings and info included', () => {
    const { status, report } = check(['check', file]);
    expect(status).toBe(0);
    expect(editionOf(report, 'gov-common-platform')).toBe('2020-09');
    expect(mine(report)).toEqual([]);
    const passed = new Set(report.findings.filter((f) => f.status === 'pass').map((f) => f.ruleId));
    for (const id of ['PF-NW-01', 'PF-NW-02', 'PF-NW-03', 'PF-MIG-02', 'PF-MIG-03', 'PF-MIG-04', 'PF-SEC-01',
      'BCP-NW-02', 'BCP-NW-03', 'BCP-NW-04', 'BCP-NW-05', 'BCP-NW-06', 'BCP-NW-07', 'BCP-NW-09', 'BCP-NW-10', 'BCP-NW-11']) {
      expect(passed.has(id), id).toBe(true);
    }
  });

  it('after the plan\'s period (as of 2024-04-01) the network rules are no longer checked, and the decision is still judged by its own edition', () => {
    const { status, report } = check(['check', file, ...MY_PACKS, '--as-of', '2024-04-01']);
    expect(status).toBe(0);
    const use = report.packs.find((p) => p.pack === 'gov-common-platform');
    expect(use).toMatchObject({ edition: null, applicable: null });
    expect(use!.reason).toMatch(/2024-04-01/);
    for (const id of ['PF-NW-01', 'PF-NW-02', 'PF-NW-03', 'PF-MIG-03', 'PF-SEC-01']) expect(statusOf(report, id), id).toEqual([]);
    expect(judged(report, 'PF-MIG-04')).toEqual([{ status: 'pass', edition: '2019-02', judgedBy: { by: 'act-date', date: '2020-06-25', pointer: '/commonPlatform/decision/decidedOn' } }]);
    expect(editionOf(check(['check', file, ...MY_PACKS, '--as-of', '2024-03-31']).report, 'gov-common-platform')).toBe('2020-09');
  });

  it('gets the 2019-02 platform edition, without PF-SEC-01, before the 2020-09-30 revision', () => {
    const { report } = check(['check', file, ...MY_PACKS, '--as-of', '2020-09-29']);
    expect(editionOf(report, 'gov-common-platform')).toBe('2019-02');
    expect(statusOf(report, 'PF-SEC-01')).toEqual([]);
    expect(editionOf(check(['check', file, ...MY_PACKS, '--as-of', '2020-09-30']).report, 'gov-common-platform')).toBe('2020-09');
  });

  it('gets the phase-1 edition before the phase-2 plan, and none before the first platform ran', () => {
    expect(editionOf(check(['check', file, ...MY_PACKS, '--as-of', '2019-02-24']).report, 'gov-common-platform')).toBe('2013-03');
    expect(editionOf(check(['check', file, ...MY_PACKS, '--as-of', '2019-02-25']).report, 'gov-common-platform')).toBe('2019-02');
    expect(editionOf(check(['check', file, ...MY_PACKS, '--as-of', '2013-02-28']).report, 'gov-common-platform')).toBe(null);
  });

  it('a current running cost of 0 is a located input error, not a ratio', () => {
    const text = readFileSync(file, 'utf8').replace('currentAnnualCostJpy: 100000000', 'currentAnnualCostJpy: 0');
    const parsed = parseDescriptor(text, 'zero.yaml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.diagnostics.map((p) => [p.pointer, p.line])).toEqual([['/commonPlatform/migration/currentAnnualCostJpy', text.split('\n').findIndex((l) => l.includes('currentAnnualCostJpy: 0')) + 1]]);
  });
});

describe('docs/examples/national-compliant.yaml, on the Government Cloud', () => {
  const file = 'docs/examples/national-compliant.yaml';

  it('is not a platform system: the decision rules do not apply; the continuity rules pass', () => {
    const { report } = check(['check', file, ...MY_PACKS]);
    expect(mine(report)).toEqual([]);
    for (const id of ['PF-MIG-02', 'PF-MIG-04']) expect(statusOf(report, id), id).toEqual(['not_applicable']);
    for (const id of ['BCP-NW-02', 'BCP-NW-03', 'BCP-NW-04', 'BCP-NW-09', 'BCP-NW-11']) expect(statusOf(report, id), id).toContain('pass');
  });

  it('within the plan\'s period its G-net sites pass the network rules', () => {
    const { report } = check(['check', file, ...MY_PACKS, '--as-of', '2024-03-31']);
    expect(mine(report)).toEqual([]);
    for (const id of ['PF-NW-01', 'PF-NW-02', 'PF-NW-03']) expect(statusOf(report, id), id).toEqual(['pass', 'pass', 'pass']);
    for (const id of ['PF-MIG-03', 'PF-SEC-01']) expect(statusOf(report, id), id).toEqual(['not_applicable']);
  });
});

// Issue 10 §5: a backup site described as the study describes them — by region only, by distance only,
// with its place unknown, or with file backups only.
describe('the continuity examples', () => {
  const cases: { name: string; expected: [string, string][]; passes: string[] }[] = [
    { name: 'continuity-backup-unknown', expected: [['BCP-NW-02', 'missing'], ['BCP-NW-03', 'missing'], ['BCP-NW-04', 'missing']], passes: ['BCP-NW-05', 'BCP-NW-11'] },
    { name: 'continuity-backup-region-west', expected: [['BCP-NW-04', 'missing']], passes: ['BCP-NW-02', 'BCP-NW-03'] },
    { name: 'continuity-backup-region-capital', expected: [['BCP-NW-02', 'fail'], ['BCP-NW-03', 'fail'], ['BCP-NW-04', 'missing']], passes: ['BCP-NW-05'] },
    { name: 'continuity-backup-distance-200km', expected: [['BCP-NW-03', 'missing']], passes: ['BCP-NW-02', 'BCP-NW-04'] },
    { name: 'continuity-backup-distance-30km', expected: [['BCP-NW-02', 'missing'], ['BCP-NW-03', 'missing'], ['BCP-NW-04', 'fail']], passes: ['BCP-NW-05'] },
  ];

  it.each(cases)('$name: the backup site at /sites/1 gives exactly its findings, as warnings', ({ name, expected, passes }) => {
    const file = `docs/examples/${name}.yaml`;
    const { status, report } = check(['check', file]);
    expect(status).toBe(0);
    const line = lineOf(file, '- id: backup');
    expect(mine(report)).toEqual(expected.map(([ruleId, s]) => ({ ruleId, status: s, severity: 'warning', pointer: '/sites/1', line })));
    for (const id of passes) expect(statusOf(report, id, id === 'BCP-NW-11' ? undefined : '/sites/1'), id).toEqual(['pass']);
    expect(check(['check', file, ...MY_PACKS, '--fail-on', 'warning']).status).toBe(1);
  });

  it('a missing location says what to state, in kanmon\'s own words, never the failure message', () => {
    const { report } = check(['check', 'docs/examples/continuity-backup-unknown.yaml', ...MY_PACKS]);
    const [f] = findings(report, 'BCP-NW-03', '/sites/1');
    expect(f!.message).toContain('/sites/1/location/region');
    expect(f!.message).not.toMatch(/is inside the capital region/);
  });

  it('continuity-file-backup-only: a system that must keep running with file backups only fails BCP-NW-11', () => {
    const file = 'docs/examples/continuity-file-backup-only.yaml';
    const { status, report } = check(['check', file]);
    expect(status).toBe(0);
    expect(mine(report)).toEqual([
      { ruleId: 'BCP-NW-11', status: 'fail', severity: 'warning', pointer: '/continuity/backupKind', line: lineOf(file, 'backupKind: file_only') },
    ]);
    expect(findings(report, 'BCP-NW-11')[0]!.message).toContain('"file_only"');
    // With no backup site listed, the backup-site rules have nothing to judge.
    expect(statusOf(report, 'BCP-NW-02')).toEqual(['not_applicable', 'not_applicable']);
    expect(check(['check', file, ...MY_PACKS, '--fail-on', 'warning']).status).toBe(1);
  });
});

describe('phase selection for a pre-budget review', () => {
  const parsed = parseDescriptor(readFileSync('docs/examples/platform-migration.yaml', 'utf8'), 'platform-migration.yaml');
  if (!parsed.ok) throw new Error('example does not parse');
  const ids = (phase?: 'budget_request' | 'operation_maintenance') =>
    new Set(evaluate(parsed.descriptor, { packs: ['gov-common-platform'], asOf: '2024-03-01', ...(phase ? { phase } : {}) }).findings.map((f) => f.ruleId));

  it('budget_request selects the decision-time rules (ROI, suitability, ISMAP procurement)', () => {
    const selected = ids('budget_request');
    for (const id of ['PF-MIG-02', 'PF-MIG-04', 'PF-SEC-01', 'PF-MIG-03', 'PF-NW-01']) expect(selected.has(id), id).toBe(true);
  });

  it('operation_maintenance leaves the decision-time rules out', () => {
    const selected = ids('operation_maintenance');
    for (const id of ['PF-MIG-01', 'PF-MIG-02', 'PF-MIG-04', 'PF-SEC-01']) expect(selected.has(id), id).toBe(false);
    expect(selected.has('PF-MIG-03')).toBe(true);
  });
});

// A rule with an act date asks whether it applies at all (the pack's appliesTo, the rule's when) before it
// asks for the date: a descriptor outside the decision rules needs no decision date.
describe('decision rules that cannot apply need no decision date', () => {
  const compliant = (): Record<string, unknown> => {
    const parsed = parseDescriptor(readFileSync('docs/examples/national-compliant.yaml', 'utf8'), 'national-compliant.yaml');
    if (!parsed.ok) throw new Error('example does not parse');
    return structuredClone(parsed.descriptor) as unknown as Record<string, unknown>;
  };
  const statuses = (descriptor: Record<string, unknown>) =>
    evaluate(descriptor, { asOf: '2024-03-01', packs: ['gov-common-platform'] }).findings
      .filter((f) => ['PF-MIG-02', 'PF-MIG-04'].includes(f.ruleId)).map((f) => [f.ruleId, f.status]);

  it('a system that states it does not use the platform, with no decision date', () => {
    const descriptor = compliant();
    descriptor.commonPlatform = { uses: false };
    expect(statuses(descriptor)).toEqual([['PF-MIG-02', 'not_applicable'], ['PF-MIG-04', 'not_applicable']]);
  });

  it('a municipality that says nothing of the platform', () => {
    const descriptor = compliant();
    descriptor.organisation = { kind: 'municipality', name: '架空市' };
    delete descriptor.commonPlatform;
    expect(statuses(descriptor)).toEqual([['PF-MIG-02', 'not_applicable'], ['PF-MIG-04', 'not_applicable']]);
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
