import fc from 'fast-check';
import { descriptorCaseArbitrary, policyCaseArbitrary, valueCaseArbitrary, type FuzzCase } from './cases.js';
import { runCase } from './pipeline.js';
import { DESCRIPTOR_SEEDS, POLICY_SEEDS } from './seeds.js';

// The fuzz campaign: seeded and reproducible. FUZZ_SEED and FUZZ_RUNS override the seed and the
// number of cases; FUZZ_PATH (printed with a failure) replays the failing case alone.

/** Which kinds of case a run draws, with their weights. */
export type Mix = Partial<Record<FuzzCase['kind'], number>>;

/** Every kind, weighted as `npm run fuzz` draws them. */
export const FULL_MIX: Mix = { descriptor: 5, value: 2, policy: 3 };

/** Fuzz cases drawn from the kinds of a mix, by weight. */
export function caseArbitrary(mix: Mix): fc.Arbitrary<FuzzCase> {
  const kinds: { weight: number; arbitrary: fc.Arbitrary<FuzzCase> }[] = [];
  if (mix.descriptor) kinds.push({ weight: mix.descriptor, arbitrary: descriptorCaseArbitrary(DESCRIPTOR_SEEDS.length) });
  if (mix.value) kinds.push({ weight: mix.value, arbitrary: valueCaseArbitrary(DESCRIPTOR_SEEDS.length) });
  if (mix.policy) kinds.push({ weight: mix.policy, arbitrary: policyCaseArbitrary(POLICY_SEEDS.length, DESCRIPTOR_SEEDS.length) });
  return fc.oneof(...kinds);
}

/** What a campaign ran. */
export interface CampaignResult {
  runs: number;
  seed: number;
  /** A line to print: the count and seed on success; on failure, the case, the broken invariant and how to replay it. */
  summary: string;
  failed: boolean;
  /** How many cases were answered each way (`parse syntax`, `report deny` …). */
  outcomes: Map<string, number>;
}

/** Settings from the environment, with the caller's defaults (`fixedRuns`: FUZZ_RUNS does not apply). */
export function settings(defaults: { runs: number; seed: number; fixedRuns?: boolean }): { runs: number; seed: number; path?: string } {
  const runs = process.env.FUZZ_RUNS !== undefined && !defaults.fixedRuns ? Number(process.env.FUZZ_RUNS) : defaults.runs;
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : defaults.seed;
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a whole number of 1 or more, not ${process.env.FUZZ_RUNS}`);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, not ${process.env.FUZZ_SEED}`);
  return { runs, seed, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) };
}

/** Run `runs` cases of a mix from a seed; never throws for a failing case (the summary says what failed). */
export async function runCampaign(mix: Mix, options: { runs: number; seed: number; path?: string; replay: string; progress?: (done: number) => void }): Promise<CampaignResult> {
  let done = 0;
  const outcomes = new Map<string, number>();
  const property = fc.asyncProperty(caseArbitrary(mix), async (c) => {
    done++;
    if (options.progress && done % 10_000 === 0) options.progress(done);
    const outcome = await runCase(c);
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  });
  const details = await fc.check(property, {
    numRuns: options.runs, seed: options.seed, ...(options.path !== undefined ? { path: options.path, endOnFailure: true } : {}),
  });
  if (!details.failed) {
    return { runs: details.numRuns, seed: options.seed, failed: false, outcomes, summary: `${details.numRuns} cases, no failures, seed ${options.seed}` };
  }
  const error = details.errorInstance;
  const reason = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  const summary = [
    `fuzz case failed after ${details.numRuns} case(s) (seed ${details.seed}, shrunk ${details.numShrinks} time(s))`,
    `case: ${fc.stringify(details.counterexample?.[0])}`,
    reason,
    `replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} ${options.replay}`,
  ].join('\n');
  return { runs: details.numRuns, seed: options.seed, failed: true, outcomes, summary };
}
