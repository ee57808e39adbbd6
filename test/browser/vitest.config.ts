import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config.js';

// `npm run test:browser`: the Chromium test alone (its files end in .browser.ts, so `npm test` does
// not pick them up). Installing Chromium may take minutes on a slow machine: the hook may take that.
export default mergeConfig(base, defineConfig({
  test: { include: ['test/browser/**/*.browser.ts'], hookTimeout: 1_800_000, testTimeout: 600_000 },
}));
