import path from 'node:path';
import { docker, median, timed } from './measure';
import type { Measured } from './report';
import { BEST_PRACTICES, copyTodoApp, editOneLine, workingFolder } from './working-folder';

const TAG = 'docker101-bench/rebuild:latest';
const NAIVE_TAG = 'docker101-bench/rebuild-naive:latest';

/**
 * What layer order saves: the todo image rebuilt after a one-line source edit, against a cold build with
 * `--no-cache` (which downloads and installs every dependency again). The naive Dockerfile's rebuild after
 * the same edit shows the other side: its `npm install` runs again. Medians of `rounds`.
 */
export function measureRebuild(rounds = 3): Measured {
  const cold: number[] = [];
  const warm: number[] = [];
  const naive: number[] = [];
  try {
    using app = copyTodoApp();
    using working = workingFolder();
    const naiveBuild = (): void => {
      docker('build', '-q', '-f', path.join(BEST_PRACTICES, 'naive.Dockerfile'), '-t', NAIVE_TAG, working.dir);
    };
    naiveBuild();
    for (let i = 0; i < rounds; i++) {
      cold.push(timed(() => docker('build', '-q', '--no-cache', '-t', TAG, app.dir)));
      editOneLine(app.dir);
      warm.push(timed(() => docker('build', '-q', '-t', TAG, app.dir)));
      editOneLine(working.dir);
      naive.push(timed(naiveBuild));
    }
  } finally {
    docker('image', 'rm', '-f', TAG, NAIVE_TAG);
  }
  const [c, w, n] = [median(cold), median(warm), median(naive)];
  return {
    figures: [
      {
        name: 'rebuild_ratio',
        value: w / c,
        unit: 'x',
        op: '<=',
        goal: 0.2,
        note: `median of ${rounds}: rebuild after a one-line edit ${w.toFixed(2)} s vs cold build ${c.toFixed(2)} s`,
      },
    ],
    facts: [
      { name: 'cold_build', value: c, unit: 's' },
      { name: 'rebuild_after_edit', value: w, unit: 's' },
      { name: 'naive_rebuild_after_edit', value: n, unit: 's' },
    ],
  };
}
