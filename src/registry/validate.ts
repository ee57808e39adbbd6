import { isIsoDate } from '../shared/dates.js';
import { joined, msg, msgWith, same } from '../diagnostics/catalogue/index.js';
import type { Bilingual } from '../shared/messages.js';
import type { RegistryProblem } from './errors.js';
import { LISTING_TYPES, type IsmapListingType, type IsmapRegistryEntry, type IsmapRegistrySnapshot } from './types.js';

/** The fields of an entry, in the order the CSV export is expected to have them. */
export const ENTRY_FIELDS = ['registrationNumber', 'service', 'provider', 'listingType', 'registeredOn', 'expiresOn', 'scope'] as const;
const REQUIRED = new Set<string>(ENTRY_FIELDS.filter((f) => f !== 'scope'));

/** One raw row before checking: its fields and where each sits in the source. */
export interface RawRow {
  fields: Readonly<Record<string, unknown>>;
  line?: number;
  /** Line and column of a field, when the source format knows it. */
  at?: (field: string) => { line?: number; column?: number };
}

/** Check raw rows and build entries; every problem is returned, none thrown. */
export function checkRows(rows: readonly RawRow[], file?: string): { entries: IsmapRegistryEntry[]; problems: RegistryProblem[] } {
  const problems: RegistryProblem[] = [];
  const entries: IsmapRegistryEntry[] = [];
  const seen = new Map<string, number | undefined>();
  for (const row of rows) {
    const where = (field?: string): { line?: number; column?: number } => (field && row.at ? row.at(field) : { line: row.line });
    const push = (code: RegistryProblem['code'], field: string | undefined, message: Bilingual): void => {
      problems.push({ code, ...(file ? { file } : {}), ...where(field), message });
    };
    const before = problems.length;
    for (const field of Object.keys(row.fields)) {
      if (!(ENTRY_FIELDS as readonly string[]).includes(field)) {
        push('unknown-column', field, msg('registry.unknown-field', { field, fields: ENTRY_FIELDS.join(', ') }));
      }
    }
    const text = (field: string): string | undefined => {
      const v = row.fields[field];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
        if (REQUIRED.has(field)) push('missing-field', field, msg('registry.missing-field', { field }));
        return undefined;
      }
      if (typeof v !== 'string') {
        push('invalid-field', field, msg('registry.not-a-string', { field, value: v }));
        return undefined;
      }
      return v.trim();
    };
    const values = Object.fromEntries(ENTRY_FIELDS.map((f) => [f, text(f)])) as Record<(typeof ENTRY_FIELDS)[number], string | undefined>;
    if (values.listingType !== undefined && !LISTING_TYPES.includes(values.listingType as IsmapListingType)) {
      push('invalid-field', 'listingType', msgWith('registry.listing-type', { value: values.listingType }, { types: joined(LISTING_TYPES.map(same), msg('registry.listing-type-separator')) }));
    }
    for (const field of ['registeredOn', 'expiresOn'] as const) {
      const v = values[field];
      if (v !== undefined && !isIsoDate(v)) push('invalid-field', field, msg('registry.date', { field, value: v }));
    }
    if (isIsoDate(values.registeredOn) && isIsoDate(values.expiresOn) && values.expiresOn < values.registeredOn) {
      push('invalid-date-range', 'expiresOn', msg('registry.date-range', { expiresOn: values.expiresOn, registeredOn: values.registeredOn }));
    }
    const number = values.registrationNumber;
    if (number !== undefined) {
      if (seen.has(number)) {
        const first = seen.get(number);
        push('duplicate-registration', 'registrationNumber', first ? msg('registry.duplicate-number-line', { number, line: first }) : msg('registry.duplicate-number', { number }));
      } else seen.set(number, row.line);
    }
    if (problems.length > before) continue;
    entries.push({
      registrationNumber: number!, service: values.service!, provider: values.provider!, listingType: values.listingType as IsmapListingType,
      registeredOn: values.registeredOn!, expiresOn: values.expiresOn!, ...(values.scope !== undefined ? { scope: values.scope } : {}),
    });
  }
  return { entries, problems };
}

/** Validate a snapshot given as data (to evaluate()); throws nothing, returns problems. */
export function checkSnapshot(value: unknown): { snapshot?: IsmapRegistrySnapshot; problems: RegistryProblem[] } {
  const snapshotShape = value !== null && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { entries?: unknown }).entries);
  if (!snapshotShape) {
    return { problems: [{ code: 'not-a-snapshot', message: msg('registry.not-an-object') }] };
  }
  const raw = value as { takenOn?: unknown; source?: unknown; entries: unknown[] };
  const problems: RegistryProblem[] = [];
  if (raw.takenOn !== undefined && !isIsoDate(raw.takenOn)) {
    problems.push({ code: 'invalid-field', message: msg('registry.taken-on') });
  }
  if (raw.source !== undefined && typeof raw.source !== 'string') {
    problems.push({ code: 'invalid-field', message: msg('registry.source') });
  }
  const rows: RawRow[] = raw.entries.map((e) => ({ fields: e !== null && typeof e === 'object' && !Array.isArray(e) ? (e as Record<string, unknown>) : { registrationNumber: e } }));
  const checked = checkRows(rows);
  problems.push(...checked.problems);
  if (problems.length > 0) return { problems };
  return {
    snapshot: { ...(raw.takenOn !== undefined ? { takenOn: raw.takenOn as string } : {}), ...(raw.source !== undefined ? { source: raw.source as string } : {}), entries: checked.entries },
    problems,
  };
}
