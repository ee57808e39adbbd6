import fc from 'fast-check';
import type { Almanac } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { KanmonDescriptor } from '../../src/descriptor/types.generated.js';
import { evaluate } from '../../src/evaluate.js';
import { evaluateAsync } from '../../src/evaluate-async.js';
import { descriptorArbitrary, isoDate } from '../support/arbitraries.js';
import { ismapRegistry } from '../fixtures/cloud-project.js';

// Property: for the same data, evaluateAsync (json-rules-engine's Engine and Almanac, facts behind
// promises) returns exactly the report evaluate() returns, on generated descriptors. The registry
// numbers of generated cloud services are sometimes set to ones in the fixture snapshot so the
// cross-check rules are exercised both ways.
const RUNS = process.env.CI ? 1000 : 60;
const NUMBERS = [...ismapRegistry.entries.map((e) => e.registrationNumber), 'C9999-NOT-LISTED'];

const withNumbers = fc.tuple(descriptorArbitrary, fc.array(fc.constantFrom(...NUMBERS), { maxLength: 3 })).map(([d, numbers]) => {
  const services = (d as KanmonDescriptor).cloudServices;
  services?.forEach((s, i) => { if (s.ismap && numbers[i]) s.ismap.registrationNumber = numbers[i]; });
  return d;
});

const byNumber = new Map(ismapRegistry.entries.map((e) => [e.registrationNumber, e]));
const providers = {
  ismapRegistry: Promise.resolve({ consulted: true, entries: ismapRegistry.entries.length, takenOn: ismapRegistry.takenOn, source: ismapRegistry.source }),
  registryEntry: async (_params: Record<string, unknown>, almanac: Almanac) => {
    const item = await almanac.factValue<{ ismap?: { registrationNumber?: unknown } }>('item');
    const number = item.ismap?.registrationNumber;
    // Like the snapshot: null for a number the registry does not hold, undefined when there is none to look up.
    return typeof number === 'string' ? byNumber.get(number.trim()) ?? null : undefined;
  },
};

describe('evaluateAsync equals evaluate (fast-check)', () => {
  it('gives exactly the same report, with and without a registry', async () => {
    await fc.assert(fc.asyncProperty(withNumbers, isoDate, fc.boolean(), fc.constantFrom('ja' as const, 'en' as const), async (descriptor, asOf, consult, lang) => {
      const sync = evaluate(descriptor, { asOf, lang, ...(consult ? { ismapRegistry } : {}) });
      const viaEngine = await evaluateAsync(descriptor, { asOf, lang, ...(consult ? { facts: providers } : {}) });
      expect(JSON.stringify(viaEngine)).toBe(JSON.stringify(sync));
    }), { numRuns: RUNS });
  }, 600_000);
});
