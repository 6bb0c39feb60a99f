import path from 'node:path';
import { canMakeBox, inBox, insideBox } from '../../../scripts/test/box';
import { handleInterrupts, runChild, tsScript } from '../../../scripts/test/child';
import { type RunState, setUpEngine, tearDownEngine } from '../../../scripts/test/phases';
import { REPO_ROOT } from '../../../src/contract/paths';

/**
 * Runs a script (the doc runner's CLI unless said otherwise) again inside the tests' own engine, setting it up
 * first (and stopping it after, if this call started it). Resolves to the exit code, or to undefined when this
 * process already runs there (or the machine cannot make one and DOCKER101_SHARED_ENGINE=1 shares the reader's
 * engine).
 */
export async function enterEngine(
  args: readonly string[],
  script: string = path.join(REPO_ROOT, 'test/runner/cli.ts'),
  env: NodeJS.ProcessEnv = {},
): Promise<number | undefined> {
  if (insideBox() || (!canMakeBox() && process.env.DOCKER101_SHARED_ENGINE === '1')) return undefined;
  handleInterrupts();
  const state: RunState = { shared: false, startedBox: false };
  try {
    if (!(await setUpEngine(state))) return 1;
    if (state.shared) return undefined;
    const ok = await runChild(inBox(tsScript(script, ...args)), {
      ...env,
      DOCKER101_READER_HOST: state.readerHost,
    });
    return ok ? 0 : 1;
  } finally {
    await tearDownEngine(state);
  }
}
