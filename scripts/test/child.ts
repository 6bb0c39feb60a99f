import { type ChildProcess, spawn } from 'node:child_process';

type Stop = 'SIGINT' | 'SIGTERM' | 'SIGHUP';
/** How long a phase may take to clean up after a signal before it is killed. */
const GRACE_MS = 60_000;

let current: ChildProcess | undefined;
let interrupted: Stop | undefined;

/**
 * A TypeScript script as one process, tsx only its loader. tsx's own CLI would run it in a child and relay Ctrl-C
 * in windows of 30 ms, then SIGKILL a child that had not answered: a script busy cleaning up (a synchronous
 * `box.sh stop`) died before it had finished.
 */
export const tsScript = (file: string, ...args: readonly string[]): string[] => [
  process.execPath,
  '--import',
  'tsx',
  file,
  ...args,
];

/** The signal that interrupted the run, if one did. */
export const interruption = (): Stop | undefined => interrupted;

function stopCurrent(signal: NodeJS.Signals): void {
  const child = current;
  if (!child?.pid) return;
  child.kill(signal);
  setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'), GRACE_MS).unref();
}

/**
 * Stops the run on Ctrl-C, SIGTERM or SIGHUP without dying at once, so the tests' own engine can be emptied once
 * the running phase has exited. Phases run in this process's group: Ctrl-C reaches them from the terminal as it
 * reaches this process (and a kill of the whole group takes them all). SIGTERM and SIGHUP, which may be sent to
 * this process alone, are passed on to the phase, which then runs its own cleanup (the doc runner's, vitest's).
 */
export function handleInterrupts(): void {
  process.on('SIGINT', () => {
    interrupted ??= 'SIGINT';
  });
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      interrupted ??= signal;
      stopCurrent(signal);
    });
  }
}

/** Runs one command of a phase, its output on this terminal; resolves to whether it succeeded. */
export async function runChild(command: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<boolean> {
  if (interrupted) return false;
  const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, ...env } });
  current = child;
  try {
    const code = await new Promise<number | null>((resolve) => {
      child.on('error', (error) => {
        console.error(`${command.join(' ')}: ${error.message}`);
        resolve(null);
      });
      child.on('exit', (exitCode) => resolve(exitCode));
    });
    return code === 0 && !interrupted;
  } finally {
    current = undefined;
  }
}
