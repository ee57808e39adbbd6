import { runEvaluation } from './assemble/run.js';
import { prepareEvaluation, type EvaluateOptions } from './evaluate.js';
import { resolveCallerFacts } from './facts/resolve-async.js';
import { optionErrorWithHint } from './options.js';
import { CALLER_FACTS, registryNotes } from './registry/facts.js';
import type { Report } from './report/types.js';

/** Options of evaluateAsync(): those of evaluate(), plus caller facts that may be asynchronous. */
export interface EvaluateAsyncOptions extends EvaluateOptions {
  /**
   * Caller facts by name (ismapRegistry, registryEntry): a value, a promise, or a json-rules-engine
   * dynamic fact `(params, almanac) => value | Promise<value>`. A per-item fact (registryEntry) is
   * asked once per cloud service, with the service as the almanac fact `item`.
   */
  facts?: Readonly<Record<string, unknown>>;
}

/** Resolve asynchronous caller facts, then evaluate exactly as evaluate() does: same report for the same data. */
export async function evaluateAsync(descriptor: unknown, options: EvaluateAsyncOptions = {}): Promise<Report> {
  const { facts = {}, ...rest } = options;
  for (const name of Object.keys(facts)) {
    if (!CALLER_FACTS.some((f) => f.name === name)) {
      const known = CALLER_FACTS.map((f) => f.name);
      throw optionErrorWithHint('unknown-fact', 'option.unknown-fact', { name, known: known.join(', ') }, name, known);
    }
  }
  const input = prepareEvaluation(descriptor, rest);
  const callerFacts = await resolveCallerFacts(input.descriptor, input.asOf, input.callerFacts ?? { global: {}, perItem: {} }, facts, CALLER_FACTS);
  // The registry note follows the registry fact actually used, whoever supplied it.
  const notes = registryNotes(input.choices, input.descriptor.cloudServices, callerFacts.global.ismapRegistry, input.lang);
  return runEvaluation({ ...input, callerFacts, notes });
}
