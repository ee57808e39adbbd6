import { describe, expect, it } from 'vitest';
import type { CompiledEdition } from '../../src/engine/compiled.js';
import { selectEditions } from '../../src/select/editions.js';
import { evaluate } from '../../src/evaluate.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import { bundledEditions } from '../../src/policy/bundled.js';

const edition = (pack: string, name: string, from: string, until?: string) =>
  ({ pack, edition: name, effective: { from, ...(until ? { until } : {}) }, rules: [] }) as unknown as CompiledEdition;

describe('selectEditions', () => {
  const editions = [edition('sg', '2014-12', '2015-04-01'), edition('sg', '2019-02', '2019-02-25'), edition('old', '2010-01', '2010-01-01', '2012-12-31')];
  it('takes per pack the latest edition in force, inclusive on both ends', () => {
    const pick = (asOf: string) => Object.fromEntries(selectEditions(editions, asOf).map((c) => [c.pack, c.edition?.edition ?? null]));
    expect(pick('2015-03-31')).toEqual({ old: null, sg: null });
    expect(pick('2015-04-01')).toEqual({ old: null, sg: '2014-12' });
    expect(pick('2019-02-24')).toEqual({ old: null, sg: '2014-12' });
    expect(pick('2019-02-25')).toEqual({ old: null, sg: '2019-02' });
    expect(pick('2012-12-31')).toEqual({ old: '2010-01', sg: null });
  });
  it('honours pins', () => {
    expect(selectEditions(editions, '2024-01-01', { sg: '2014-12' }).find((c) => c.pack === 'sg')).toMatchObject({ pinned: true, edition: { edition: '2014-12' } });
  });
});

const base = {
  schemaVersion: 1, id: 'w', organisation: { kind: 'national_ministry', name: 'x' },
  project: { name: 'p', runningSince: '2020-01-01', plan: { exists: false } },
  phases: [], procurements: [], workItems: [], budgetRequests: [],
  costs: [{ fiscalYear: 2020, category: 'development', amountJpy: 1 }],
} as const;
// The waiver tests look at SG-PLAN-01 alone: judge it with only the 2014-12 edition, whose other rules
// the descriptor meets or states "none" for (costs recorded, empty lists).
const planOnly = { packs: ['standard-guideline'], editions: { 'standard-guideline': '2014-12' }, failOn: 'warning' as const };
const waiver = (expires: string, pointer = '') => ({ ruleId: 'SG-PLAN-01', justification: '計画書は作成中', approver: 'CIO', expires, pointer });
const plan01 = (r: ReturnType<typeof evaluate>) => r.findings.find((f) => f.ruleId === 'SG-PLAN-01')!;

describe('waivers', () => {
  it('apply through their expiry day (inclusive) and fail closed the day after', () => {
    const onTheDay = evaluate({ ...base, waivers: [waiver('2024-03-31')] }, { asOf: '2024-03-31', ...planOnly });
    expect(plan01(onTheDay)).toMatchObject({ status: 'waived', waiver: { state: 'applied', pointer: '/waivers/0' } });
    expect(onTheDay.decision).toBe('allow');
    const after = evaluate({ ...base, waivers: [waiver('2024-03-31')] }, { asOf: '2024-04-01', ...planOnly });
    expect(plan01(after)).toMatchObject({ status: 'fail', waiver: { state: 'expired' } });
    expect(plan01(after).message).toContain('expired on 2024-03-31');
    expect(after.waivers[0]).toMatchObject({ state: 'expired' });
    expect(after.decision).toBe('deny');
  });
  it('report unused waivers and respect their pointer', () => {
    const r = evaluate({ ...base, waivers: [waiver('2030-01-01', '/workItems/0'), { ...waiver('2030-01-01'), ruleId: 'SG-NOPE-01' }] }, { asOf: '2024-01-01' });
    expect(plan01(r).status).toBe('fail');
    expect(r.waivers.map((w) => w.state)).toEqual(['unused', 'unused']);
  });
});

describe('evaluate() options', () => {
  it('rejects bad options with KanmonError codes', () => {
    expect(() => evaluate(base, { asOf: '2024-02-30' })).toThrow(KanmonError);
    expect(() => evaluate(base, { packs: ['nope'] })).toThrow(/no pack nope/);
    expect(() => evaluate(base, { editions: { 'standard-guideline': '1999-01' } })).toThrow(/no edition 1999-01/);
  });
  it('rejects two editions of one pack with the same name or start date, whatever their order', () => {
    const bundledSg = bundledEditions().filter((e) => e.pack === 'standard-guideline');
    const twin = (name: string, from: string) => ({ ...bundledSg[0]!, edition: name, effective: { from } });
    const code = (policies: CompiledEdition[]) => {
      try { evaluate(base, { asOf: '2024-01-01', policies }); return 'accepted'; } catch (e) { return e instanceof KanmonError ? e.diagnostics[0]!.code : String(e); }
    };
    expect(code([...bundledSg])).toBe('accepted');
    expect(code([...bundledSg, twin(bundledSg[0]!.edition, '2030-01-01')])).toBe('ambiguous-editions');
    expect(code([twin('local', bundledSg[1]!.effective.from), ...bundledSg])).toBe('ambiguous-editions');
    expect(() => evaluate(base, { policies: [...bundledSg, twin('local', bundledSg[1]!.effective.from)] })).toThrow(/same name or the same start date/);
  });
  it('takes asOf from the option, then the descriptor, then the Japan-time clock', () => {
    expect(evaluate(base, { asOf: '2020-01-01' })).toMatchObject({ asOf: '2020-01-01', asOfSource: 'option' });
    expect(evaluate({ ...base, evaluatedOn: '2021-05-05' })).toMatchObject({ asOf: '2021-05-05', asOfSource: 'descriptor' });
    // 2024-12-31T15:30Z is already 2025-01-01 in Japan.
    expect(evaluate(base, { now: () => Date.parse('2024-12-31T15:30:00Z') })).toMatchObject({ asOf: '2025-01-01', asOfSource: 'today' });
  });
  it('says when no edition of a pack is in force', () => {
    const r = evaluate(base, { asOf: '2014-01-01', packs: ['standard-guideline'] });
    expect(r.packs).toEqual([expect.objectContaining({ pack: 'standard-guideline', edition: null, applicable: null })]);
    expect(r.findings).toEqual([]);
  });
  it('gives messages in Japanese or English', () => {
    expect(plan01(evaluate(base, { asOf: '2024-01-01', lang: 'ja' })).message).toContain('プロジェクト計画書がありません');
    expect(plan01(evaluate(base, { asOf: '2024-01-01', lang: 'en' })).message).toContain('has no project plan');
  });
});
