import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv0, shellQuote, type ShellState } from './shell-state';

export interface ScriptOptions {
  /** Private folder for the script, its bash prelude and the saved state (never the reader's workspace). */
  readonly stateDir: string;
  /** Unique name for this run's files, e.g. `L42`. */
  readonly name: string;
  readonly timeoutMs: number;
  /** Save cwd and exported environment at exit for the next block (not for background blocks). */
  readonly saveState: boolean;
}

export interface ScriptResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** State after the script, when it exited and saveState was set. */
  readonly state?: ShellState;
}

export interface RunningScript {
  /** Process group id: kill(-pgid) stops the script and everything it started. */
  readonly pgid: number;
  readonly done: Promise<ScriptResult>;
  output(): { stdout: string; stderr: string };
  exited(): boolean;
  stop(signal?: NodeJS.Signals): void;
}

const KEEP_CHARS = 1_000_000;
const KILL_GRACE_MS = 3000;
// Waiting this long for stdio to close after exit lets `cmd &` jobs keep the pipes without hanging the block.
const CLOSE_GRACE_MS = 200;

/**
 * Runs a block's literal text as a bash script file, so `\` continuations and heredocs behave as pasted.
 * A BASH_ENV prelude sets `set -euo pipefail` and the state-saving trap, keeping bash's line numbers equal
 * to the block's; it unsets BASH_ENV first so scripts the block calls do not run it.
 */
export function startScript(text: string, state: ShellState, options: ScriptOptions): RunningScript {
  const file = (suffix: string): string => path.join(options.stateDir, `${options.name}.${suffix}`);
  const script = file('sh');
  const prelude = ['unset BASH_ENV', 'set -euo pipefail'];
  if (options.saveState) {
    const save = `env -0 >${shellQuote(file('env'))} && pwd >${shellQuote(file('cwd'))}`;
    prelude.push(`trap '__docs_rc=$?; { ${save.replace(/'/g, `'\\''`)}; } 2>/dev/null || true; exit "$__docs_rc"' EXIT`);
  }
  writeFileSync(file('prelude'), `${prelude.join('\n')}\n`);
  writeFileSync(script, text.endsWith('\n') ? text : `${text}\n`);

  const child = spawn('bash', [script], {
    cwd: state.cwd,
    env: { ...state.env, BASH_ENV: file('prelude') },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pgid = child.pid ?? -1;
  let stdout = '';
  let stderr = '';
  const keep = (s: string): string => (s.length > 2 * KEEP_CHARS ? s.slice(-KEEP_CHARS) : s);
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout = keep(stdout + d)));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = keep(stderr + d)));

  let exited = false;
  let timedOut = false;
  const stop = (signal: NodeJS.Signals = 'SIGTERM'): void => {
    try {
      process.kill(-pgid, signal);
    } catch {
      // The group is already gone.
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop('SIGTERM');
    setTimeout(() => stop('SIGKILL'), KILL_GRACE_MS).unref();
  }, options.timeoutMs);

  const done = new Promise<ScriptResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => {
      exited = true;
      clearTimeout(timer);
      const finish = (): void => {
        const saved = options.saveState && !timedOut ? readState(file('env'), file('cwd')) : undefined;
        resolve({ exitCode, signal, stdout, stderr, timedOut, state: saved });
      };
      const grace = setTimeout(finish, CLOSE_GRACE_MS);
      child.on('close', () => {
        clearTimeout(grace);
        finish();
      });
    });
  });
  return { pgid, done, output: () => ({ stdout, stderr }), exited: () => exited, stop };
}

function readState(envFile: string, cwdFile: string): ShellState | undefined {
  try {
    return { env: parseEnv0(readFileSync(envFile, 'utf8')), cwd: readFileSync(cwdFile, 'utf8').replace(/\n$/, '') };
  } catch {
    return undefined;
  }
}
