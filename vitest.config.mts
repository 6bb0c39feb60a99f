import { defineConfig } from 'vitest/config';
import { TESTCONTAINERS_ENV } from './test/support/testcontainers-env.mts';

// Tests that need a Docker engine: they run one file at a time, on the tests' own engine (scripts/engine/box.sh),
// because they share it and the reader's port 3000.
const ENGINE = [
  'test/docs/docs.test.ts',
  'test/runner/engine/**/*.test.ts',
  'test/todo-app/container-*.test.ts',
  'test/todo-app/download-zip.test.ts',
  'test/compose/**/*.test.ts',
  'test/images/ensure-*.test.ts',
  'test/images/*-stand-in.test.ts',
  'test/ci/*.engine.test.ts',
];
// Tests that open the built site in Chromium: their own config (test/site/vitest.config.mts), run after the build.
const SITE = ['test/site/**/*.test.ts'];
// Tests of the test run itself (Ctrl-C, kills, the reader's own objects): outside the box, with boxes of their own.
const ISOLATION = ['test/isolation/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Prints `docs: <N> shell blocks, … ; <O> outputs, …` after the summary of a run that included the doc suite.
    reporters: ['default', './test/runner/vitest/coverage-reporter.ts'],
    env: { ...TESTCONTAINERS_ENV },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...ENGINE, ...SITE, ...ISOLATION, '**/node_modules/**', '**/fixtures/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'engine',
          include: ENGINE,
          fileParallelism: false,
          // Removes what a killed doc run left on the engine, before and after the run.
          globalSetup: ['test/runner/vitest/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'isolation', include: ISOLATION, fileParallelism: false },
      },
    ],
  },
});
