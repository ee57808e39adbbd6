import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { evaluate } from '../../src/evaluate.js';
import { loadEdition } from '../../src/policy/load.js';
import { artifactUri, formatSarif } from '../../src/report/formatters/sarif.js';
import type { Report } from '../../src/report/types.js';
import { runCli } from '../cli/harness.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

// SARIF 2.1.0 checked against the official OASIS schema (draft-04, vendored under
// test/fixtures/sarif with its source), and against what code-scanning users read: a result per
// fail or missing finding, waivers as accepted suppressions, rules with their sources, ranges.

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; name: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string }; properties: { source: Record<string, string> } }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; descriptor: { id: string }; message: { text: string } }[] }[];
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: Record<string, number> } }[]; suppressions?: { kind: string; status: string; justification: string }[]; properties: { status: string; pointer: string } }[];
  }[];
}

const PACK = loadEdition(readFileSync('test/fixtures/cli/packs/demo.yaml', 'utf8'), 'demo.yaml');
function report(file: string, lang: 'en' | 'ja' = 'en'): Report {
  const parsed = parseDescriptor(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return evaluate(parsed.descriptor, { policies: [PACK], lang, ...(parsed.source ? { source: parsed.source } : {}) });
}
const DENIED = 'test/fixtures/cli/descriptors/denied.yaml';
const WAIVED = 'test/fixtures/cli/descriptors/waived.yaml';

describe('SARIF', () => {
  it('the schema check can fail: a log with an unknown level and a result without a message is refused', () => {
    const text = formatSarif([{ file: DENIED, report: report(DENIED) }], { lang: 'en', toolVersion: version });
    const log = JSON.parse(text) as { runs: { results: Record<string, unknown>[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    delete log.runs[0]!.results[1]!.message;
    expect(sarifSchemaErrors(JSON.stringify(log)).length).toBeGreaterThanOrEqual(2);
    expect(sarifSchemaErrors(text)).toEqual([]);
  });

  it('the gate of the bundled failing example validates against the SARIF 2.1.0 schema and exits 1', () => {
    const r = runCli(['gate', '--phase', 'budget_request', 'docs/examples/secure-zone.yaml', '--format', 'sarif']);
    expect(r.status).toBe(1);
    expect(sarifSchemaErrors(r.stdout)).toEqual([]);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it('a check of the bundled examples, every one, validates too (in English and Japanese)', () => {
    for (const lang of ['en', 'ja']) {
      const r = runCli(['check', 'docs/examples', '--format', 'sarif', '--lang', lang]);
      expect(sarifSchemaErrors(r.stdout)).toEqual([]);
    }
  });

  it('has one result per fail or missing finding, a waived one with its waiver as an accepted suppression', () => {
    const reports = [report(DENIED), report(WAIVED)];
    const text = formatSarif(reports.map((r) => ({ file: r.descriptor.file!, report: r })), { lang: 'en', toolVersion: version });
    expect(sarifSchemaErrors(text)).toEqual([]);
    const run = (JSON.parse(text) as SarifLog).runs[0]!;
    const expected = reports.flatMap((r) => r.findings.filter((f) => ['fail', 'missing', 'waived'].includes(f.status)));
    expect(run.results.map((r) => [r.ruleId, r.properties.pointer, r.properties.status])).toEqual(expected.map((f) => [f.ruleId, f.pointer, f.status]));
    const waived = run.results.filter((r) => r.properties.status === 'waived');
    expect(waived.map((r) => r.suppressions)).toEqual([[{ kind: 'inSource', status: 'accepted', justification: '計画書は来月承認予定', properties: { approver: '架空省PMO', expires: '2030-03-31', waiver: '/waivers/0' } }]]);
    expect(run.results.filter((r) => r.properties.status !== 'waived').every((r) => r.suppressions === undefined)).toBe(true);
  });

  it('describes each rule: name, title, help text with the source (title, issuer, date, section), default level by severity', () => {
    const run = (JSON.parse(formatSarif([{ file: DENIED, report: report(DENIED) }], { lang: 'en', toolVersion: version })) as SarifLog).runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'kanmon', version });
    const review = run.tool.driver.rules.find((r) => r.id === 'DEMO-REVIEW')!;
    expect(review).toMatchObject({ name: 'demo/DEMO-REVIEW', shortDescription: { text: 'The last review is recorded' }, defaultConfiguration: { level: 'warning' } });
    expect(review.help.text).toBe('source: "Demo rules" (Demo office, 2020-04), 3 [primary text]');
    expect(review.properties.source).toEqual({ title: 'Demo rules', issuer: 'Demo office', date: '2020-04', section: '3', kind: 'primary' });
    expect(run.tool.driver.rules.find((r) => r.id === 'DEMO-PLAN')!.defaultConfiguration.level).toBe('error');
    // Every result points at its rule.
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('places each result from the start to the end of the value at its pointer', () => {
    const denied = report(DENIED);
    const run = (JSON.parse(formatSarif([{ file: DENIED, report: denied }], { lang: 'en', toolVersion: version })) as SarifLog).runs[0]!;
    const plan = run.results.find((r) => r.ruleId === 'DEMO-PLAN')!;
    // `plan: {exists: false, …}` on line 8: the value `false` runs from column 18 to 23.
    expect(plan.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: DENIED }, region: { startLine: 8, startColumn: 18, endLine: 8, endColumn: 23 } });
    expect(readFileSync(DENIED, 'utf8').split('\n')[7]!.slice(17, 22)).toBe('false');
  });

  it('reports warnings and files that were not evaluated as notifications, and says the run did not use every input', () => {
    const r = runCli(['check', 'test/fixtures/cli/descriptors/allowed.yaml', 'bad.yaml', '--only-policy', 'test/fixtures/cli/packs/future.yaml', '--format', 'sarif'], { files: { 'bad.yaml': 'schemaVersion: 1\nid: [oops\n' } });
    expect(r.status).toBe(2);
    expect(sarifSchemaErrors(r.stdout)).toEqual([]);
    const invocation = (JSON.parse(r.stdout) as SarifLog).runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n) => [n.level, n.descriptor.id])).toEqual([['warning', 'no-edition-in-force'], ['error', 'syntax']]);
  });

  it('writes messages in the report language', () => {
    const run = (JSON.parse(formatSarif([{ file: DENIED, report: report(DENIED, 'ja') }], { lang: 'ja', toolVersion: version })) as SarifLog).runs[0]!;
    expect(run.results.find((r) => r.ruleId === 'DEMO-PLAN')!.message.text).toBe('架空システム に計画書がありません。\n対応: 計画書を作成し plan.exists を true にしてください。');
  });

  it('turns paths into URI references: relative ones stay relative, others are file: URIs, odd characters are escaped', () => {
    expect(artifactUri('docs/examples/a b.yaml')).toBe('docs/examples/a%20b.yaml');
    expect(artifactUri('/srv/descriptors/x.yaml')).toBe('file:///srv/descriptors/x.yaml');
    expect(artifactUri('<stdin>')).toBe('%3Cstdin%3E');
    expect(artifactUri('C:\\work\\x.yaml')).toBe('file:///C:/work/x.yaml');
  });
});
