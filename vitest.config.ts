import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest's default leaves one core idle (cores − 1): on a 2-core machine that is one worker, and the
    // run is serial. The main process only collects results, so every core can run a test file.
    maxWorkers: availableParallelism(),
  },
});
