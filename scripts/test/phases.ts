import path from 'node:path';
import { REPO_ROOT } from '../../src/contract/paths';
import { stopKilledPage } from '../../test/runner/engine/cleanup';
import { BOX, boxHost, canMakeBox, inBox, startBox, stopBox } from './box';
import { runChild, tsScript } from './child';
import { baseImages, sweepBox } from './sweep';

/** What the phases of one run share: which engine the engine tests use, and whether this run started it. */
export interface RunState {
  /** DOCKER_HOST of the engine the engine tests use. */
  engineHost?: string;
  /** The reader's own engine, where stand-ins may be copied from and which a run never changes. */
  readerHost?: string;
  /** Set when the tests share the reader's engine (DOCKER101_SHARED_ENGINE=1 where no box can be made). */
  shared: boolean;
  startedBox: boolean;
}

// The packages' own entry points rather than npx: signals reach the tool itself, not a wrapper between.
const bin = (name: string, ...args: string[]): string[] => [path.join(REPO_ROOT, 'node_modules/.bin', name), ...args];
const readerHost = (): string => process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';

// For the tests of this orchestrator itself (test/isolation): another suite, other examples, images from elsewhere.
const VITEST_CONFIG = process.env.DOCKER101_VITEST_CONFIG ? ['--config', process.env.DOCKER101_VITEST_CONFIG] : [];
const EXAMPLES_DIR = process.env.DOCKER101_EXAMPLES_DIR ?? path.join(REPO_ROOT, 'examples');
const vitest = (...args: string[]): string[] => bin('vitest', 'run', ...VITEST_CONFIG, ...args);
const ensureImages = (): string[] =>
  tsScript(path.join(REPO_ROOT, 'scripts/images/ensure-images.ts'), '--examples', EXAMPLES_DIR);

const CANNOT_ISOLATE = [
  'The engine tests run on an engine of their own (a second dockerd in its own network namespace), so they never',
  'touch your containers, volumes and images. That needs Linux and root, which this machine does not give.',
  'To run them anyway on the engine that answers, knowing that the doc runner removes whatever is created on it',
  'while a page runs (including your own objects), set DOCKER101_SHARED_ENGINE=1.',
].join('\n');

/** A Docker Engine that answers (installed on Debian as root), then the tests' own engine and its base images. */
export async function setUpEngine(state: RunState): Promise<boolean> {
  if (!(await runChild(['bash', 'scripts/engine.sh']))) return false;
  state.readerHost = readerHost();
  if (!canMakeBox()) {
    if (process.env.DOCKER101_SHARED_ENGINE !== '1') {
      console.error(CANNOT_ISOLATE);
      return false;
    }
    state.shared = true;
    state.engineHost = state.readerHost;
    return runChild(ensureImages());
  }
  // Emulated arm64 containers (the platforms chapter) need the kernel's binfmt_misc mounted on the machine.
  if (!(await runChild(['bash', 'scripts/engine/emulation.sh']))) return false;
  state.startedBox = await startBox();
  state.engineHost = boxHost();
  // A page of a run killed outright may have left processes (its blocks run in sessions of their own).
  if (stopKilledPage()) console.log(`box ${BOX}: stopped what a killed doc run left running`);
  const swept = await sweepBox(state.engineHost, await baseImages(EXAMPLES_DIR));
  if (Object.values(swept).some((n) => n > 0))
    console.log(`box ${BOX}: removed what an earlier run left: ${JSON.stringify(swept)}`);
  const copyFrom = process.env.DOCKER101_IMAGES_FROM ?? state.readerHost;
  return runChild(inBox(ensureImages()), { DOCKER101_READER_HOST: copyFrom });
}

/** Leaves the tests' own engine empty of the run's objects, and stopped if this run started it. */
export async function tearDownEngine(state: RunState): Promise<void> {
  if (!state.engineHost || state.shared) return;
  const swept = await sweepBox(state.engineHost, await baseImages(EXAMPLES_DIR));
  if (Object.values(swept).some((n) => n > 0)) console.log(`box ${BOX}: removed ${JSON.stringify(swept)}`);
  if (state.startedBox) await stopBox();
}

/** Runs a command where the engine tests run: inside the box, or on the shared engine. */
export function onEngine(state: RunState, command: string[]): Promise<boolean> {
  const env = { DOCKER101_READER_HOST: state.readerHost };
  return runChild(state.shared ? command : inBox(command), env);
}

export interface Phase {
  readonly name: string;
  /** Needs the engine set up first. */
  readonly engine?: boolean;
  run(state: RunState): Promise<boolean>;
}

export const PHASES = {
  browser: { name: 'browser', run: () => runChild(['bash', 'scripts/site/install-browser.sh']) },
  lint: { name: 'lint', run: () => runChild(bin('biome', 'ci', '.')) },
  typecheck: { name: 'typecheck', run: () => runChild(bin('tsc')) },
  unit: { name: 'unit tests', run: () => runChild(vitest('--project', 'unit')) },
  engine: { name: 'engine tests', engine: true, run: (s) => onEngine(s, vitest('--project', 'engine')) },
  docs: { name: 'doc pages', engine: true, run: (s) => onEngine(s, vitest('--project', 'engine', 'test/docs/')) },
  // Outside the box, on purpose: these tests start boxes of their own and look at the reader's engine.
  isolation: { name: 'isolation tests', engine: true, run: () => runChild(vitest('--project', 'isolation')) },
  // The diagrams are drawn by Chromium at build time: here a missing browser fails the build, not a test later.
  build: { name: 'site build', run: () => runChild(bin('docusaurus', 'build'), { DOCKER101_REQUIRE_DIAGRAMS: '1' }) },
  // Their own config runs the browser files side by side (one Chromium per worker).
  site: {
    name: 'site tests',
    run: () =>
      runChild(
        VITEST_CONFIG.length > 0
          ? vitest('--project', 'site')
          : bin('vitest', 'run', '--config', 'test/site/vitest.config.mts'),
      ),
  },
} as const satisfies Record<string, Phase>;

export type PhaseName = keyof typeof PHASES;

/**
 * What `npm test` runs, in order: the cheap checks first, the engine tests before the build that shows their
 * stamps, the browser before the build that draws the diagrams with it.
 */
export const ALL: readonly PhaseName[] = [
  'lint',
  'typecheck',
  'unit',
  'engine',
  'isolation',
  'browser',
  'build',
  'site',
];
