import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import Docker from 'dockerode';
import { boxAnswers, boxHost } from '../../scripts/test/box';
import { tsScript } from '../../scripts/test/child';
import { REPO_ROOT } from '../../src/contract/paths';

/** A box of its own: the run under test starts it, empties it and stops it, as `npm test` does with its own. */
export const BOX = 'docker101-isolation';
const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** The box the runs under test use, through the API. */
export const boxEngine = (): Docker => new Docker({ socketPath: new URL(boxHost(BOX)).pathname });

export interface Run {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `npm test`'s orchestrator on the fixture suite (`fixture` names what its engine phase runs), in a process group
 * of its own, as a terminal's foreground job.
 */
export async function startRun(phases: string[], fixture: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  // The base image comes from the suite's own box when it runs, else from the reader's engine.
  const imagesFrom = (await boxAnswers('docker101'))
    ? boxHost('docker101')
    : (process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock');
  const [command, ...args] = tsScript('scripts/test/index.ts', ...phases);
  const child = spawn(command!, args, {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
      DOCKER101_BOX: BOX,
      DOCKER101_VITEST_CONFIG: path.join(FIXTURES, 'suite/vitest.config.mts'),
      DOCKER101_EXAMPLES_DIR: path.join(FIXTURES, 'examples'),
      DOCKER101_IMAGES_FROM: imagesFrom,
      FIXTURE: fixture,
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => {
    output += d;
  });
  child.stderr!.on('data', (d: Buffer) => {
    output += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}
