/**
 * Runs one page outside vitest, e.g. `npx tsx test/docs/cli.ts docs/build-and-run.md`.
 * Options: --examples DIR, --scenarios DIR, --no-engine (skip engine cleanup), --label KEY (limit it to a label).
 * Ctrl-C stops the page and removes what it created before exiting.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gatherPage } from './gather/gather-page';
import type { PageRunOptions } from './run/page-run';
import { LOCALE_DIRS, REPO_ROOT } from '../../src/contract/paths';
import { runPage } from './run/page-run';
import { allowVitestOutsideRunner } from './vitest-outside';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    examples: { type: 'string' },
    scenarios: { type: 'string' },
    'no-engine': { type: 'boolean', default: false },
    label: { type: 'string' },
  },
});

async function main(): Promise<number> {
  allowVitestOutsideRunner();
  const file = positionals[0];
  if (!file) {
    console.error('usage: tsx test/docs/cli.ts <page.md> [--examples DIR] [--scenarios DIR] [--no-engine | --label KEY]');
    return 2;
  }
  const absFile = path.resolve(file);
  const enRoot = path.join(REPO_ROOT, LOCALE_DIRS.en);
  const koRoot = path.join(REPO_ROOT, LOCALE_DIRS.ko);
  const under = (root: string): boolean => absFile.startsWith(root + path.sep);
  const localeRoot = under(enRoot) ? enRoot : under(koRoot) ? koRoot : path.dirname(absFile);
  const page = gatherPage(absFile, { repoRoot: REPO_ROOT, localeRoot, locale: localeRoot === enRoot ? 'en' : 'ko' });
  const options: Partial<PageRunOptions> = {
    ...(values.examples ? { examplesDir: path.resolve(values.examples) } : {}),
    ...(values.scenarios ? { scenariosDir: path.resolve(values.scenarios) } : {}),
    engine: values['no-engine'] ? false : values.label ? { label: values.label } : {},
  };
  const mark = { ran: '✓', excused: '-', skipped: '↓', failed: '✗' } as const;
  const report = await runPage(page, options, (o) => {
    console.log(`${mark[o.status]} ${page.file}:${o.block.line} ${o.status}${o.reason ? ` (${o.reason})` : ''}`);
  });
  const errors = [...report.outcomes.flatMap((o) => (o.error ? [o.error] : [])), ...report.errors];
  for (const error of errors) console.error(`\n${error.message}`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
