import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { diffEditions } from '../../src/diff/diff-editions.js';
import { evaluate } from '../../src/evaluate.js';
import { bundledEditions } from '../../src/policy/bundled.js';
import type { Finding, Report } from '../../src/report/types.js';
import { editionOf, findings, kanmon, lineOf, problems, statusOf } from './cli.js';

// The worked examples of the standard-guideline pack, checked through the CLI as a user runs them:
// a plain `kanmon check` (every bundled pack), plus --pack standard-guideline where a test pins
// one of its editions.

const SECURE_ZONE = 'docs/examples/secure-zone.yaml';
const COMPLIANT = 'docs/examples/national-compliant.yaml';
const EDITIONS = ['2014-12', '2019-02', '2019-06', '2020-03', '2021-09'];
const NATIONAL_PACKS = ['standard-guideline', 'gov-common-platform', 'continuity', 'ismap'];

function check(file: string, ...args: string[]): { code: number; report: Report } {
  const { status, report } = kanmon(['check', file, ...args]);
  return { code: status, report };
}
const SG = ['--pack', 'standard-guideline'];

const find = (report: Report, ruleId: string, pointer?: string): Finding[] => findings(report, ruleId, pointer);

describe('secure-zone.yaml (seed 000)', () => {
  it('as of 2016-09-01 (2014-12 edition) the missing plan is covered by the transitional exemption, and nothing denies', () => {
    const { code, report } = check(SECURE_ZONE, '--as-of', '2016-09-01');
    expect(editionOf(report, 'standard-guideline')).toBe('2014-12');
    // The platform, continuity and ISMAP packs were not in force yet.
    for (const pack of ['gov-common-platform', 'continuity', 'ismap']) expect(editionOf(report, pack)).toBe(null);
    const [plan] = find(report, 'SG-PLAN-01');
    expect(plan).toMatchObject({ status: 'not_applicable', exemptedBy: 'SG-PLAN-02' });
    expect(plan!.message).toMatch(/Exempted by SG-PLAN-02 \(Transitional exemption/);
    expect(find(report, 'SG-PLAN-02')[0]).toMatchObject({ status: 'pass' });
    expect(find(report, 'SG-PLAN-02')[0]!.message).toMatch(/transitional exemption applies.*running since 2013-03-01/);
    // Only the ODB registration, which seed 000 does not mention, is missing (a warning).
    expect(problems(report)).toEqual([{ ruleId: 'SG-ODB-01', status: 'missing', severity: 'warning', pointer: '/project/odb/registered', line: lineOf(SECURE_ZONE, 'project:') + 1 }]);
    expect(report.decision).toBe('allow');
    expect(code).toBe(0);
  });

  it('as of the Board opinion (2019-10-28) SG-PLAN-03 fails at /workItems/0 and the check denies', () => {
    const { code, report } = check(SECURE_ZONE, '--as-of', '2019-10-28');
    expect(editionOf(report, 'standard-guideline')).toBe('2019-06');
    expect(find(report, 'SG-PLAN-03', '/workItems/0').map((f) => [f.status, f.line])).toEqual([['fail', lineOf(SECURE_ZONE, '- id: secure-zone')]]);
    expect(find(report, 'SG-PLAN-01')[0]).toMatchObject({ status: 'not_applicable', exemptedBy: 'SG-PLAN-02' });
    expect(statusOf(report, 'SG-BUD-02', '/budgetRequests/0')).toEqual(['fail']);
    expect(statusOf(report, 'SG-GATE-01', '/phases/0')).toEqual(['fail']);
    for (const id of ['SG-DEM-01', 'SG-DEM-03']) expect(statusOf(report, id, '/workItems/0'), id).toEqual(['fail']);
    expect(code).toBe(1);
  });

  it('as of 2019-10-28 the failing and missing findings are exactly the seed-based ones and the unrecorded sites', () => {
    const { report } = check(SECURE_ZONE);
    const fails = new Set(problems(report).filter((p) => p.status === 'fail').map((p) => p.ruleId));
    expect(fails).toEqual(new Set(['SG-PLAN-03', 'SG-GATE-01', 'SG-GATE-02', 'SG-BUD-02', 'SG-DEM-01', 'SG-DEM-02', 'SG-DEM-03']));
    // Seed 000 says nothing of the platform's sites or its ODB registration: missing, never a pass.
    const missing = problems(report).filter((p) => p.status === 'missing');
    expect(new Set(missing.map((p) => p.ruleId))).toEqual(new Set(['SG-ODB-01', 'PF-NW-01', 'PF-NW-02', 'PF-NW-03',
      'BCP-NW-02', 'BCP-NW-03', 'BCP-NW-04', 'BCP-NW-05', 'BCP-NW-06', 'BCP-NW-07', 'BCP-NW-09', 'BCP-NW-10']));
    expect(missing.filter((p) => p.ruleId !== 'SG-ODB-01').every((p) => p.pointer === '/sites')).toBe(true);
  });

  it('is the platform itself, not a system moving onto it: the platform-migration rules are not applicable', () => {
    const { report } = check(SECURE_ZONE);
    expect(editionOf(report, 'gov-common-platform')).toBe('2019-02');
    for (const id of ['PF-MIG-01', 'PF-MIG-02', 'PF-MIG-03', 'PF-MIG-04']) {
      expect(find(report, id).map((f) => [f.status, f.pointer]), id).toEqual([['not_applicable', '/commonPlatform/uses']]);
    }
  });

  it.each(['2019-06', '2020-03', '2021-09'])('the demand and cost-effectiveness findings fail under the %s edition', (edition) => {
    const { report } = check(SECURE_ZONE, ...SG, '--edition', `standard-guideline=${edition}`);
    expect(statusOf(report, 'SG-DEM-01', '/workItems/0')).toEqual(['fail']);
    expect(find(report, 'SG-DEM-01')[0]!.message).toMatch(/0 confirmed, 2 wish-only answers/);
    expect(statusOf(report, 'SG-DEM-02')).toEqual(['fail', 'fail']);
    expect(statusOf(report, 'SG-DEM-03', '/workItems/0')).toEqual(['fail']);
  });

  it.each(['2014-12', '2019-02'])('the %s edition holds no demand rule yet', (edition) => {
    const { report } = check(SECURE_ZONE, ...SG, '--edition', `standard-guideline=${edition}`);
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
  it('passes every rule of every national pack in force on its date, at every severity (exit 0 with --fail-on info)', () => {
    const { code, report } = check(COMPLIANT, '--fail-on', 'info');
    expect(code).toBe(0);
    expect(report.asOf).toBe('2024-04-01');
    expect(problems(report)).toEqual([]);
    for (const pack of NATIONAL_PACKS) {
      expect(report.packs.find((p) => p.pack === pack), pack).toMatchObject({ applicable: true });
      expect(report.findings.some((f) => f.pack === pack && f.status === 'pass'), pack).toBe(true);
    }
    expect(report.packs.find((p) => p.pack === 'three-layer')).toMatchObject({ applicable: false });
  });

  it('still passes everything when its ISMAP claims are checked against the (fictitious) registry snapshot', () => {
    const { code, report } = check(COMPLIANT, '--fail-on', 'info', '--ismap-registry', 'test/fixtures/ismap-registry.csv');
    expect(code).toBe(0);
    expect(problems(report)).toEqual([]);
    for (const id of ['IS-REG-01', 'IS-REG-02', 'IS-REG-03']) expect(statusOf(report, id), id).toEqual(['pass', 'pass']);
  });

  it.each(EDITIONS)('passes every rule with the standard-guideline pack pinned to %s, the other packs as in force (exit 0)', (edition) => {
    const { code, report } = check(COMPLIANT, '--edition', `standard-guideline=${edition}`, '--fail-on', 'info');
    expect(editionOf(report, 'standard-guideline')).toBe(edition);
    expect(problems(report)).toEqual([]);
    expect(report.findings.some((f) => f.pack === 'standard-guideline' && f.status === 'pass')).toBe(true);
    expect(code).toBe(0);
  });

  it('passes the demand rules rather than skipping them (it is a shared platform)', () => {
    const { report } = check(COMPLIANT);
    for (const id of ['SG-DEM-01', 'SG-DEM-02', 'SG-DEM-03', 'SG-BUD-01', 'SG-BUD-02', 'SG-GATE-03', 'SG-CLD-02', 'SG-BCP-01']) {
      expect(statusOf(report, id), id).toContain('pass');
    }
  });

  it('passes the ISMAP rules for both services, the LIU rules included', () => {
    const { report } = check(COMPLIANT);
    for (const id of ['IS-01', 'IS-03', 'IS-04', 'IS-05', 'IS-11', 'IS-12']) expect(statusOf(report, id), id).toEqual(['pass', 'pass']);
    for (const id of ['IS-06', 'IS-07', 'IS-08']) expect(statusOf(report, id, '/cloudServices/1'), id).toEqual(['pass']);
    expect(statusOf(report, 'IS-14', '/cloudServices/0')).toEqual(['pass']);
  });

  it('passes a budget_request gate', () => {
    expect(check(COMPLIANT, '--phase', 'budget_request').code).toBe(0);
    const gate = kanmon(['gate', COMPLIANT]);
    expect(gate.status).toBe(0);
    expect(gate.stdout).toContain(`${COMPLIANT}: ALLOW`);
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
