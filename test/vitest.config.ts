import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept under test/ (the project's top level is fixed). CI machines are shared: a test may wait
// for a CPU, so no test depends on an idle machine — timeouts are generous and never assert speed.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
