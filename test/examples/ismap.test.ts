import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Report } from '../../src/report/types.js';
import { kanmon, lineOf, problems, statusOf } from './cli.js';

// The ISMAP worked examples, checked through a plain `kanmon check` (every bundled pack) as a user
// runs it. Each is national-compliant.yaml with one change, so the only findings that fail or are
// missing are the ones the example demonstrates.

const check = (file: string, ...args: string[]): { status: number; report: Report } => kanmon(['check', file, ...args], { LANG: 'C' });
const NOT_CONSULTED = /ISMAP registry was not consulted/;

describe('ISMAP worked examples', () => {
  it('ismap-unlisted-saas-c2.yaml: denied, IS-01 names the unlisted SaaS by pointer and line', () => {
    const file = 'docs/examples/ismap-unlisted-saas-c2.yaml';
    const { status, report } = check(file);
    expect(status).toBe(1);
    const line = lineOf(file, '- id: form-saas');
    expect(problems(report)).toEqual([
      { ruleId: 'IS-01', status: 'fail', severity: 'error', pointer: '/cloudServices/1', line },
      { ruleId: 'IS-02', status: 'fail', severity: 'warning', pointer: '/cloudServices/1', line },
    ]);
    expect(statusOf(report, 'IS-01', '/cloudServices/0')).toEqual(['pass']);
    expect(report.findings.find((f) => f.ruleId === 'IS-01' && f.status === 'fail')?.message).toContain('架空フォーム SaaS');
  });

  it('ismap-liu-c3.yaml: denied, IS-08 (LIU is not enough for C3) at the service', () => {
    const file = 'docs/examples/ismap-liu-c3.yaml';
    const { status, report } = check(file);
    expect(status).toBe(1);
    const line = lineOf(file, '- id: survey-saas');
    expect(problems(report)).toEqual([
      { ruleId: 'IS-08', status: 'fail', severity: 'error', pointer: '/cloudServices/1', line },
      { ruleId: 'IS-09', status: 'fail', severity: 'warning', pointer: '/cloudServices/1', line },
    ]);
    expect(statusOf(report, 'IS-07', '/cloudServices/1')).toEqual(['pass']);
  });

  it('ismap-expiring.yaml: a warning, so allowed by default and denied with --fail-on warning', () => {
    const file = 'docs/examples/ismap-expiring.yaml';
    const byDefault = check(file);
    expect(byDefault.status).toBe(0);
    expect(problems(byDefault.report)).toEqual([
      { ruleId: 'IS-04', status: 'fail', severity: 'warning', pointer: '/cloudServices/1', line: lineOf(file, '- id: survey-saas') },
    ]);
    expect(byDefault.report.findings.find((f) => f.ruleId === 'IS-04' && f.status === 'fail')?.message).toContain('2027-03-31');
    expect(check(file, '--fail-on', 'warning').status).toBe(1);
  });

  it('ismap-c1-public-site.yaml: C1 only, the listing rules do not apply', () => {
    const { status, report } = check('docs/examples/ismap-c1-public-site.yaml', '--fail-on', 'info');
    expect(status).toBe(0);
    expect(problems(report)).toEqual([]);
    for (const id of ['IS-01', 'IS-02']) expect(statusOf(report, id, '/cloudServices/1')).toEqual(['not_applicable']);
    expect(statusOf(report, 'IS-11', '/cloudServices/1')).toEqual(['pass']);
  });
});

describe('ISMAP registry cross-check through the CLI', () => {
  const FILE = 'docs/examples/ismap-registry-check.yaml';

  it('without a snapshot the claims are taken as they are, and the report says the registry was not consulted', () => {
    const { status, report } = check(FILE);
    expect(status).toBe(0);
    expect(report.notes.some((n) => NOT_CONSULTED.test(n))).toBe(true);
    expect(statusOf(report, 'IS-REG-01')).toEqual(['not_applicable', 'not_applicable']);
    expect(problems(report)).toEqual([]);
  });

  for (const snapshot of ['test/fixtures/ismap-registry.csv', 'test/fixtures/ismap-registry.json']) {
    it(`with ${snapshot} a forged registration number fails IS-REG-01 at the service`, () => {
      const { status, report } = check(FILE, '--ismap-registry', snapshot);
      expect(status).toBe(1);
      expect(problems(report)).toEqual([
        { ruleId: 'IS-REG-01', status: 'fail', severity: 'error', pointer: '/cloudServices/0', line: lineOf(FILE, '- id: gov-cloud-iaas') },
      ]);
      expect(report.findings.find((f) => f.ruleId === 'IS-REG-01' && f.status === 'fail')?.message).toContain('C9999-FORGED-999');
      expect(statusOf(report, 'IS-REG-01', '/cloudServices/1')).toEqual(['pass']);
      expect(report.notes.join(' ')).toMatch(/snapshot of 3 entries/);
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
