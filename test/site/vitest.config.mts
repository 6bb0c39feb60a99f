import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The browser tests share nothing but the served build and a Chromium per worker, started once
// (support/global-setup.ts), so their files run side by side; each test opens its own browser context.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Most of a browser test is waiting for pages, so more files than cores can run at once.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/support/global-setup.ts'],
          fileParallelism: true,
          // A worker keeps the modules it imported (playwright, the doc pages) for its next file.
          isolate: false,
        },
      },
    ],
  },
});
