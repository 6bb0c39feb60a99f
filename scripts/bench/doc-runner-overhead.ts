import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../src/contract/paths';
import { gatherPage } from '../../test/runner/gather/gather-page';
import { runPage } from '../../test/runner/run/page-run';
import { type Figure, formatFigure, median } from './measure';

const PAGE = path.join(REPO_ROOT, 'test/runner/fixtures/bench/page.md');
const ROUNDS = 15;

/**
 * Time the doc runner adds over pasting the same blocks into one bash script: per-block processes, state
 * carried between blocks, engine snapshots and cleanup. Both sides run the same page in a fresh folder.
 */
export async function measureDocRunnerOverhead(rounds = ROUNDS): Promise<Figure[]> {
  const page = gatherPage(PAGE, { repoRoot: REPO_ROOT, localeRoot: path.dirname(PAGE), locale: 'ko' });
  const script = `set -euo pipefail\n${page.blocks
    .filter((b) => b.runnable)
    .map((b) => b.text)
    .join('\n')}\n`;
  const ledgerPath = path.join(os.tmpdir(), `docs101-bench-ledger-${process.pid}.json`);
  const runner: number[] = [];
  const plain: number[] = [];

  const timeRunner = async (): Promise<void> => {
    const start = performance.now();
    // The label scope keeps the bench from removing what others create on a shared engine meanwhile;
    // the snapshot and cleanup work is the same as the docs suite's.
    const report = await runPage(page, { engine: { label: 'docker101.docs-bench' }, ledgerPath });
    runner.push((performance.now() - start) / 1000);
    const failed = report.outcomes.find((o) => o.error) ?? { error: report.errors[0] };
    if (failed.error) throw failed.error;
  };
  const timePlain = (): void => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'docs101-bench-plain-'));
    try {
      writeFileSync(path.join(dir, '.script.sh'), script);
      const start = performance.now();
      execFileSync('bash', ['.script.sh'], { cwd: dir, stdio: 'ignore' });
      plain.push((performance.now() - start) / 1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  await timeRunner(); // Warm-up: module loading and the first container start are not the runner's cost.
  timePlain();
  runner.length = plain.length = 0;
  for (let i = 0; i < rounds; i++) {
    // Alternate the order so neither side always runs on a warmer engine.
    if (i % 2 === 0) {
      await timeRunner();
      timePlain();
    } else {
      timePlain();
      await timeRunner();
    }
  }
  // Each round pairs both sides back to back, so the engine's load (it is shared) drifts less between them.
  const ratio = median(runner.map((r, i) => r / plain[i]!));
  const [r, p] = [median(runner), median(plain)];
  const blocks = page.blocks.filter((b) => b.runnable).length;
  return [
    {
      name: 'runner_overhead',
      value: ratio,
      unit: 'x',
      op: '<=',
      goal: 1.2,
      note:
        `median ratio of ${rounds} paired rounds, ${blocks} blocks ` +
        `(medians: runner ${r.toFixed(2)} s, plain bash ${p.toFixed(2)} s)`,
    },
  ];
}

if (require.main === module) {
  measureDocRunnerOverhead().then(
    (figures) => {
      for (const f of figures) console.log(`${formatFigure(f)}\n# ${f.name}: ${f.note}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
