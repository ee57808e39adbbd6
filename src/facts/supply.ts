import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { FactDeclaration, FactProvider, FactValues } from './provider.js';

/** Whether a provider answered synchronously. */
const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

/** Merge values into a table: later values of a name replace earlier ones. */
export function mergeFacts(into: { global: Record<string, unknown>; perItem: Record<string, ReadonlyMap<string, unknown>> }, values: FactValues): void {
  Object.assign(into.global, values.global);
  Object.assign(into.perItem, values.perItem);
}

/** The values of declared facts that no provider supplied: their `whenNotSupplied` value, else absent. */
export function withDefaults(values: FactValues, declarations: readonly FactDeclaration[]): FactValues {
  const global: Record<string, unknown> = { ...values.global };
  const perItem: Record<string, ReadonlyMap<string, unknown>> = { ...values.perItem };
  for (const d of declarations) {
    if (d.forEach !== undefined) { perItem[d.name] ??= new Map(); continue; }
    if (!Object.prototype.hasOwnProperty.call(global, d.name) && d.whenNotSupplied !== undefined) global[d.name] = d.whenNotSupplied;
  }
  return { global, perItem };
}

/**
 * The facts of synchronous providers for a descriptor. Returns 'async' when a provider answered with
 * a promise (evaluateAsync is needed then).
 */
export function supplyFacts(providers: readonly FactProvider[], descriptor: KanmonDescriptor, asOf: string): FactValues | 'async' {
  const table = { global: {} as Record<string, unknown>, perItem: {} as Record<string, ReadonlyMap<string, unknown>> };
  for (const provider of providers) {
    const values = provider.resolve(descriptor, { asOf });
    if (isPromise(values)) return 'async';
    mergeFacts(table, values);
  }
  return table;
}

/** The facts of providers that may be asynchronous. */
export async function supplyFactsAsync(providers: readonly FactProvider[], descriptor: KanmonDescriptor, asOf: string): Promise<FactValues> {
  const table = { global: {} as Record<string, unknown>, perItem: {} as Record<string, ReadonlyMap<string, unknown>> };
  for (const provider of providers) mergeFacts(table, await provider.resolve(descriptor, { asOf }));
  return table;
}
