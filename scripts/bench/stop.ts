import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { waitUntil } from '../../test/support/wait-until';
import { docker, median } from './measure';
import type { Measured } from './report';
import { BEST_PRACTICES, TODO_APP, workingFolder } from './working-folder';

const run = promisify(execFile);
const TODO = 'docker101-bench/stop-todo:latest';
const NAIVE = 'docker101-bench/stop-naive:latest';

/** Seconds `docker stop` takes for a fresh container of `image`; the container is removed either way. */
async function stopTime(image: string, name: string, extra: string[] = []): Promise<number> {
  try {
    await run('docker', ['run', '-d', '--name', name, ...extra, image]);
    // Stop once the app listens, as a reader would: not while node is still loading.
    const listening = async (): Promise<true | undefined> =>
      (await run('docker', ['logs', name])).stdout.includes('Listening on port') || undefined;
    await waitUntil(`${name} to listen`, listening, { timeoutMs: 10_000, intervalMs: 50 });
    const start = performance.now();
    await run('docker', ['stop', name]);
    return (performance.now() - start) / 1000;
  } finally {
    await run('docker', ['rm', '-f', name]).catch(() => undefined);
  }
}

/**
 * `docker stop` of the todo image (exec-form CMD; the app handles SIGTERM) against the naive image, whose
 * shell-form CMD makes /bin/sh PID 1: it ignores SIGTERM, so Docker waits its 10 s before SIGKILL. The naive
 * image with `--init` shows the fix the best-practices page shows. Rounds run side by side: the 10 s is
 * waiting, not work.
 */
export async function measureStop(rounds = 3): Promise<Measured> {
  try {
    docker('build', '-q', '-t', TODO, TODO_APP);
    {
      using working = workingFolder();
      docker('build', '-q', '-f', path.join(BEST_PRACTICES, 'naive.Dockerfile'), '-t', NAIVE, working.dir);
    }
    const ids = Array.from({ length: rounds }, (_, i) => `docker101-bench-stop-${process.pid}-${i}`);
    const todo: number[] = [];
    for (const id of ids) todo.push(await stopTime(TODO, `${id}-todo`));
    const [naive, init] = await Promise.all([
      Promise.all(ids.map((id) => stopTime(NAIVE, `${id}-naive`))),
      Promise.all(ids.map((id) => stopTime(NAIVE, `${id}-init`, ['--init']))),
    ]);
    const [t, n, i] = [median(todo), median(naive), median(init)];
    return {
      figures: [
        {
          name: 'stop_ratio',
          value: t / n,
          unit: 'x',
          op: '<=',
          goal: 0.1,
          note: `median of ${rounds}: todo image ${t.toFixed(2)} s vs shell-form PID 1 ${n.toFixed(2)} s (--init: ${i.toFixed(2)} s)`,
        },
      ],
      facts: [
        { name: 'todo_stop_time', value: t, unit: 's' },
        { name: 'naive_stop_time', value: n, unit: 's' },
        { name: 'naive_init_stop_time', value: i, unit: 's' },
      ],
    };
  } finally {
    docker('image', 'rm', '-f', TODO, NAIVE);
  }
}
