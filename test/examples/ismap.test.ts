import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Report } from '../../src/report/types.js';

// The ISMAP worked examples, checked through the CLI as a user runs them. Only the ismap pack is
// selected, so rules other packs add later do not change these verdicts.

function check(file: string, ...args: string[]): { status: number; report: Report; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = run(['check', file, '--pack', 'ismap', '--format', 'json', ...args], {
    stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: 'C' }, now: () => Date.UTC(2026, 0, 1),
  });
  const report = stdout ? (JSON.parse(stdout) as { results: { report: Report }[] }).results[0]!.report : (undefined as unknown as Report);
  return { status, report, stderr };
}
const failing = (r: Report) => r.findings.filter((f) => f.status === 'fail' || f.status === 'missing').map((f) => ({ ruleId: f.ruleId, severity: f.severity, pointer: f.pointer, line: f.line }));
const NOT_CONSULTED = /ISMAP registry was not consulted/;

describe('ISMAP worked examples', () => {
  it('ismap-unlisted-saas-c2.yaml: denied, IS-01 names the unlisted SaaS by pointer and line', () => {
    const { status, report } = check('docs/examples/ismap-unlisted-saas-c2.yaml');
    expect(status).toBe(1);
    expect(failing(report)).toEqual([
      { ruleId: 'IS-01', severity: 'error', pointer: '/cloudServices/1', line: 35 },
      { ruleId: 'IS-02', severity: 'warning', pointer: '/cloudServices/1', line: 35 },
    ]);
    expect(report.findings.find((f) => f.ruleId === 'IS-01' && f.pointer === '/cloudServices/0')?.status).toBe('pass');
    expect(report.findings.find((f) => f.ruleId === 'IS-01' && f.status === 'fail')?.message).toContain('架空フォーム SaaS');
  });

  it('ismap-liu-c3.yaml: denied, IS-08 (LIU is not enough for C3) at the service', () => {
    const { status, report } = check('docs/examples/ismap-liu-c3.yaml');
    expect(status).toBe(1);
    expect(failing(report)).toEqual([
      { ruleId: 'IS-08', severity: 'error', pointer: '/cloudServices/0', line: 16 },
      { ruleId: 'IS-09', severity: 'warning', pointer: '/cloudServices/0', line: 16 },
    ]);
  });

  it('ismap-expiring.yaml: a warning, so allowed by default and denied with --fail-on warning', () => {
    const byDefault = check('docs/examples/ismap-expiring.yaml');
    expect(byDefault.status).toBe(0);
    expect(failing(byDefault.report)).toEqual([{ ruleId: 'IS-04', severity: 'warning', pointer: '/cloudServices/0', line: 17 }]);
    expect(check('docs/examples/ismap-expiring.yaml', '--fail-on', 'warning').status).toBe(1);
  });

  it('ismap-c1-public-site.yaml: C1 only, the listing rules do not apply', () => {
    const { status, report } = check('docs/examples/ismap-c1-public-site.yaml');
    expect(status).toBe(0);
    expect(failing(report)).toEqual([]);
    for (const id of ['IS-01', 'IS-02']) expect(report.findings.find((f) => f.ruleId === id)?.status).toBe('not_applicable');
  });
});

describe('ISMAP registry cross-check through the CLI', () => {
  const FILE = 'docs/examples/ismap-registry-check.yaml';

  it('without a snapshot the claims are taken as they are, and the report says the registry was not consulted', () => {
    const { status, report } = check(FILE);
    expect(status).toBe(0);
    expect(report.notes.some((n) => NOT_CONSULTED.test(n))).toBe(true);
    expect(report.findings.find((f) => f.ruleId === 'IS-REG-01')?.status).toBe('not_applicable');
  });

  for (const snapshot of ['test/fixtures/ismap-registry.csv', 'test/fixtures/ismap-registry.json']) {
    it(`with ${snapshot} a forged registration number fails IS-REG-01 at the service`, () => {
      const { status, report } = check(FILE, '--ismap-registry', snapshot);
      expect(status).toBe(1);
      expect(failing(report)).toEqual([{ ruleId: 'IS-REG-01', severity: 'error', pointer: '/cloudServices/0', line: 18 }]);
      expect(report.findings.find((f) => f.ruleId === 'IS-REG-01')?.message).toContain('C9999-FORGED-999');
      expect(report.notes.join(' ')).toMatch(/checked against an ISMAP registry snapshot of 3 entries taken on 2024-06-01|snapshot of 3 entries/);
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
