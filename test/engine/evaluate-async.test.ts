import { describe, expect, it } from 'vitest';
import type { Almanac } from 'json-rules-engine';
import { evaluate } from '../../src/evaluate.js';
import { evaluateAsync } from '../../src/evaluate-async.js';
import { ismapRegistryProvider } from '../../src/facts/ismap-registry.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import type { IsmapRegistryEntry } from '../../src/registry/types.js';
import { cloudProject, ismapRegistry, liuSaas, listedIaas } from '../fixtures/cloud-project.js';

// A registry "database" the caller can only reach asynchronously. Like the snapshot, it answers null
// for a number it does not hold (a known "not there") and undefined when there is no number to look up.
const database = new Map(ismapRegistry.entries.map((e) => [e.registrationNumber, e]));
const lookupLater = (number: unknown): Promise<IsmapRegistryEntry | null | undefined> =>
  new Promise((resolve) => setTimeout(() => resolve(typeof number === 'string' ? database.get(number) ?? null : undefined), 1));
const providers = {
  ismapRegistry: Promise.resolve({ consulted: true, entries: ismapRegistry.entries.length, takenOn: ismapRegistry.takenOn, source: ismapRegistry.source }),
  registryEntry: async (_params: Record<string, unknown>, almanac: Almanac) => {
    const item = await almanac.factValue<{ ismap?: { registrationNumber?: string } }>('item');
    return lookupLater(item.ismap?.registrationNumber);
  },
};

const project = {
  ...cloudProject,
  cloudServices: [
    listedIaas,
    { ...listedIaas, id: 'forged', ismap: { ...listedIaas.ismap!, registrationNumber: 'C9999-FORGED-999' } },
    { ...listedIaas, id: 'expired', ismap: { ...listedIaas.ismap!, registrationNumber: 'C9999-TEST-002' } },
    { ...liuSaas, confidentiality: 'C3' as const },
    { id: 'bare', name: 'no claims', serviceModel: 'SaaS' as const },
  ],
};

describe('evaluateAsync', () => {
  it('with asynchronous registry providers gives exactly the report evaluate() gives with the snapshot', async () => {
    for (const asOf of ['2021-10-01', '2022-12-01', '2024-06-01']) {
      for (const lang of ['ja', 'en'] as const) {
        const sync = evaluate(project, { asOf, lang, ismapRegistry });
        const viaEngine = await evaluateAsync(project, { asOf, lang, facts: providers });
        expect(viaEngine).toEqual(sync);
        expect(JSON.stringify(viaEngine)).toBe(JSON.stringify(sync));
      }
    }
  });

  it('the forged and the expired registrations fail, named by pointer', async () => {
    const report = await evaluateAsync(project, { asOf: '2024-06-01', packs: ['ismap'], facts: providers });
    const failing = report.findings.filter((f) => f.ruleId.startsWith('IS-REG') && f.status === 'fail').map((f) => [f.ruleId, f.pointer]);
    expect(failing).toEqual([['IS-REG-01', '/cloudServices/1'], ['IS-REG-02', '/cloudServices/2']]);
    expect(report.notes).toEqual([expect.stringMatching(/snapshot of 3 entries/)]);
  });

  it('without facts equals evaluate() without a snapshot: missing findings included, the registry rules not applicable', async () => {
    const sync = evaluate(project, { asOf: '2024-06-01' });
    expect(sync.findings.some((f) => f.status === 'missing')).toBe(true);
    expect(sync.findings.filter((f) => f.ruleId.startsWith('IS-REG')).every((f) => f.status === 'not_applicable')).toBe(true);
    expect(await evaluateAsync(project, { asOf: '2024-06-01' })).toEqual(sync);
  });

  it('a provider that cannot tell (undefined) leaves the entry unknown: IS-REG-01 is missing, not failed', async () => {
    const unsure = { ...providers, registryEntry: async () => undefined };
    const report = await evaluateAsync(project, { asOf: '2024-06-01', packs: ['ismap'], facts: unsure });
    expect(report.findings.find((f) => f.ruleId === 'IS-REG-01' && f.pointer === '/cloudServices/1')?.status).toBe('missing');
  });

  it('accepts the snapshot option too, and rejects an unknown caller fact', async () => {
    expect(await evaluateAsync(project, { asOf: '2024-06-01', ismapRegistry })).toEqual(evaluate(project, { asOf: '2024-06-01', ismapRegistry }));
    await expect(evaluateAsync(project, { facts: { registry: [] } })).rejects.toThrow(KanmonError);
  });
});

describe('fact providers', () => {
  const snapshotProvider = ismapRegistryProvider(ismapRegistry);
  it('a provider given to evaluate() supplies its facts like the ismapRegistry option does', () => {
    expect(evaluate(project, { asOf: '2024-06-01', providers: [snapshotProvider] })).toEqual(evaluate(project, { asOf: '2024-06-01', ismapRegistry }));
  });

  it('an asynchronous provider needs evaluateAsync, which gives the same report', async () => {
    const later = { supplies: snapshotProvider.supplies, resolve: async (d: never, c: { asOf: string }) => snapshotProvider.resolve(d, c) };
    expect(() => evaluate(project, { asOf: '2024-06-01', providers: [later] })).toThrow(/evaluateAsync/);
    expect(await evaluateAsync(project, { asOf: '2024-06-01', providers: [later] })).toEqual(evaluate(project, { asOf: '2024-06-01', ismapRegistry }));
  });

  it('a provider of a fact nobody declared is refused, with the closest declared name', () => {
    expect(() => evaluate(project, { providers: [{ supplies: ['ismapRegistery'], resolve: () => ({ global: {}, perItem: {} }) }] })).toThrow(/ismapRegistry/);
  });
});
