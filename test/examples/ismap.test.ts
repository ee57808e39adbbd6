import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/run.js';
import type { KanmonDescriptor } from '../../src/descriptor/types.generated.js';
import { evaluate } from '../../src/evaluate.js';
import type { Report } from '../../src/report/types.js';
import { cloudProject, liuSaas, listedIaas } from '../fixtures/cloud-project.js';
import { editionOf, kanmon, lineOf, problems, statusOf } from './cli.js';

// The ISMAP worked examples, checked through a plain `kanmon check` (every bundled pack) as a user
// runs it. Each is national-compliant.yaml with its cloud services changed, so the ismap findings that
// fail or are missing are the ones the example demonstrates (and the other packs see the same
// descriptor as in national-compliant.yaml, which a test below keeps true).

const check = (file: string, ...args: string[]): { status: number; report: Report } => kanmon(['check', file, ...args], { LANG: 'C' });
const ismapProblems = (report: Report) => problems({ ...report, findings: report.findings.filter((f) => f.pack === 'ismap') });
const NOT_CONSULTED = /ISMAP registry was not consulted/;

describe('ISMAP worked examples', () => {
  it('each differs from national-compliant.yaml only in its id and cloud services', () => {
    const strip = (file: string): Record<string, unknown> => {
      const { id: _id, cloudServices: _services, ...rest } = parse(readFileSync(`docs/examples/${file}`, 'utf8')) as Record<string, unknown>;
      return rest;
    };
    const examples = readdirSync('docs/examples').filter((f) => f.startsWith('ismap-') && f.endsWith('.yaml'));
    expect(examples.length).toBe(5);
    for (const file of examples) expect(strip(file), `${file}: copy the other sections of national-compliant.yaml`).toEqual(strip('national-compliant.yaml'));
  });

  it('ismap-unlisted-saas-c2.yaml: denied, IS-01 names the unlisted SaaS by pointer and line; IS-02 (info) has no exception on record', () => {
    const file = 'docs/examples/ismap-unlisted-saas-c2.yaml';
    const { status, report } = check(file);
    expect(status).toBe(1);
    const line = lineOf(file, '- id: form-saas');
    expect(ismapProblems(report)).toEqual([
      { ruleId: 'IS-01', status: 'fail', severity: 'error', pointer: '/cloudServices/1', line },
      { ruleId: 'IS-02', status: 'fail', severity: 'info', pointer: '/cloudServices/1', line },
    ]);
    expect(statusOf(report, 'IS-01', '/cloudServices/0')).toEqual(['pass']);
    const is01 = report.findings.find((f) => f.ruleId === 'IS-01' && f.status === 'fail')!;
    expect(is01.message).toContain('架空フォーム SaaS');
    expect(is01.message).toMatch(/in principle.*waiver/);
    expect(is01.judgedBy).toEqual({ by: 'act-date', date: '2023-10-01', pointer: '/cloudServices/1/procuredOn' });
  });

  it('ismap-liu-c3.yaml: denied, IS-08 (LIU is not enough for C3) at the service; IS-01 leaves C3 to IS-09', () => {
    const file = 'docs/examples/ismap-liu-c3.yaml';
    const { status, report } = check(file);
    expect(status).toBe(1);
    const line = lineOf(file, '- id: survey-saas');
    expect(ismapProblems(report)).toEqual([
      { ruleId: 'IS-08', status: 'fail', severity: 'error', pointer: '/cloudServices/1', line },
      { ruleId: 'IS-09', status: 'fail', severity: 'info', pointer: '/cloudServices/1', line },
    ]);
    expect(statusOf(report, 'IS-07', '/cloudServices/1')).toEqual(['pass']);
    expect(statusOf(report, 'IS-01', '/cloudServices/1')).toEqual(['not_applicable']);
  });

  it('ismap-expiring.yaml: a warning, so allowed by default and denied with --fail-on warning', () => {
    const file = 'docs/examples/ismap-expiring.yaml';
    const byDefault = check(file);
    expect(byDefault.status).toBe(0);
    expect(ismapProblems(byDefault.report)).toEqual([
      { ruleId: 'IS-04', status: 'fail', severity: 'warning', pointer: '/cloudServices/1', line: lineOf(file, '- id: survey-saas') },
    ]);
    const is04 = byDefault.report.findings.find((f) => f.ruleId === 'IS-04' && f.status === 'fail')!;
    expect(is04.message).toContain('2027-03-31');
    expect(is04.message).toContain("kanmon's own default");
    expect(check(file, '--fail-on', 'warning').status).toBe(1);
  });

  it('ismap-c1-public-site.yaml: C1 only, the listing rules do not apply', () => {
    const { status, report } = check('docs/examples/ismap-c1-public-site.yaml');
    expect(status).toBe(0);
    expect(ismapProblems(report)).toEqual([]);
    for (const id of ['IS-01', 'IS-02']) expect(statusOf(report, id, '/cloudServices/1')).toEqual(['not_applicable']);
    expect(statusOf(report, 'IS-11', '/cloudServices/1')).toEqual(['pass']);
  });
});

describe('ISMAP registry cross-check through the CLI', () => {
  const FILE = 'docs/examples/ismap-registry-check.yaml';

  it('without a snapshot the claims are taken as they are: the registry rules are not applicable and the report says the registry was not consulted', () => {
    const { status, report } = check(FILE);
    expect(status).toBe(0);
    expect(report.notes.some((n) => NOT_CONSULTED.test(n))).toBe(true);
    expect(statusOf(report, 'IS-REG-01')).toEqual(['not_applicable', 'not_applicable']);
    expect(ismapProblems(report)).toEqual([]);
  });

  for (const snapshot of ['test/fixtures/ismap-registry.csv', 'test/fixtures/ismap-registry.json']) {
    it(`with ${snapshot} a forged registration number fails IS-REG-01 (a warning) at the service`, () => {
      const { status, report } = check(FILE, '--ismap-registry', snapshot);
      expect(status).toBe(0);
      expect(ismapProblems(report)).toEqual([
        { ruleId: 'IS-REG-01', status: 'fail', severity: 'warning', pointer: '/cloudServices/0', line: lineOf(FILE, '- id: gov-cloud-iaas') },
      ]);
      expect(report.findings.find((f) => f.ruleId === 'IS-REG-01' && f.status === 'fail')?.message).toContain('C9999-FORGED-999');
      expect(statusOf(report, 'IS-REG-01', '/cloudServices/1')).toEqual(['pass']);
      expect(report.notes.join(' ')).toMatch(/snapshot of 3 entries/);
      expect(check(FILE, '--ismap-registry', snapshot, '--fail-on', 'warning').status).toBe(1);
    });
  }

  it('a bad snapshot is bad input: exit 2, every problem with its line, nothing evaluated', () => {
    let stderr = '';
    const files: Record<string, string> = {
      'bad.csv': 'registrationNumber,service,provider,listingType,registeredOn,expiresOn\nC1,a,b,ismap,2021-03-12,2026-12-31\nC2,a,b,gold,2021-02-30,2026-12-31\nC1,a,b,ismap,2021-03-12,2026-12-31\n',
    };
    const status = run(['check', FILE, '--ismap-registry', 'bad.csv', '--lang', 'ja'], {
      stdout: () => {}, stderr: (t) => { stderr += t; }, readFile: (p) => files[p] ?? readFileSync(p, 'utf8'), env: {}, now: () => 0,
    });
    expect(status).toBe(2);
    expect(stderr).toContain('bad.csv:3  invalid-field');
    expect(stderr).toContain('bad.csv:4  duplicate-registration');
    expect(stderr).toContain('3 件の問題');
  });

  it('an unreadable snapshot exits 2', () => {
    expect(check(FILE, '--ismap-registry', 'no/such/file.csv').status).toBe(2);
  });
});

describe('ISMAP: a cloud service adoption is judged by the edition in force on its procurement date', () => {
  const project = (services: KanmonDescriptor['cloudServices']): KanmonDescriptor => ({ ...cloudProject, cloudServices: services });
  const finding = (report: Report, ruleId: string, pointer = '/cloudServices/0') => report.findings.find((f) => f.ruleId === ruleId && f.pointer === pointer)!;

  it('an LIU-listed SaaS procured before LIU existed fails IS-01 under the 2020-06 edition; judged as if procured today it passes', () => {
    const early = project([{ ...liuSaas, procuredOn: '2022-06-01' }]);
    const byActDate = evaluate(early, { packs: ['ismap'], asOf: '2024-06-01' });
    expect(finding(byActDate, 'IS-01')).toMatchObject({ status: 'fail', edition: '2020-06', judgedBy: { by: 'act-date', date: '2022-06-01' } });
    expect(finding(byActDate, 'IS-07')).toMatchObject({ status: 'pass', edition: '2023-05', judgedBy: { by: 'as-of' } });
    const retroactive = evaluate(early, { packs: ['ismap'], asOf: '2024-06-01', retroactive: true });
    expect(finding(retroactive, 'IS-01')).toMatchObject({ status: 'pass', edition: '2023-05', judgedBy: { by: 'retroactive' } });
  });

  it('a service procured before the pack\'s first edition is not applicable under IS-01, and says why', () => {
    const report = evaluate(project([{ ...listedIaas, procuredOn: '2020-05-01', ismap: { listingType: 'none' } }]), { packs: ['ismap'], asOf: '2024-06-01' });
    expect(finding(report, 'IS-01')).toMatchObject({ status: 'not_applicable', reason: expect.stringMatching(/predates the first edition of ismap/) });
  });

  it('the special-measures edition is in force from 2023-05-19, not from the first of the month', () => {
    const special = project([{ ...liuSaas, procuredOn: '2023-05-01', ismap: { ...liuSaas.ismap!, listingType: 'ismap_liu_special', appliedOn: '2023-05-01' } }]);
    expect(editionOf(evaluate(special, { packs: ['ismap'], asOf: '2023-05-18' }), 'ismap')).toBe('2022-11');
    expect(editionOf(evaluate(special, { packs: ['ismap'], asOf: '2023-05-19' }), 'ismap')).toBe('2023-05');
  });

  it('an adoption relying on the special-measures list is judged by IS-13 only from 2023-05-19, and is never a registration under IS-01', () => {
    const entry = { ...liuSaas.ismap!, listingType: 'ismap_liu_special' as const, appliedOn: '2023-06-01' };
    const report = evaluate(project([
      { ...liuSaas, procuredOn: '2023-07-01', ismap: entry },
      { ...liuSaas, id: 'svc-liu-early', procuredOn: '2023-05-10', ismap: entry },
    ]), { packs: ['ismap'], asOf: '2024-06-01' });
    expect(finding(report, 'IS-13')).toMatchObject({ status: 'pass', edition: '2023-05' });
    expect(finding(report, 'IS-01')).toMatchObject({ status: 'fail', edition: '2023-05' });
    expect(finding(report, 'IS-13', '/cloudServices/1')).toMatchObject({ status: 'not_applicable', edition: '2022-11', reason: expect.stringMatching(/no such rule/) });
    expect(finding(report, 'IS-01', '/cloudServices/1')).toMatchObject({ status: 'fail', edition: '2022-11' });
  });
});
