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
// one of its editions or looks at this pack alone.

const SECURE_ZONE = 'docs/examples/secure-zone.yaml';
const COMPLIANT = 'docs/examples/national-compliant.yaml';
const EDITIONS = ['2014-12', '2019-02', '2019-06', '2020-03', '2021-09'];
const NATIONAL_PACKS = ['standard-guideline', 'gov-common-platform', 'continuity', 'ismap'];
const SG = ['--pack', 'standard-guideline'];

function check(file: string, ...args: string[]): { code: number; report: Report } {
  const { status, report } = kanmon(['check', file, ...args]);
  return { code: status, report };
}

const find = (report: Report, ruleId: string, pointer?: string): Finding[] => findings(report, ruleId, pointer);
const one = (report: Report, ruleId: string, pointer?: string): Finding => {
  const found = find(report, ruleId, pointer);
  expect(found, `${ruleId} ${pointer ?? ''}`).toHaveLength(1);
  return found[0]!;
};
/** This pack's fail and missing findings, as a reader checks them. */
const sgProblems = (report: Report) => problems(report).filter((p) => p.ruleId.startsWith('SG-'));

describe('secure-zone.yaml (modelled on the Board of Audit report)', () => {
  it('as of 2016-09-01 (2014-12 edition) the missing plan and the addition are covered by the transitional exemption, and nothing denies', () => {
    const { code, report } = check(SECURE_ZONE, '--as-of', '2016-09-01');
    expect(editionOf(report, 'standard-guideline')).toBe('2014-12');
    // The continuity and ISMAP packs were not in force yet; the first Government Common Platform was running.
    for (const pack of ['continuity', 'ismap']) expect(editionOf(report, pack)).toBe(null);
    expect(editionOf(report, 'gov-common-platform')).toBe('2013-03');
    expect(one(report, 'SG-PLAN-01')).toMatchObject({ status: 'not_applicable', exemptedBy: 'SG-PLAN-02' });
    expect(one(report, 'SG-PLAN-01').message).toMatch(/Exempted by SG-PLAN-02 \(Transitional exemption/);
    expect(one(report, 'SG-PLAN-02')).toMatchObject({ status: 'pass', basis: 'secondary' });
    expect(one(report, 'SG-PLAN-02').message).toMatch(/transitional exemption applies.*running since 2013-03-01/);
    expect(one(report, 'SG-PLAN-03', '/workItems/0')).toMatchObject({ status: 'not_applicable', exemptedBy: 'SG-PLAN-02', edition: '2014-12' });
    // What the report does not state is missing, at info: the ODB registration and the tender notices.
    // An absent key is placed at the first line of the object it belongs in.
    expect(problems(report)).toEqual([
      { ruleId: 'SG-ODB-01', status: 'missing', severity: 'info', pointer: '/project/odb/registered', line: lineOf(SECURE_ZONE, 'project:') + 1 },
      { ruleId: 'SG-PROC-02', status: 'missing', severity: 'info', pointer: '/procurements/0', line: lineOf(SECURE_ZONE, '- id: facilities') },
      { ruleId: 'SG-PROC-02', status: 'missing', severity: 'info', pointer: '/procurements/1', line: lineOf(SECURE_ZONE, '- id: secure-zone-work-lease') },
    ]);
    expect(report.decision).toBe('allow');
    expect(code).toBe(0);
  });

  it('as of 2020-04-01 the 2016 addition is judged by the 2014-12 edition in force on its start date, and says so', () => {
    const { code, report } = check(SECURE_ZONE, '--as-of', '2020-04-01');
    expect(editionOf(report, 'standard-guideline')).toBe('2020-03');
    const addition = one(report, 'SG-PLAN-03', '/workItems/0');
    expect(addition).toMatchObject({
      status: 'not_applicable', exemptedBy: 'SG-PLAN-02', edition: '2014-12', severity: 'warning',
      judgedBy: { by: 'act-date', date: '2016-04-01', pointer: '/workItems/0/startedOn' },
    });
    expect(report.packs.find((p) => p.pack === 'standard-guideline')?.actEditions?.map((e) => e.edition)).toEqual(['2014-12']);
    // The phase reviews of the addition's build and operation were due under the same edition.
    for (const pointer of ['/phases/0', '/phases/1']) {
      for (const id of ['SG-GATE-01', 'SG-GATE-02']) expect(one(report, id, pointer), `${id} ${pointer}`).toMatchObject({ status: 'not_applicable', exemptedBy: 'SG-PLAN-02', edition: '2014-12' });
    }
    // The contracts of 2016 fall under an edition that has no demand rule yet.
    expect(find(report, 'SG-DEM-02').map((f) => [f.status, f.edition, f.reason])).toEqual([
      ['not_applicable', '2014-12', 'This act (2016-04-01) is judged by edition 2014-12, in force on that day, which has no such rule.'],
      ['not_applicable', '2014-12', 'This act (2016-09-01) is judged by edition 2014-12, in force on that day, which has no such rule.'],
    ]);
    // The report does not say when the addition was decided or its budget requested: those acts cannot be dated.
    for (const [id, pointer] of [['SG-DEM-01', '/workItems/0'], ['SG-DEM-03', '/workItems/0'], ['SG-BUD-02', '/budgetRequests/0']] as const) {
      expect(one(report, id, pointer), id).toMatchObject({ status: 'missing', judgedBy: { by: 'act-date' } });
    }
    // Undated too, but a supplementary request is outside SG-BUD-01 in every edition that has it: not applicable.
    expect(one(report, 'SG-BUD-01', '/budgetRequests/0')).toMatchObject({ status: 'not_applicable', judgedBy: { by: 'act-date' } });
    // What denies is missing evidence of the platform's present state: its non-functional requirements.
    expect(sgProblems(report).filter((p) => p.severity === 'error')).toEqual([
      { ruleId: 'SG-BCP-01', status: 'missing', severity: 'error', pointer: '/nonFunctional/rpoHours', line: lineOf(SECURE_ZONE, 'schemaVersion: 1') },
    ]);
    expect(code).toBe(1);

    const text = kanmon(['check', SECURE_ZONE, '--as-of', '2020-04-01', '--pack', 'standard-guideline', '--format', 'text']).stdout;
    expect(text).toContain("judged by edition 2014-12, in force on the act's date 2016-04-01 (/workItems/0/startedOn)");
  });

  it('with --retroactive the same acts are judged as if done on 2020-04-01: SG-PLAN-03 fails for the addition', () => {
    const { code, report } = check(SECURE_ZONE, '--as-of', '2020-04-01', '--retroactive');
    expect(one(report, 'SG-PLAN-03', '/workItems/0')).toMatchObject({
      status: 'fail', severity: 'warning', edition: '2020-03', judgedBy: { by: 'retroactive', date: '2020-04-01' },
    });
    expect(one(report, 'SG-PLAN-03', '/workItems/0').exemptedBy).toBeUndefined();
    const fails = sgProblems(report).filter((p) => p.status === 'fail').map((p) => `${p.ruleId} ${p.pointer}`);
    expect(fails).toEqual([
      'SG-BUD-02 /budgetRequests/0', 'SG-DEM-01 /workItems/0', 'SG-DEM-02 /procurements/0', 'SG-DEM-02 /procurements/1', 'SG-DEM-03 /workItems/0',
      'SG-GATE-01 /phases/0', 'SG-GATE-01 /phases/1', 'SG-GATE-02 /phases/0', 'SG-GATE-02 /phases/1', 'SG-PLAN-03 /workItems/0',
    ]);
    // Every one of them is a warning: the Board of Audit's account, its opinion and its demand are not the guideline's text.
    expect(new Set(sgProblems(report).filter((p) => p.status === 'fail').map((p) => p.severity))).toEqual(new Set(['warning']));
    expect(code).toBe(1);
  });

  it('as of the Board opinion (2019-10-28) the 2019-06 edition applies, and the acts of 2016 are still judged by 2014-12', () => {
    const { code, report } = check(SECURE_ZONE, ...SG);
    expect(report.asOf).toBe('2019-10-28');
    expect(editionOf(report, 'standard-guideline')).toBe('2019-06');
    expect(one(report, 'SG-PLAN-03', '/workItems/0')).toMatchObject({ status: 'not_applicable', exemptedBy: 'SG-PLAN-02', edition: '2014-12' });
    expect(one(report, 'SG-PLAN-01')).toMatchObject({ status: 'not_applicable', exemptedBy: 'SG-PLAN-02', edition: '2019-06' });
    expect(one(report, 'SG-PLAN-02')).toMatchObject({ status: 'pass', basis: 'unverified', severity: 'info' });
    expect(sgProblems(report).map((p) => `${p.ruleId} ${p.status} ${p.severity}`)).toEqual([
      'SG-BUD-02 missing warning', 'SG-DEM-01 missing warning', 'SG-DEM-03 missing warning', 'SG-ODB-01 missing info', 'SG-PROC-02 missing info', 'SG-PROC-02 missing info',
    ]);
    // This pack alone allows at the default --fail-on error; the plain check denies on the platform's unrecorded sites.
    expect(code).toBe(0);
    expect(check(SECURE_ZONE).code).toBe(1);
  });

  it('is the platform itself, not a system moving onto it: the platform-migration rules it meets are not applicable', () => {
    const { report } = check(SECURE_ZONE);
    const migration = report.findings.filter((f) => f.ruleId.startsWith('PF-MIG-'));
    expect(migration.length).toBeGreaterThan(0);
    for (const f of migration) expect([f.ruleId, f.status, f.pointer]).toEqual([f.ruleId, 'not_applicable', '/commonPlatform/uses']);
  });

  it.each(['2019-06', '2020-03', '2021-09'])('with the pack pinned to %s, the demand findings fail as the Board of Audit recommendations they are (warnings)', (edition) => {
    const { report } = check(SECURE_ZONE, ...SG, '--edition', `standard-guideline=${edition}`);
    expect(one(report, 'SG-DEM-01', '/workItems/0')).toMatchObject({ status: 'fail', severity: 'warning', basis: 'audit', section: '記3ア' });
    expect(one(report, 'SG-DEM-01', '/workItems/0').message).toMatch(/0 confirmed, 2 wish-only answers.*The Board of Audit found that MIC had no clear procedure/);
    expect(statusOf(report, 'SG-DEM-02')).toEqual(['fail', 'fail']);
    expect(one(report, 'SG-DEM-03', '/workItems/0')).toMatchObject({ status: 'fail', severity: 'warning' });
    expect(one(report, 'SG-BUD-02', '/budgetRequests/0')).toMatchObject({ status: 'fail', severity: 'warning', section: '記3イ' });
  });

  it.each(['2014-12', '2019-02'])('the %s edition holds no demand rule yet', (edition) => {
    const { report } = check(SECURE_ZONE, ...SG, '--edition', `standard-guideline=${edition}`);
    expect(report.findings.filter((f) => f.ruleId.startsWith('SG-DEM-'))).toEqual([]);
  });

  it('--phase budget_request checks the budget, demand and plan rules and skips the procurement ones', () => {
    const { report } = check(SECURE_ZONE, '--phase', 'budget_request');
    const ruleIds = new Set(report.findings.map((f) => f.ruleId));
    for (const id of ['SG-BUD-02', 'SG-DEM-01', 'SG-DEM-02', 'SG-DEM-03', 'SG-PLAN-01', 'SG-PLAN-03', 'SG-VAL-01', 'SG-CLD-01']) expect(ruleIds).toContain(id);
    for (const id of ['SG-PROC-01', 'SG-PROC-02']) expect(ruleIds).not.toContain(id);
  });

  it('a check for the operation phase leaves the budget and demand rules out', () => {
    const { report } = check(SECURE_ZONE, '--phase', 'operation_maintenance');
    const ruleIds = new Set(report.findings.map((f) => f.ruleId));
    for (const id of ['SG-BUD-02', 'SG-DEM-01', 'SG-DEM-02', 'SG-DEM-03']) expect(ruleIds).not.toContain(id);
    expect(statusOf(report, 'SG-PLAN-03', '/workItems/0')).toEqual(['not_applicable']);
  });
});

describe('the 2019-02 edition', () => {
  it('starts on the first of its month, the only part of its date that is confirmed', () => {
    expect(editionOf(check(COMPLIANT, ...SG, '--as-of', '2019-01-31').report, 'standard-guideline')).toBe('2014-12');
    expect(editionOf(check(COMPLIANT, ...SG, '--as-of', '2019-02-01').report, 'standard-guideline')).toBe('2019-02');
  });
});

describe('reproductions: deleting a key moves a finding to missing, never to a pass', () => {
  it('a renewed project without a plan fails SG-PLAN-01; without its renewal date the exemption is unknown, not applied', () => {
    const file = 'test/fixtures/monotonic/sg-renewed-without-plan.yaml';
    const { report } = check(file, ...SG);
    expect(statusOf(report, 'SG-PLAN-01')).toEqual(['fail']);
    expect(statusOf(report, 'SG-PLAN-02')).toEqual(['fail']);
    const parsed = parseDescriptor(readFileSync(file, 'utf8').replace('  lastRenewedOrReviewedOn: "2017-06-01"\n', ''), file);
    if (!parsed.ok) throw new Error('the reproduction no longer parses');
    const after = evaluate(parsed.descriptor, { packs: ['standard-guideline'] });
    expect(after.findings.filter((f) => f.ruleId === 'SG-PLAN-01' || f.ruleId === 'SG-PLAN-02').map((f) => [f.ruleId, f.status])).toEqual([['SG-PLAN-01', 'missing'], ['SG-PLAN-02', 'missing']]);
  });

  it('a late pre-request review fails SG-BUD-01 as of 2024-10-01; without the submission date it is missing', () => {
    const file = 'test/fixtures/monotonic/sg-late-pre-request-review.yaml';
    const { report } = check(file, ...SG);
    expect(one(report, 'SG-BUD-01', '/budgetRequests/0')).toMatchObject({ status: 'fail', judgedBy: { by: 'act-date', date: '2024-08-30' } });
    const parsed = parseDescriptor(readFileSync(file, 'utf8').replace('    submittedOn: "2024-08-30"\n', ''), file);
    if (!parsed.ok) throw new Error('the reproduction no longer parses');
    const after = evaluate(parsed.descriptor, { packs: ['standard-guideline'] });
    expect(after.findings.filter((f) => f.ruleId === 'SG-BUD-01').map((f) => f.status)).toEqual(['missing']);
  });
});

describe('national-compliant.yaml', () => {
  it('passes every rule of this pack in force on its date, at every severity', () => {
    const { report } = check(COMPLIANT, '--fail-on', 'info');
    expect(report.asOf).toBe('2024-04-01');
    expect(sgProblems(report)).toEqual([]);
    // The phase-2 platform plan's period ended on 2024-03-31: that pack has no edition in force.
    expect(editionOf(report, 'gov-common-platform')).toBe(null);
    for (const pack of NATIONAL_PACKS.filter((p) => p !== 'gov-common-platform')) {
      expect(report.packs.find((p) => p.pack === pack), pack).toMatchObject({ applicable: true });
      expect(report.findings.some((f) => f.pack === pack && f.status === 'pass'), pack).toBe(true);
    }
    expect(report.packs.find((p) => p.pack === 'three-layer')).toMatchObject({ applicable: false });
  });

  it.each(EDITIONS)('passes every rule with the pack pinned to %s (exit 0 at --fail-on info)', (edition) => {
    const { code, report } = check(COMPLIANT, ...SG, '--edition', `standard-guideline=${edition}`, '--fail-on', 'info');
    expect(editionOf(report, 'standard-guideline')).toBe(edition);
    expect(problems(report)).toEqual([]);
    expect(report.findings.some((f) => f.status === 'pass')).toBe(true);
    expect(code).toBe(0);
  });

  it('passes the demand, budget, review, cloud and continuity rules rather than skipping them (it is a shared platform it runs)', () => {
    const { report } = check(COMPLIANT);
    for (const id of ['SG-DEM-01', 'SG-DEM-02', 'SG-DEM-03', 'SG-BUD-01', 'SG-BUD-02', 'SG-GATE-03', 'SG-CLD-01', 'SG-CLD-02', 'SG-BCP-01', 'SG-BCP-02']) {
      expect(statusOf(report, id), id).toContain('pass');
    }
    // Each dated act is judged by the edition in force on its date: the initial budget request of 2020-08 by 2020-03.
    expect(one(report, 'SG-BUD-01', '/budgetRequests/0')).toMatchObject({ status: 'pass', edition: '2020-03', judgedBy: { by: 'act-date', date: '2020-08-31' } });
  });

  it('passes a budget_request gate', () => {
    expect(check(COMPLIANT, ...SG, '--phase', 'budget_request').code).toBe(0);
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

  it('2014-12 → 2019-02 removes the transitional exemption from SG-PLAN-03 and the phase reviews, and marks the exemption itself unverified', () => {
    const diff = diffEditions(edition('2014-12'), edition('2019-02'));
    expect(diff.added.map((r) => r.ruleId)).toEqual(['SG-PLAN-04', 'SG-VAL-01']);
    for (const id of ['SG-PLAN-03', 'SG-GATE-01', 'SG-GATE-02']) expect(diff.changed.find((c) => c.ruleId === id)?.classes, id).toContain('exemption-removed');
    expect(diff.changed.find((c) => c.ruleId === 'SG-PLAN-03')?.classes).toContain('applicability-changed');
    expect(diff.changed.find((c) => c.ruleId === 'SG-PLAN-02')?.classes).toContain('basis-changed');
    expect(diff.unchanged).toEqual(expect.arrayContaining(['SG-PLAN-01', 'SG-ODB-01', 'SG-BUD-03', 'SG-CLD-01']));
  });

  it('2019-02 → 2019-06 adds the Board of Audit opinion and demand rules, and no pre-request review', () => {
    const added = diffEditions(edition('2019-02'), edition('2019-06')).added.map((r) => r.ruleId);
    expect(added).toEqual(['SG-BUD-02', 'SG-DEM-01', 'SG-DEM-02', 'SG-DEM-03']);
  });

  it('2019-06 → 2020-03 adds the pre-request review and gives the guidebook rules their basis', () => {
    const diff = diffEditions(edition('2019-06'), edition('2020-03'));
    expect(diff.added.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['SG-BUD-01', 'SG-BCP-01', 'SG-BCP-02', 'SG-CLD-03']));
    for (const id of ['SG-PLAN-04', 'SG-VAL-01']) expect(diff.changed.find((c) => c.ruleId === id)?.classes, id).toEqual(expect.arrayContaining(['basis-changed', 'severity-raised']));
  });
});
