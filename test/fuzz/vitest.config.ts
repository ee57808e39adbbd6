import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the whole campaign, one file, no time limit worth the name (100,000 cases take
// tens of minutes on a busy machine). FUZZ_RUNS, FUZZ_SEED and FUZZ_PATH are read by the campaign.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/fuzz/campaign.fuzz.ts'],
    testTimeout: 6 * 3_600_000,
    hookTimeout: 120_000,
  },
});
