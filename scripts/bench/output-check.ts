import path from 'node:path';
import { REPO_ROOT } from '../../src/contract/paths';
import { gatherPage } from '../../test/runner/gather/gather-page';
import { runPage } from '../../test/runner/run/page-run';
import { allowVitestOutsideRunner } from '../../test/runner/vitest-outside';
import { type Figure, median } from './measure';

/**
 * Real chapters with builds, containers and shown outputs: what checking outputs costs is measured on them. Their
 * scenarios read no block's printed text, which over the baseline's pipes holds what a terminal would not show
 * (curl's progress meter), so both arms run the same checks.
 */
const PAGES = ['core-terms', 'build-and-run', 'update-app'];
const ROUNDS = 3;

async function timePages(checkOutputs: boolean): Promise<number> {
  const start = performance.now();
  for (const slug of PAGES) {
    const file = path.join(REPO_ROOT, 'docs', `${slug}.md`);
    const page = gatherPage(file, { repoRoot: REPO_ROOT, localeRoot: path.join(REPO_ROOT, 'docs'), locale: 'ko' });
    const { outcomes, errors } = await runPage(page, { checkOutputs });
    const failed = outcomes.find((o) => o.status === 'failed') ?? (errors[0] && { error: errors[0] });
    if (failed) throw new Error(`${slug} failed while measured: ${failed.error?.message.split('\n')[0]}`);
  }
  return (performance.now() - start) / 1000;
}

/**
 * The doc runner with what issue-free output checking costs — blocks in a pseudo-terminal, the screen rendered,
 * each shown output compared — against the same pages run over plain pipes without comparing, in the same run.
 */
export async function measureOutputCheck(rounds = ROUNDS): Promise<Figure[]> {
  // The pages' scenarios (a reader's pace and observations, the same in both arms) check with vitest's expect.
  allowVitestOutsideRunner();
  await timePages(true); // Warm-up: build cache and module loading are not what is measured.
  const [checked, plain]: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    // Alternate the order so neither side always runs on a warmer engine.
    if (i % 2 === 0) {
      checked.push(await timePages(true));
      plain.push(await timePages(false));
    } else {
      plain.push(await timePages(false));
      checked.push(await timePages(true));
    }
  }
  const ratio = median(checked.map((c, i) => c / plain[i]!));
  return [
    {
      name: 'output_check_overhead',
      value: ratio,
      unit: 'x',
      op: '<=',
      goal: 1.15,
      note: `${PAGES.join(', ')}: median ratio of ${rounds} paired rounds (medians: checked ${median(checked).toFixed(1)} s, plain ${median(plain).toFixed(1)} s)`,
    },
  ];
}
