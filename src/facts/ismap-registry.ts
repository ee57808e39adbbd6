import { msg, msgWith, same } from '../diagnostics/catalogue/index.js';
import type { SchemaNode } from '../policy/schema-paths.js';
import type { Bilingual } from '../shared/messages.js';
import type { IsmapRegistryEntry, IsmapRegistrySnapshot } from '../registry/types.js';
import { LISTING_TYPES } from '../registry/types.js';
import type { FactDeclaration, FactProvider, FactValues } from './provider.js';

const date: SchemaNode = { type: 'string', format: 'date' };

/** Schema of one registry entry as rules see it (the `registryEntry` fact). */
export const REGISTRY_ENTRY_SCHEMA: SchemaNode = {
  type: 'object',
  properties: {
    registrationNumber: { type: 'string' }, service: { type: 'string' }, provider: { type: 'string' },
    listingType: { type: 'string', enum: LISTING_TYPES }, registeredOn: date, expiresOn: date, scope: { type: 'string' },
  },
};

/** The summary fact when no snapshot was given: an explicit "not consulted", so the registry rules are not applicable rather than missing. */
const REGISTRY_NOT_CONSULTED = { consulted: false } as const;

/** The facts an ISMAP registry snapshot supplies. Names never collide with top-level descriptor properties. */
export const ISMAP_REGISTRY_FACTS: readonly FactDeclaration[] = [
  {
    name: 'ismapRegistry',
    schema: { type: 'object', properties: { consulted: { type: 'boolean' }, entries: { type: 'integer' }, takenOn: date, source: { type: 'string' } } },
    description: msg('facts.ismap-registry.summary'),
    whenNotSupplied: REGISTRY_NOT_CONSULTED,
    note: registryNote,
  },
  {
    name: 'registryEntry',
    forEach: '$.cloudServices',
    schema: REGISTRY_ENTRY_SCHEMA,
    description: msg('facts.ismap-registry.entry'),
  },
];

/**
 * The registry facts for a descriptor: the summary, and each cloud service's matching entry — `null`
 * when the snapshot has no entry with the number the service states (a known "not there"), absent
 * when the service states no number (unknown).
 */
export function registryFacts(snapshot: IsmapRegistrySnapshot, cloudServices: readonly unknown[] | undefined): FactValues {
  const byNumber = new Map<string, IsmapRegistryEntry>(snapshot.entries.map((e) => [e.registrationNumber, e]));
  const perItem = new Map<string, unknown>();
  (cloudServices ?? []).forEach((service, index) => {
    const number = (service as { ismap?: { registrationNumber?: unknown } } | null)?.ismap?.registrationNumber;
    if (typeof number === 'string') perItem.set(`/cloudServices/${index}`, byNumber.get(number.trim()) ?? null);
  });
  return {
    global: {
      ismapRegistry: {
        consulted: true, entries: snapshot.entries.length,
        ...(snapshot.takenOn ? { takenOn: snapshot.takenOn } : {}), ...(snapshot.source ? { source: snapshot.source } : {}),
      },
    },
    perItem: { registryEntry: perItem },
  };
}

/** The report note on whether the ISMAP registry was consulted, from the `ismapRegistry` fact. */
export function registryNote(summary: unknown): Bilingual {
  const s = summary as { consulted?: boolean; entries?: number; takenOn?: string; source?: string } | null | undefined;
  if (s?.consulted !== true) return msg('registry.not-consulted');
  const from = s.source ? msg('registry.snapshot-source', { source: s.source }) : same('');
  const entries = s.entries ?? 0;
  return s.takenOn ? msgWith('registry.consulted', { entries, takenOn: s.takenOn }, { from }) : msgWith('registry.consulted-undated', { entries }, { from });
}

/** A provider of the registry facts from a snapshot (parseRegistry reads one from a CSV or JSON export). */
export function ismapRegistryProvider(snapshot: IsmapRegistrySnapshot): FactProvider {
  return { supplies: ['ismapRegistry', 'registryEntry'], resolve: (descriptor) => registryFacts(snapshot, descriptor.cloudServices) };
}
