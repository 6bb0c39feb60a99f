/**
 * The doc runner's command line.
 *
 *   node --import tsx test/runner/cli.ts plan [page...]
 *     what would run: blocks, shown outputs, excuses (no engine)
 *   node --import tsx test/runner/cli.ts test [page...] [--update-outputs]
 *     run pages against the engine and check their outputs
 *
 * A page is a slug (`volumes`) or a file (`docs/volumes.md`); none means every Korean page. `test` sets up the
 * tests' own engine when it is not running inside it yet, runs there, and prints the pages' coverage line. With
 * --update-outputs it rewrites the shown outputs of both languages from the run (and exits 1 if it changed any:
 * an updating run never counts as a pass). Options: --examples DIR, --scenarios DIR, --no-engine (no engine
 * cleanup, for pages that never touch Docker), --label KEY (limit cleanup to objects with that label).
 * Ctrl-C stops the page and removes what it created before exiting.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALE_DIRS, REPO_ROOT } from '../../src/contract/paths';
import { formatCoverageLine } from '../../src/contract/run-report';
import { enterEngine } from './engine/enter';
import { gatherPage } from './gather/gather-page';
import { pairPages } from './gather/locales';
import { gatherPages } from './gather/pages';
import type { Page } from './gather/types';
import { writeUpdatedOutputs } from './outputs/update';
import { computeCoverage, summarize } from './report/coverage';
import type { BlockOutcome } from './run/outcome';
import { type PageRunOptions, runPage } from './run/page-run';
import { allowVitestOutsideRunner } from './vitest-outside';

const USAGE =
  'usage: node --import tsx test/runner/cli.ts plan|test [page...] [--update-outputs] [--examples DIR] [--scenarios DIR] [--no-engine | --label KEY]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    examples: { type: 'string' },
    scenarios: { type: 'string' },
    'no-engine': { type: 'boolean', default: false },
    label: { type: 'string' },
    'update-outputs': { type: 'boolean', default: false },
  },
});

/** The pages named on the command line (slugs or files), Korean unless a file says otherwise. */
function selectPages(names: readonly string[]): Page[] {
  if (names.length === 0) return gatherPages('ko');
  return names.map((name) => {
    const asFile = path.resolve(name);
    const file = /\.mdx?$/.test(name) ? asFile : path.join(REPO_ROOT, LOCALE_DIRS.ko, `${name}.md`);
    const enRoot = path.join(REPO_ROOT, LOCALE_DIRS.en);
    const koRoot = path.join(REPO_ROOT, LOCALE_DIRS.ko);
    const under = (root: string): boolean => file.startsWith(root + path.sep);
    const localeRoot = under(enRoot) ? enRoot : under(koRoot) ? koRoot : path.dirname(file);
    return gatherPage(file, { repoRoot: REPO_ROOT, localeRoot, locale: localeRoot === enRoot ? 'en' : 'ko' });
  });
}

function plan(pages: readonly Page[]): number {
  let problems = 0;
  for (const page of pages) {
    console.log(`${page.file}${page.examples.length ? ` (examples: ${page.examples.join(', ')})` : ''}`);
    for (const problem of page.problems) console.log(`  ✗ ${problem.message}`);
    problems += page.problems.length;
    for (const block of page.blocks.filter((b) => b.runnable)) {
      const first = block.text.split('\n')[0];
      const how = block.norun
        ? `excused (norun=${block.norun})`
        : [block.background && 'background', block.fails && `fails="${block.fails}"`].filter(Boolean).join(', ') ||
          'runs';
      const output = block.output ? `; output at line ${block.output.line}` : '';
      console.log(`  L${block.line} ${how}${output}: ${first}`);
    }
  }
  return problems > 0 ? 1 : 0;
}

async function test(pages: readonly Page[]): Promise<number> {
  allowVitestOutsideRunner();
  const options: Partial<PageRunOptions> = {
    ...(values.examples ? { examplesDir: path.resolve(values.examples) } : {}),
    ...(values.scenarios ? { scenariosDir: path.resolve(values.scenarios) } : {}),
    engine: values['no-engine'] ? false : values.label ? { label: values.label } : {},
    updateOutputs: values['update-outputs'],
  };
  const mark = { ran: '✓', excused: '-', skipped: '↓', failed: '✗' } as const;
  const outcomes: BlockOutcome[] = [];
  const errors: Error[] = [];
  for (const page of pages) {
    const report = await runPage(page, options, (o) => {
      const output = o.output ? `; output ${o.output.status}` : '';
      console.log(
        `${mark[o.status]} ${page.file}:${o.block.line} ${o.status}${o.reason ? ` (${o.reason})` : ''}${output}`,
      );
    });
    outcomes.push(...report.outcomes);
    errors.push(...report.outcomes.flatMap((o) => (o.error ? [o.error] : [])), ...report.errors);
  }
  for (const error of errors) console.error(`\n${error.message}`);
  const ko = pages.filter((p) => p.locale === 'ko');
  const en = pairPages(ko, gatherPages('en')).pairs.map((pair) => pair.en);
  const summary = summarize(computeCoverage(ko, en, outcomes));
  if (values['update-outputs']) {
    const changed = writeUpdatedOutputs(outcomes, en);
    console.log(
      `\nupdate mode: rewrote ${changed} shown output(s) in both languages; run again without --update-outputs to verify`,
    );
    if (changed > 0) return 1;
  }
  console.log(`\n${formatCoverageLine(summary)}`);
  return errors.length > 0 || summary.unaccounted > 0 || summary.outputs.unaccounted > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  const [command, ...names] = positionals;
  if (command !== 'plan' && command !== 'test') {
    console.error(USAGE);
    return 2;
  }
  if (command === 'plan') return plan(selectPages(names));
  if (!values['no-engine']) {
    const entered = await enterEngine(process.argv.slice(2));
    if (entered !== undefined) return entered;
  }
  return test(selectPages(names));
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
