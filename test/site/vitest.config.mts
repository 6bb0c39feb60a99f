import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ENGINE_TESTS = ['test/site/example-zip.test.ts'];

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
          exclude: ENGINE_TESTS,
          globalSetup: ['test/site/support/global-setup.ts'],
          fileParallelism: true,
          // A worker keeps the modules it imported (playwright, the doc pages) for its next file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Containers add network interfaces, and Chromium then drops the requests in flight
          // (net::ERR_NETWORK_CHANGED): the engine's tests run after the browsers are done.
          name: 'site-engine',
          include: ENGINE_TESTS,
          sequence: { groupOrder: 1 },
          env: {
            // Ryuk cannot be pulled here; the test removes what it creates itself (see the root config).
            TESTCONTAINERS_RYUK_DISABLED: 'true',
            TESTCONTAINERS_HOST_OVERRIDE: 'localhost',
          },
        },
      },
    ],
  },
});
