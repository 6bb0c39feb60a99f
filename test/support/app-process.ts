import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { node24 } from './node24';
import { type Item, TodoClient } from './todo-client';

export type { Item };

export const APP_DIR = path.resolve(import.meta.dirname, '../../examples/todo-app');

export interface AppOptions {
  /** Extra environment for the app, on top of PORT=0 and a fresh SQLITE_DB_LOCATION. */
  env?: Record<string, string>;
  /** Upper bound for the "Listening on port" line; the wait ends as soon as it appears. */
  startTimeoutMs?: number;
}

const DEFAULTS: Required<AppOptions> = { env: {}, startTimeoutMs: 15_000 };

export interface AppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface AppStop extends AppExit {
  /** Time from sending the signal until the process was gone. */
  ms: number;
}

/** The app exited or stayed silent before it said it was listening; carries everything it printed. */
export class AppStartError extends Error {
  constructor(
    message: string,
    readonly output: string,
    readonly exit?: AppExit,
  ) {
    super(`${message}\n--- app output ---\n${output}`);
    this.name = 'AppStartError';
  }
}

const running = new Set<ChildProcess>();
// A crashed test worker must not leave app processes behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** The todo-app as a child process on a free port with its own temporary database. */
export class AppProcess extends TodoClient implements AsyncDisposable {
  readonly dataDir: string;
  readonly dbPath: string;
  port = 0;
  exit: AppExit | undefined;
  private output = '';
  private child: ChildProcess | undefined;
  private closed: Promise<AppExit> = Promise.resolve({ code: null, signal: null });

  constructor(private readonly options: Required<AppOptions>) {
    super();
    this.dataDir = mkdtempSync(path.join(os.tmpdir(), 'todo-app-test-'));
    this.dbPath = path.join(this.dataDir, 'todos', 'todo.db');
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    return this.child !== undefined && this.exit === undefined;
  }

  /** Everything the app printed on stdout and stderr, across restarts. */
  get logs(): string {
    return this.output;
  }

  async start(): Promise<void> {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', SQLITE_DB_LOCATION: this.dbPath, ...this.options.env };
    // Options meant for the test runner's Node, and a stray MYSQL_HOST, must not reach the app.
    delete env.NODE_OPTIONS;
    if (!this.options.env.MYSQL_HOST) delete env.MYSQL_HOST;

    const child = spawn(node24(), ['src/index.js'], { cwd: APP_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.exit = undefined;
    running.add(child);
    this.closed = new Promise((resolve) => {
      child.once('close', (code, signal) => {
        running.delete(child);
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.port = await this.waitForPort(child);
  }

  private waitForPort(child: ChildProcess): Promise<number> {
    const startOfRun = this.output.length;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new AppStartError(`No "Listening on port" within ${this.options.startTimeoutMs} ms`, this.output)),
        this.options.startTimeoutMs,
      );
      child.stdout!.on('data', (chunk: Buffer) => {
        this.output += chunk.toString('utf8');
        const match = /Listening on port (\d+)/.exec(this.output.slice(startOfRun));
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      void this.closed.then((exit) => {
        clearTimeout(timer);
        reject(
          new AppStartError(
            `The app exited before listening (code ${exit.code}, signal ${exit.signal})`,
            this.output,
            exit,
          ),
        );
      });
    });
  }

  /** Sends `signal` and resolves once the process is gone, with how long that took. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<AppStop> {
    const started = performance.now();
    if (this.alive) this.child!.kill(signal);
    const exit = await this.closed;
    return { ...exit, ms: performance.now() - started };
  }

  /** Stops the app with SIGTERM and starts it again on the same database. */
  async restart(): Promise<AppStop> {
    const stopped = await this.stop();
    await this.start();
    return stopped;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    if (this.alive) {
      this.child!.kill('SIGKILL');
      await this.closed;
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Starts the todo-app; dispose the result (`await using`) to kill it and delete its database. */
export async function startApp(options: AppOptions = {}): Promise<AppProcess> {
  installAppDependencies();
  const app = new AppProcess({ ...DEFAULTS, ...options });
  try {
    await app.start();
  } catch (error) {
    await app[Symbol.asyncDispose]();
    throw error;
  }
  return app;
}

let installed = false;

/** The example's own node_modules (express), installed from its lockfile the first time it is missing. */
export function installAppDependencies(): void {
  if (installed || existsSync(path.join(APP_DIR, 'node_modules', 'express', 'package.json'))) {
    installed = true;
    return;
  }
  console.log(`Installing the todo-app dependencies: npm ci --prefix ${APP_DIR}`);
  const result = spawnSync('npm', ['ci', '--prefix', APP_DIR, '--no-audit', '--no-fund'], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`npm ci in ${APP_DIR} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  installed = true;
}
