import { runEvaluation } from './assemble/run.js';
import type { DescriptorData, DescriptorLiteral } from './descriptor/input.js';
import { prepareEvaluation, type EvaluateOptions } from './evaluate.js';
import { resolveCallerFacts } from './facts/resolve-async.js';
import { mergeFacts, supplyFactsAsync, withDefaults } from './facts/supply.js';
import { optionErrorWithHint } from './options.js';
import type { Report } from './report/types.js';

/** Options of evaluateAsync(): those of evaluate(), plus caller facts that may be asynchronous. */
export interface EvaluateAsyncOptions extends EvaluateOptions {
  /**
   * Facts by name (e.g. ismapRegistry, registryEntry): a value, a promise, or a json-rules-engine
   * dynamic fact `(params, almanac) => value | Promise<value>`, resolved through an Almanac. A
   * per-item fact (registryEntry) is asked once per item, with the item as the almanac fact `item`.
   * Providers (`providers`) may answer with promises here too.
   */
  facts?: Readonly<Record<string, unknown>>;
}

/** Evaluate a descriptor written in code (a KanmonDescriptor, checked by the compiler) with asynchronous caller facts. */
export function evaluateAsync(descriptor: DescriptorLiteral, options?: EvaluateAsyncOptions): Promise<Report>;
/** Evaluate data from outside (`unknown`, `any` or a plain record) with asynchronous caller facts, checked at run time. */
export function evaluateAsync<T>(descriptor: DescriptorData<T>, options?: EvaluateAsyncOptions): Promise<Report>;
/** One implementation for both: resolve asynchronous caller facts, then evaluate exactly as evaluate() does (the same report for the same data). */
export async function evaluateAsync(descriptor: unknown, options: EvaluateAsyncOptions = {}): Promise<Report> {
  const { facts = {}, ...rest } = options;
  const input = prepareEvaluation(descriptor, rest);
  const known = input.factDeclarations.map((d) => d.name);
  for (const name of Object.keys(facts)) {
    if (!known.includes(name)) throw optionErrorWithHint('unknown-fact', 'option.unknown-fact', { name, known: known.join(', ') }, name, known);
  }
  const supplied = await supplyFactsAsync(input.providers, input.descriptor, input.asOf);
  const table = { global: { ...supplied.global }, perItem: { ...supplied.perItem } };
  if (Object.keys(facts).length > 0) mergeFacts(table, await resolveCallerFacts(input.descriptor, input.asOf, supplied, facts, input.factDeclarations));
  return runEvaluation({ ...input, callerFacts: withDefaults(table, input.factDeclarations) });
}
