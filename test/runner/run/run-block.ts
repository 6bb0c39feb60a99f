import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { spawn as spawnPty } from 'node-pty';
import { SCREEN, Screen } from './screen';
import { parseEnv0, type ShellState, shellQuote } from './shell-state';

export interface ScriptOptions {
  /** Private folder for the script, its bash prelude and the saved state (never the reader's workspace). */
  readonly stateDir: string;
  /** Unique name for this run's files, e.g. `L42`. */
  readonly name: string;
  readonly timeoutMs: number;
  /** Save cwd and exported environment at exit for the next block (not for background blocks). */
  readonly saveState: boolean;
  /** Run in a pseudo-terminal, as a reader does (the default); false gives plain pipes, for the benchmark's baseline. */
  readonly terminal?: boolean;
}

export interface ScriptResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** What the reader's terminal shows once the block has finished (stdout and stderr as they interleaved). */
  readonly text: string;
  readonly timedOut: boolean;
  /** State after the script, when it exited and saveState was set. */
  readonly state?: ShellState;
}

export interface RunningScript {
  /** Process group id: kill(-pgid) stops the script and everything it started. */
  readonly pgid: number;
  readonly done: Promise<ScriptResult>;
  /** The screen so far (a background block keeps adding to it). */
  text(): Promise<string>;
  exited(): boolean;
  stop(signal?: NodeJS.Signals): void;
}

const KILL_GRACE_MS = 3000;

const SIGNALS: Readonly<Record<number, string>> = { 1: 'SIGHUP', 2: 'SIGINT', 9: 'SIGKILL', 15: 'SIGTERM' };

/**
 * Runs a block's literal text as a bash script file in a pseudo-terminal of a fixed size, as a reader's
 * terminal runs what they paste: `\` continuations and heredocs behave as pasted, and programs print what they
 * print to a terminal (BuildKit's and compose's progress). A BASH_ENV prelude sets `set -euo pipefail` and the
 * state-saving trap, keeping bash's line numbers equal to the block's; it unsets BASH_ENV first so scripts the
 * block calls do not run it. Nobody types: a program that waits for the keyboard waits, as in a reader's terminal
 * until they type (anything typed would reach a container that `docker exec` or `compose exec` attached).
 */
export function startScript(text: string, state: ShellState, options: ScriptOptions): RunningScript {
  const file = (suffix: string): string => path.join(options.stateDir, `${options.name}.${suffix}`);
  const script = file('sh');
  const prelude = ['unset BASH_ENV', 'set -euo pipefail'];
  if (options.saveState) {
    const save = `env -0 >${shellQuote(file('env'))} && pwd >${shellQuote(file('cwd'))}`;
    prelude.push(
      `trap '__docs_rc=$?; { ${save.replace(/'/g, `'\\''`)}; } 2>/dev/null || true; exit "$__docs_rc"' EXIT`,
    );
  }
  writeFileSync(file('prelude'), `${prelude.join('\n')}\n`);
  writeFileSync(script, text.endsWith('\n') ? text : `${text}\n`);

  const screen = new Screen();
  const env = { ...state.env, BASH_ENV: file('prelude') };
  const child =
    options.terminal === false
      ? spawnPiped(script, state.cwd, env)
      : spawnPty('bash', [script], { name: 'xterm-256color', ...SCREEN, cwd: state.cwd, env });
  const pgid = child.pid;
  child.onData((data) => screen.write(data));

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

  // node-pty reports the exit once the terminal has delivered all its output (or closes it after a moment when a
  // process the block left behind keeps it open).
  const done = new Promise<ScriptResult>((resolve) => {
    child.onExit(({ exitCode, signal }) => {
      exited = true;
      clearTimeout(timer);
      const saved = options.saveState && !timedOut ? readState(file('env'), file('cwd')) : undefined;
      const sig = signal ? (SIGNALS[signal] ?? `signal ${signal}`) : null;
      void screen
        .text()
        .then((text) => resolve({ exitCode: sig ? null : exitCode, signal: sig, text, timedOut, state: saved }));
    });
  });
  return { pgid, done, text: () => screen.text(), exited: () => exited, stop };
}

/** The same interface as node-pty's over plain pipes: stdout and stderr merged, input at its end. */
function spawnPiped(script: string, cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn('bash', [script], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let exit: ((e: { exitCode: number; signal?: number }) => void) | undefined;
  let open = 2;
  let code: { exitCode: number; signal?: number } | undefined;
  const closed = (): void => {
    if (--open === 0 && code) exit?.(code);
  };
  child.stdout.on('close', closed);
  child.stderr.on('close', closed);
  child.on('exit', (exitCode, signal) => {
    code = { exitCode: exitCode ?? 0, signal: signal ? osConstants.signals[signal] : undefined };
    if (open === 0) exit?.(code);
  });
  return {
    pid: child.pid!,
    onData: (listener: (data: string) => void) => {
      child.stdout.setEncoding('utf8').on('data', listener);
      child.stderr.setEncoding('utf8').on('data', listener);
    },
    onExit: (listener: (e: { exitCode: number; signal?: number }) => void) => {
      exit = listener;
    },
  };
}

function readState(envFile: string, cwdFile: string): ShellState | undefined {
  try {
    return { env: parseEnv0(readFileSync(envFile, 'utf8')), cwd: readFileSync(cwdFile, 'utf8').replace(/\n$/, '') };
  } catch {
    return undefined;
  }
}
