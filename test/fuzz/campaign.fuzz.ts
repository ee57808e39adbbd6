import { expect, it } from 'vitest';
import { FULL_MIX, runCampaign, settings } from './campaign.js';

// `npm run fuzz`: 100,000 cases from a fresh seed (printed first and last), or FUZZ_RUNS cases
// from FUZZ_SEED; with FUZZ_PATH too, the one failing case a summary named.

const { runs, seed, path } = settings({ runs: 100_000, seed: Math.floor(Math.random() * 2 ** 31) });

it(`fuzz campaign: ${runs} cases from seed ${seed}`, async () => {
  const started = performance.now();
  console.log(`fuzz: ${runs} cases, seed ${seed} (replay this run with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz)`);
  const result = await runCampaign(FULL_MIX, {
    runs, seed, ...(path !== undefined ? { path } : {}),
    replay: 'npm run fuzz',
    progress: (done) => console.log(`fuzz: ${done} cases done`),
  });
  const tally = [...result.outcomes].sort((a, b) => b[1] - a[1]).map(([outcome, n]) => `  ${n}\t${outcome}`).join('\n');
  console.log(`fuzz: how the cases were answered:\n${tally}`);
  console.log(`fuzz: ${Math.round((performance.now() - started) / 1000)} s`);
  console.log(result.summary);
  expect(result.failed, result.summary).toBe(false);
});
