import type { SchemaNode } from '../policy/schema-paths.js';
import type { Bilingual } from '../shared/messages.js';
import type { IsmapRegistryEntry, IsmapRegistrySnapshot } from './types.js';
import { LISTING_TYPES } from './types.js';

/**
 * A fact the caller supplies rather than the descriptor. `forEach` set: it exists per item of that
 * array (derived from the item); unset: one value for every rule. Policies name it like any other
 * fact, and the loader checks their paths against `schema`.
 */
export interface CallerFactDeclaration {
  name: string;
  forEach?: string;
  schema: SchemaNode;
  description: Bilingual;
}

const date: SchemaNode = { type: 'string', format: 'date' };

/** Schema of one registry entry as rules see it (the `registryEntry` fact). */
export const REGISTRY_ENTRY_SCHEMA: SchemaNode = {
  type: 'object',
  properties: {
    registrationNumber: { type: 'string' }, service: { type: 'string' }, provider: { type: 'string' },
    listingType: { type: 'string', enum: LISTING_TYPES }, registeredOn: date, expiresOn: date, scope: { type: 'string' },
  },
};

/** Every caller fact a policy may name. Names never collide with top-level descriptor properties. */
export const CALLER_FACTS: readonly CallerFactDeclaration[] = [
  {
    name: 'ismapRegistry',
    schema: { type: 'object', properties: { consulted: { type: 'boolean' }, entries: { type: 'integer' }, takenOn: date, source: { type: 'string' } } },
    description: {
      ja: 'ISMAP 登録簿のスナップショットの概要（照合したときだけ存在）: consulted, entries, takenOn, source',
      en: 'Summary of the ISMAP registry snapshot, present only when one was given: consulted, entries, takenOn, source',
    },
  },
  {
    name: 'registryEntry',
    forEach: '$.cloudServices',
    schema: REGISTRY_ENTRY_SCHEMA,
    description: {
      ja: 'クラウドサービスの ismap.registrationNumber と登録番号が一致するスナップショットの行（無ければ不在）',
      en: 'The snapshot entry whose registration number equals the cloud service\'s ismap.registrationNumber (absent when none does)',
    },
  },
];

/** Facts supplied by the caller: one value per name, and per-item values keyed by the item's pointer. */
export interface ResolvedCallerFacts {
  global: Record<string, unknown>;
  perItem: Record<string, Map<string, unknown>>;
}

/** The registry facts for a descriptor: the summary, and each cloud service's matching entry. */
export function registryFacts(snapshot: IsmapRegistrySnapshot | undefined, cloudServices: readonly unknown[] | undefined): ResolvedCallerFacts {
  if (!snapshot) return { global: { ismapRegistry: undefined }, perItem: { registryEntry: new Map() } };
  const byNumber = new Map<string, IsmapRegistryEntry>(snapshot.entries.map((e) => [e.registrationNumber, e]));
  const perItem = new Map<string, unknown>();
  (cloudServices ?? []).forEach((service, index) => {
    const number = (service as { ismap?: { registrationNumber?: unknown } } | null)?.ismap?.registrationNumber;
    const entry = typeof number === 'string' ? byNumber.get(number.trim()) : undefined;
    if (entry) perItem.set(`/cloudServices/${index}`, entry);
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
  const s = summary as { entries?: number; takenOn?: string; source?: string } | undefined;
  if (!s) {
    return {
      ja: 'ISMAP 登録簿は照合していません（スナップショットの指定なし）。クラウドサービスの登録は記述子の申告のとおりに判定しました。',
      en: 'The ISMAP registry was not consulted (no snapshot given): cloud service listings were judged on the descriptor\'s own claims.',
    };
  }
  const when = s.takenOn ? { ja: `（${s.takenOn} 取得）`, en: ` taken on ${s.takenOn}` } : { ja: '（取得日不明）', en: ' (date taken not stated)' };
  const from = s.source ? { ja: `出典: ${s.source}。`, en: ` Source: ${s.source}.` } : { ja: '', en: '' };
  return {
    ja: `ISMAP 登録簿のスナップショット${when.ja}の ${s.entries ?? 0} 件と照合しました。${from.ja}`,
    en: `Cloud service listings were checked against an ISMAP registry snapshot of ${s.entries ?? 0} entries${when.en}.${from.en}`,
  };
}

/**
 * The report's registry note: wherever the ISMAP pack judged cloud services, say whether their
 * listings were checked against a snapshot (and which) or only taken from the descriptor.
 */
export function registryNotes(choices: readonly { pack: string; edition: unknown }[], cloudServices: readonly unknown[] | undefined, registrySummary: unknown, lang: 'ja' | 'en'): string[] {
  const ismapUsed = choices.some((c) => c.pack === 'ismap' && c.edition) && (cloudServices?.length ?? 0) > 0;
  return ismapUsed ? [registryNote(registrySummary)[lang]] : [];
}
