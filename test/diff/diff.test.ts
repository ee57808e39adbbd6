import { describe, expect, it } from 'vitest';
import type { KanmonDescriptor } from '../../src/descriptor/types.generated.js';
import { diffEditions } from '../../src/diff/diff-editions.js';
import { formatDiff } from '../../src/diff/format.js';
import { impact } from '../../src/diff/impact.js';
import { loadEdition } from '../../src/policy/load.js';

const edition = (name: string, rules: string) => loadEdition(`schemaVersion: 1
pack: demo
edition: "${name}"
title: {ja: デモ, en: Demo}
effective: {from: "${name}-01"}
source: DEMO-SOURCE
sources: [{ id: DEMO-SOURCE, kind: primary, title: { ja: t, en: t }, issuer: { ja: i, en: i }, date: "${name}" }]
rules:
${rules}`, `${name}.yaml`);
const rule = (id: string, opts: { severity?: string; min?: number; exempt?: string; extra?: string } = {}) => `  - id: ${id}
    title: {ja: 題, en: Title ${id}}
    severity: ${opts.severity ?? 'warning'}
    basis: primary
    source: DEMO-SOURCE
    section: "1"
    message: {ja: 失敗, en: Failed}
    remediation: {ja: 直す, en: Fix}
${opts.exempt ? `    exemptedBy: [${opts.exempt}]\n` : ''}    check:
      all:
        - {fact: budgetRequests, path: $, operator: countAtLeast, value: ${opts.min ?? 1}}
${opts.extra ?? ''}`;

const a = edition('2020-01', rule('DEMO-01') + rule('DEMO-02', { exempt: 'DEMO-03' }) + rule('DEMO-03') + rule('DEMO-04'));
const b = edition('2021-01', rule('DEMO-01', { severity: 'error', min: 2 }) + rule('DEMO-02') + rule('DEMO-03') + rule('DEMO-05'));

describe('diffEditions', () => {
  const diff = diffEditions(a, b);
  it('lists added, removed and unchanged rules', () => {
    expect(diff.added.map((r) => r.ruleId)).toEqual(['DEMO-05']);
    expect(diff.removed.map((r) => r.ruleId)).toEqual(['DEMO-04']);
    expect(diff.unchanged).toEqual(['DEMO-03']);
  });
  it('classifies a raised severity, a tightened threshold and a removed exemption', () => {
    const byId = Object.fromEntries(diff.changed.map((c) => [c.ruleId, c]));
    expect(byId['DEMO-01']!.classes).toEqual(expect.arrayContaining(['severity-raised', 'threshold-tightened']));
    expect(byId['DEMO-01']!.changes).toContainEqual({ field: 'check', before: 'all(budgetRequests countAtLeast 1)', after: 'all(budgetRequests countAtLeast 2)' });
    expect(byId['DEMO-02']!.classes).toEqual(['exemption-removed']);
    expect(diffEditions(b, a).changed.find((c) => c.ruleId === 'DEMO-01')!.classes).toEqual(expect.arrayContaining(['severity-lowered', 'threshold-loosened']));
  });
  it('renders readably', () => {
    const text = formatDiff(diff, undefined, 'en');
    expect(text).toContain('demo: 2020-01 → 2021-01');
    expect(text).toContain('+ DEMO-05');
    expect(text).toContain('~ DEMO-01  [severity-raised, threshold-tightened]');
  });
});

describe('impact', () => {
  const project = (id: string, requests: number): KanmonDescriptor => ({
    schemaVersion: 1, id, organisation: { kind: 'national_ministry', name: 'x' },
    budgetRequests: Array.from({ length: requests }, (_, i) => ({ id: `r${i}`, fiscalYear: 2020, kind: 'initial' as const })),
  });
  it('lists every finding whose status changes, and the verdicts that flip', () => {
    const r = impact(a, b, [project('one-request', 1), project('two-requests', 2)], { asOf: '2021-06-01' });
    expect(r.descriptors).toEqual([
      { id: 'one-request', before: 'allow', after: 'deny' },
      { id: 'two-requests', before: 'allow', after: 'allow' },
    ]);
    expect(r.changes).toContainEqual({ descriptor: 'one-request', ruleId: 'DEMO-01', pointer: '/budgetRequests', before: 'pass', after: 'fail' });
    expect(r.changes).toContainEqual({ descriptor: 'one-request', ruleId: 'DEMO-04', pointer: '/budgetRequests', before: 'pass', after: null });
    expect(r.changes.filter((c) => c.descriptor === 'two-requests').map((c) => c.ruleId).sort()).toEqual(['DEMO-04', 'DEMO-05']);
    expect(formatDiff(diffEditions(a, b), r, 'ja')).toContain('one-request: 可 → 不可  ← 判定が変わる');
  });

  it('judges the verdicts with failOn, as evaluate does', () => {
    // No budget request: every rule of 2020-01 fails, all warnings; 2021-01's DEMO-01 fails as an error.
    const none = [project('no-request', 0)];
    expect(impact(a, b, none, { asOf: '2021-06-01' })).toMatchObject({ failOn: 'error', descriptors: [{ id: 'no-request', before: 'allow', after: 'deny' }] });
    expect(impact(a, b, none, { asOf: '2021-06-01', failOn: 'warning' })).toMatchObject({ failOn: 'warning', descriptors: [{ id: 'no-request', before: 'deny', after: 'deny' }] });
    expect(() => impact(a, b, [], { failOn: 'fatal' as never })).toThrow(/failOn must be error, warning or info \(got fatal\)/);
  });
});
