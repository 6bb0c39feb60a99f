import { spawn, type ChildProcess } from 'node:child_process';

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Forwarded = (typeof FORWARDED)[number];
/** How long a phase may take to clean up after a signal before it is killed. */
const GRACE_MS = 60_000;

let current: ChildProcess | undefined;
let interrupted: Forwarded | undefined;

/** The signal that interrupted the run, if one did. */
export const interruption = (): Forwarded | undefined => interrupted;

/**
 * Stops the run on Ctrl-C (SIGINT), SIGTERM or SIGHUP without dying at once: the running phase gets the same signal
 * (its own cleanup runs: the doc runner removes what a page made), and `onInterrupt` runs once it has exited.
 */
export function handleInterrupts(): void {
  for (const signal of FORWARDED) {
    process.on(signal, () => {
      interrupted ??= signal;
      const pid = current?.pid;
      if (pid === undefined) return;
      try {
        // The phase runs in a process group of its own: the signal reaches every process of it.
        process.kill(-pid, signal);
      } catch {
        // Already gone.
      }
      setTimeout(() => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Gone in time.
        }
      }, GRACE_MS).unref();
    });
  }
}

/** Runs one command of a phase, its output on this terminal; resolves to whether it succeeded. */
export async function runChild(command: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<boolean> {
  if (interrupted) return false;
  const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', detached: true, env: { ...process.env, ...env } });
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
