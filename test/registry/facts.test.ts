import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
import { ISMAP_REGISTRY_FACTS, registryFacts } from '../../src/facts/ismap-registry.js';
import { withDefaults } from '../../src/facts/supply.js';
import { cloudProject, ismapRegistry, listedIaas } from '../fixtures/cloud-project.js';

// The registry caller facts state what is known: "not consulted" and "not in the snapshot" are values,
// so the registry rules are not_applicable or fail on them; only an unstated number stays unknown.

const withNumber = (registrationNumber: string | undefined) => ({
  ...listedIaas,
  ismap: { ...listedIaas.ismap!, registrationNumber },
});

describe('registryFacts', () => {
  it('without a snapshot states that the registry was not consulted', () => {
    expect(withDefaults({ global: {}, perItem: {} }, ISMAP_REGISTRY_FACTS).global).toEqual({ ismapRegistry: { consulted: false } });
  });

  it('with a snapshot gives the matching entry, null for a number it lacks, and nothing for an unstated number', () => {
    const services = [withNumber('C9999-TEST-001'), withNumber('C9999-FORGED-999'), withNumber(undefined)];
    const facts = registryFacts(ismapRegistry, services);
    const entries = facts.perItem.registryEntry!;
    expect(entries.get('/cloudServices/0')).toEqual(ismapRegistry.entries[0]);
    expect(entries.get('/cloudServices/1')).toBeNull();
    expect(entries.has('/cloudServices/2')).toBe(false);
    expect(facts.global.ismapRegistry).toEqual({ consulted: true, entries: 3, takenOn: '2024-06-01', source: ismapRegistry.source });
  });
});

describe('the registry rules on these facts', () => {
  const statuses = (report: ReturnType<typeof evaluate>, pointer: string) =>
    report.findings.filter((f) => f.ruleId.startsWith('IS-REG') && f.pointer === pointer).map((f) => [f.ruleId, f.status]);

  it('are not applicable, not missing, when no snapshot is given, and the report says so', () => {
    const report = evaluate(cloudProject, { packs: ['ismap'], asOf: '2024-06-01' });
    expect(statuses(report, '/cloudServices/0')).toEqual([['IS-REG-01', 'not_applicable'], ['IS-REG-02', 'not_applicable'], ['IS-REG-03', 'not_applicable']]);
    expect(report.notes).toEqual([expect.stringMatching(/not consulted/)]);
  });

  it('fail a number the snapshot lacks, and are missing when the service states no number', () => {
    const project = { ...cloudProject, cloudServices: [withNumber('C9999-FORGED-999'), withNumber(undefined)] };
    const report = evaluate(project, { packs: ['ismap'], asOf: '2024-06-01', ismapRegistry });
    expect(statuses(report, '/cloudServices/0')).toEqual([['IS-REG-01', 'fail'], ['IS-REG-02', 'not_applicable'], ['IS-REG-03', 'not_applicable']]);
    expect(statuses(report, '/cloudServices/1')).toEqual([['IS-REG-01', 'missing'], ['IS-REG-02', 'missing'], ['IS-REG-03', 'missing']]);
  });
});
