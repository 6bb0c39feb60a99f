/**
 * `npm test` and its parts: `node --import tsx scripts/test/index.ts [phase...]` (phases: lint, typecheck, unit,
 * engine, docs, build, browser, site; none means all of `npm test`). Sets up what the phases need (a Docker Engine and the
 * tests' own engine, base images, a browser), runs them in order and stops at the first that fails. Whatever
 * happens — a failure, Ctrl-C, SIGTERM — the tests' own engine is emptied of the run's objects and stopped if the
 * run started it. Phase times go to reports/test-run.json.
 * Run it with tsx as the loader (`node --import tsx`), not as the command (see `tsScript` in ./child): through tsx's
 * CLI, Ctrl-C during a box's stop could kill this process and end the run while its dockerd was still exiting.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/contract/paths';
import { handleInterrupts, interruption } from './child';
import { ALL, PHASES, type PhaseName, type RunState, setUpEngine, tearDownEngine } from './phases';

const RUN_REPORT = path.join(REPO_ROOT, 'reports/test-run.json');
const SIGNAL_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

interface Timed {
  readonly phase: string;
  readonly seconds: number;
  readonly ok: boolean;
}

async function main(): Promise<number> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in PHASES));
  if (unknown.length > 0) {
    console.error(`unknown phase ${unknown.join(', ')}; phases: ${Object.keys(PHASES).join(', ')}`);
    return 2;
  }
  const phases = (asked.length > 0 ? asked : ALL) as PhaseName[];
  handleInterrupts();
  const state: RunState = { shared: false, startedBox: false };
  const timed: Timed[] = [];
  const started = performance.now();
  const time = async (phase: string, run: () => Promise<boolean>): Promise<boolean> => {
    const t0 = performance.now();
    console.log(`\n▶ ${phase}`);
    const ok = await run();
    timed.push({ phase, seconds: (performance.now() - t0) / 1000, ok });
    return ok;
  };
  let ok = true;
  try {
    if (phases.some((p) => 'engine' in PHASES[p])) ok = await time('engine setup', () => setUpEngine(state));
    for (const name of phases) {
      if (!ok) break;
      ok = await time(PHASES[name].name, () => PHASES[name].run(state));
    }
  } finally {
    await tearDownEngine(state).catch((error: Error) => {
      console.error(`could not empty the tests' engine: ${error.message}`);
      ok = false;
    });
  }
  const total = (performance.now() - started) / 1000;
  mkdirSync(path.dirname(RUN_REPORT), { recursive: true });
  writeFileSync(
    RUN_REPORT,
    `${JSON.stringify({ date: new Date().toISOString(), phases: timed, seconds: total, ok }, null, 2)}\n`,
  );
  console.log(
    `\n${timed.map((t) => `${t.ok ? '✓' : '✗'} ${t.phase} ${t.seconds.toFixed(1)} s`).join('\n')}\ntotal ${total.toFixed(1)} s`,
  );
  const signal = interruption();
  if (signal) return SIGNAL_CODES[signal];
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
