import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/formatters/text.js';
import type { Finding, Report } from '../../src/report/types.js';

const finding = (ruleId: string, severity: Finding['severity'], status: Finding['status'], line: number): Finding => ({
  ruleId, pack: 'p', edition: 'e', title: ruleId, severity, status, pointer: `/x/${line}`, line, column: 1,
  message: `${ruleId} message`, basis: 'primary', source: { id: 'X', kind: 'primary', title: 'T', issuer: 'I', date: '2019' }, section: '1', judgedBy: { by: 'as-of', date: '2024-01-01' }, evidence: [],
});
const report = (findings: Finding[], lang: 'ja' | 'en' = 'en'): Report => ({
  reportVersion: 1, tool: { name: 'kanmon', version: '0' }, descriptor: { id: 'd', file: 'd.yaml' }, asOf: '2024-01-01', asOfSource: 'option',
  phase: null, lang, failOn: 'error', packs: [], findings, waivers: [],
  summary: { total: findings.length, pass: 0, fail: 0, missing: 0, not_applicable: 0, waived: 0, failing: { error: 0, warning: 0, info: 0 } },
  decision: 'deny', notes: [], warnings: [],
});

describe('formatText', () => {
  it('puts must-fix findings first: errors before warnings, fail before missing, then by line', () => {
    const text = formatText(report([finding('W-1', 'warning', 'fail', 1), finding('E-2', 'error', 'missing', 2), finding('E-3', 'error', 'fail', 9), finding('P-1', 'error', 'pass', 3)]));
    const order = ['E-3', 'E-2', 'W-1'].map((id) => text.indexOf(`  ${id}  `));
    expect(order.every((pos) => pos > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toContain('P-1');
    expect(text).toContain('d.yaml:9:1  error  fail  E-3');
  });
  it('lists passing findings with --verbose, in Japanese labels when the report is Japanese', () => {
    const text = formatText(report([finding('P-1', 'error', 'pass', 3)], 'ja'), { verbose: true });
    expect(text).toContain('指摘  適合  P-1');
  });
});
