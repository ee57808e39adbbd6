import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { diffEditions } from '../../src/diff/diff-editions.js';
import { evaluate } from '../../src/evaluate.js';
import { bundledEditions } from '../../src/policy/bundled.js';
import type { Finding, Report } from '../../src/report/types.js';

// The worked examples of the standard-guideline pack, checked through the CLI as a user runs them.
// Only this pack is selected, so rules other packs add later do not change these verdicts.

const SECURE_ZONE = 'docs/examples/secure-zone.yaml';
const COMPLIANT = 'docs/examples/national-compliant.yaml';
const EDITIONS = ['2014-12', '2019-02', '2019-06', '2020-03', '2021-09'];

function check(file: string, ...args: string[]): { code: number; report: Report } {
  let out = '';
  const io: CliIo = {
    stdout: (t) => { out += t; }, stderr: () => {}, readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: 'en_GB.UTF-8' }, now: () => Date.UTC(2026, 0, 1),
  };
  const code = run(['check', file, '--format', 'json', '--pack', 'standard-guideline', ...args], io);
  const parsed = JSON.parse(out) as { results: { report: Report }[] };
  return { code, report: parsed.results[0]!.report };
}

const find = (report: Report, ruleId: string, pointer?: string): Finding[] =>
  report.findings.filter((f) => f.ruleId === ruleId && (pointer === undefined || f.pointer === pointer));
const statusOf = (report: Report, ruleId: string, pointer?: string): string[] => find(report, ruleId, pointer).map((f) => f.status);

describe('secure-zone.yaml (seed 000)', () => {
  it('as of 2016-09-01 (2014-12 edition) the missing plan is covered by the transitional exemption, and nothing denies', () => {
    const { code, report } = check(SECURE_ZONE, '--as-of', '2016-09-01');
    expect(report.packs[0]!.edition).toBe('2014-12');
    const [plan] = find(report, 'SG-PLAN-01');
    expect(plan).toMatchObject({ status: 'not_applicable', exemptedBy: 'SG-PLAN-02' });
    expect(plan!.message).toMatch(/Exempted by SG-PLAN-02 \(Transitional exemption/);
    expect(find(report, 'SG-PLAN-02')[0]).toMatchObject({ status: 'pass' });
    expect(find(report, 'SG-PLAN-02')[0]!.message).toMatch(/transitional exemption applies.*running since 2013-03-01/);
    expect(report.decision).toBe('allow');
    expect(code).toBe(0);
  });

  it('as of the Board opinion (2019-10-28) SG-PLAN-03 fails at /workItems/0 and the check denies', () => {
    const { code, report } = check(SECURE_ZONE, '--as-of', '2019-10-28');
    expect(report.packs[0]!.edition).toBe('2019-06');
    expect(statusOf(report, 'SG-PLAN-03', '/workItems/0')).toEqual(['fail']);
    expect(find(report, 'SG-PLAN-01')[0]).toMatchObject({ status: 'not_applicable', exemptedBy: 'SG-PLAN-02' });
    expect(statusOf(report, 'SG-BUD-02', '/budgetRequests/0')).toEqual(['fail']);
    expect(statusOf(report, 'SG-GATE-01', '/phases/0')).toEqual(['fail']);
    expect(code).toBe(1);
  });

  it.each(['2019-06', '2020-03', '2021-09'])('the demand and cost-effectiveness findings fail under the %s edition', (edition) => {
    const { report } = check(SECURE_ZONE, '--edition', `standard-guideline=${edition}`);
    expect(statusOf(report, 'SG-DEM-01', '/workItems/0')).toEqual(['fail']);
    expect(find(report, 'SG-DEM-01')[0]!.message).toMatch(/0 confirmed, 2 wish-only answers/);
    expect(statusOf(report, 'SG-DEM-02')).toEqual(['fail', 'fail']);
    expect(statusOf(report, 'SG-DEM-03', '/workItems/0')).toEqual(['fail']);
  });

  it.each(['2014-12', '2019-02'])('the %s edition holds no demand rule yet', (edition) => {
    const { report } = check(SECURE_ZONE, '--edition', `standard-guideline=${edition}`);
    expect(report.findings.filter((f) => f.ruleId.startsWith('SG-DEM-'))).toEqual([]);
  });

  it('--phase budget_request denies on the budget, demand and plan rules and skips the rest', () => {
    const { code, report } = check(SECURE_ZONE, '--phase', 'budget_request');
    expect(code).toBe(1);
    const failing = new Set(report.findings.filter((f) => f.status === 'fail' && f.severity === 'error').map((f) => f.ruleId));
    expect([...failing]).toEqual(expect.arrayContaining(['SG-BUD-02', 'SG-DEM-01', 'SG-DEM-03', 'SG-PLAN-03']));
    const ruleIds = new Set(report.findings.map((f) => f.ruleId));
    for (const id of ['SG-BUD-01', 'SG-BUD-02', 'SG-DEM-01', 'SG-DEM-02', 'SG-DEM-03', 'SG-PLAN-01', 'SG-PLAN-03', 'SG-VAL-01', 'SG-CLD-01']) expect(ruleIds).toContain(id);
    for (const id of ['SG-PROC-01', 'SG-PROC-02']) expect(ruleIds).not.toContain(id);
  });

  it('a check for the operation phase leaves the budget and demand rules out', () => {
    const { report } = check(SECURE_ZONE, '--phase', 'operation_maintenance');
    const ruleIds = new Set(report.findings.map((f) => f.ruleId));
    for (const id of ['SG-BUD-01', 'SG-BUD-02', 'SG-DEM-01', 'SG-DEM-02', 'SG-DEM-03']) expect(ruleIds).not.toContain(id);
    expect(statusOf(report, 'SG-PLAN-03', '/workItems/0')).toEqual(['fail']);
  });
});

describe('national-compliant.yaml', () => {
  it.each(EDITIONS)('passes every rule of the %s edition (exit 0)', (edition) => {
    const { code, report } = check(COMPLIANT, '--edition', `standard-guideline=${edition}`);
    expect(report.packs[0]!.edition).toBe(edition);
    expect(report.findings.filter((f) => f.status === 'fail' || f.status === 'missing')).toEqual([]);
    expect(report.findings.some((f) => f.status === 'pass')).toBe(true);
    expect(code).toBe(0);
  });

  it('passes the demand rules rather than skipping them (it is a shared platform)', () => {
    const { report } = check(COMPLIANT);
    for (const id of ['SG-DEM-01', 'SG-DEM-02', 'SG-DEM-03', 'SG-BUD-01', 'SG-BUD-02', 'SG-GATE-03', 'SG-CLD-02', 'SG-BCP-01']) {
      expect(statusOf(report, id), id).toContain('pass');
    }
  });

  it('passes a budget_request gate', () => {
    expect(check(COMPLIANT, '--phase', 'budget_request').code).toBe(0);
  });

  it('as a local government descriptor, the pack is not applicable', () => {
    const parsed = parseDescriptor(readFileSync(COMPLIANT, 'utf8').replace('kind: national_ministry', 'kind: municipality'), COMPLIANT);
    if (!parsed.ok) throw new Error('the example no longer parses');
    for (const edition of EDITIONS) {
      const report = evaluate(parsed.descriptor, { packs: ['standard-guideline'], editions: { 'standard-guideline': edition } });
      expect(report.packs[0]!.applicable).toBe(false);
      expect(report.findings.length).toBeGreaterThan(0);
      expect(report.findings.every((f) => f.status === 'not_applicable')).toBe(true);
      expect(report.decision).toBe('allow');
    }
  });
});

describe('plan-in-order.yaml', () => {
  it('is allowed under the edition in force on its date', () => {
    const { code, report } = check('docs/examples/plan-in-order.yaml');
    expect(report.packs[0]!.edition).toBe('2021-09');
    expect(statusOf(report, 'SG-PLAN-03', '/workItems/0')).toEqual(['pass']);
    expect(code).toBe(0);
  });
});

describe('editions of the pack diff rule by rule', () => {
  const edition = (name: string) => bundledEditions().find((e) => e.pack === 'standard-guideline' && e.edition === name)!;

  it('each later edition keeps every rule of the one before (same ids) and only adds', () => {
    for (let i = 1; i < EDITIONS.length; i++) {
      const diff = diffEditions(edition(EDITIONS[i - 1]!), edition(EDITIONS[i]!));
      expect(diff.removed, `${EDITIONS[i - 1]} → ${EDITIONS[i]}`).toEqual([]);
      expect(diff.added.length).toBeGreaterThan(0);
    }
  });

  it('2014-12 → 2019-02 adds SG-PLAN-03 and removes the exemption from the phase reviews', () => {
    const diff = diffEditions(edition('2014-12'), edition('2019-02'));
    expect(diff.added.map((r) => r.ruleId)).toContain('SG-PLAN-03');
    for (const id of ['SG-GATE-01', 'SG-GATE-02']) expect(diff.changed.find((c) => c.ruleId === id)?.classes).toContain('exemption-removed');
    expect(diff.unchanged).toEqual(expect.arrayContaining(['SG-PLAN-01', 'SG-PLAN-02']));
  });

  it('2019-02 → 2019-06 adds the budget and demand rules', () => {
    const added = diffEditions(edition('2019-02'), edition('2019-06')).added.map((r) => r.ruleId);
    expect(added).toEqual(['SG-BUD-01', 'SG-BUD-02', 'SG-DEM-01', 'SG-DEM-02', 'SG-DEM-03']);
  });
});
