import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Container and doc tests share one engine and the reader's port 3000: one file at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Removes what a killed doc run left on the engine, before and after the run.
    globalSetup: ['test/docs/global-setup.ts'],
    // Prints `docs: <N> shell blocks, <R> ran, <E> excused, <U> unaccounted` after the summary.
    reporters: ['default', './test/docs/coverage-reporter.ts'],
    env: {
      // Ryuk cannot be pulled here; every test removes what it creates itself.
      TESTCONTAINERS_RYUK_DISABLED: 'true',
      // /.dockerenv exists on these machines; without this testcontainers pulls alpine to find the host.
      TESTCONTAINERS_HOST_OVERRIDE: 'localhost',
    },
  },
});
