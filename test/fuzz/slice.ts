import { expect } from 'vitest';
import { FULL_MIX, runCampaign, settings } from './campaign.js';

// The slice of the campaign that runs inside `npm test`: SLICE_RUNS cases in SLICE_PARTS files,
// each from its own fixed seed (FUZZ_SEED replaces it, to replay a failure), so that vitest can
// spread the parts over its workers. `npm run fuzz` runs the whole campaign.

/** How many files the slice is split into (test/fuzz/slice-N.test.ts). */
export const SLICE_PARTS = 4;
/** Cases of the whole slice. */
export const SLICE_RUNS = 5_000;
/** Generous: a busy CI machine may run a part several times slower than an idle one. */
export const SLICE_TIMEOUT = 1_800_000;

/** Run one part of the slice and fail with the campaign's summary (case, reason, replay line) if a case fails. */
export async function runSlice(part: number): Promise<void> {
  const { runs, seed, path } = settings({ runs: SLICE_RUNS / SLICE_PARTS, seed: 1_300 + part, fixedRuns: true });
  const result = await runCampaign(FULL_MIX, {
    runs, seed, ...(path !== undefined ? { path } : {}),
    replay: `npx vitest run --config test/vitest.config.ts test/fuzz/slice-${part}.test.ts`,
  });
  expect(result.failed, result.summary).toBe(false);
  expect(result.runs).toBe(runs);
}
