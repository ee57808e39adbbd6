import type { Almanac, DynamicFactCallback } from 'json-rules-engine';
import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import { parsePath, readPath } from '../engine/path.js';
import type { CallerFacts } from '../assemble/run.js';
import { toPointer } from '../shared/json-pointer.js';

// Caller facts may be values, promises or json-rules-engine dynamic facts `(params, almanac) => …`.
// They are resolved through json-rules-engine Almanacs (which resolve and cache asynchronous facts);
// the descriptor's sections, `asOf` and, for per-item facts, the item are facts of the almanac too.
// Once resolved, evaluation is the same synchronous code as evaluate(): decided once.
// json-rules-engine is imported when the first caller facts are resolved, not with the package:
// evaluate() never needs it, so a browser bundle of evaluate() does not carry it.

/** A caller fact: a value, a promise, or a json-rules-engine dynamic fact `(params, almanac) => value`. */
export type AsyncFactProvider = unknown;

/** Where a caller fact lives: one value for every rule, or one per item of a forEach array. */
export interface AsyncFactScope {
  name: string;
  forEach?: string;
}

/**
 * json-rules-engine's Almanac, loaded on first use. The package is CommonJS: Node gives its exports by
 * name, but a bundler that splits it into a chunk of its own may give them only as `default`.
 */
async function loadAlmanac(): Promise<typeof Almanac> {
  const loaded = await import('json-rules-engine');
  return loaded.Almanac ?? (loaded as unknown as { default: typeof loaded }).default.Almanac;
}

/** Resolve caller fact providers through json-rules-engine Almanacs; per-item facts see the fact `item`. */
export async function resolveCallerFacts(
  descriptor: KanmonDescriptor, asOf: string, base: CallerFacts,
  providers: Readonly<Record<string, AsyncFactProvider>>, scopes: readonly AsyncFactScope[],
): Promise<CallerFacts> {
  const AlmanacClass = await loadAlmanac();
  const global: Record<string, unknown> = { ...base.global };
  const perItem: Record<string, ReadonlyMap<string, unknown>> = { ...base.perItem };
  const descriptorFacts = Object.entries(descriptor as unknown as Record<string, unknown>);
  const almanacWith = (extra: Record<string, unknown>): Almanac => {
    const almanac = new AlmanacClass({ allowUndefinedFacts: true });
    for (const [name, value] of descriptorFacts) almanac.addFact(name, value);
    almanac.addFact('asOf', asOf);
    for (const [name, value] of Object.entries(extra)) almanac.addFact(name, value);
    return almanac;
  };
  const asFact = (provider: AsyncFactProvider): DynamicFactCallback => (typeof provider === 'function' ? (provider as DynamicFactCallback) : () => provider);
  const given = (s: AsyncFactScope): boolean => Object.prototype.hasOwnProperty.call(providers, s.name);

  for (const scope of scopes.filter((s) => s.forEach === undefined && given(s))) {
    const almanac = almanacWith({});
    almanac.addFact(scope.name, asFact(providers[scope.name]));
    global[scope.name] = await almanac.factValue(scope.name);
  }
  for (const scope of scopes.filter((s) => s.forEach !== undefined && given(s))) {
    const segments = parsePath(scope.forEach!)!;
    const list = readPath(descriptor, segments);
    const values = new Map<string, unknown>();
    const items = Array.isArray(list) ? list : [];
    for (let index = 0; index < items.length; index++) {
      const almanac = almanacWith({ ...global, item: items[index] });
      almanac.addFact(scope.name, asFact(providers[scope.name]));
      const value = await almanac.factValue(scope.name);
      if (value !== undefined) values.set(`${toPointer(segments)}/${index}`, value);
    }
    perItem[scope.name] = values;
  }
  return { global, perItem };
}
