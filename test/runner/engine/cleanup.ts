import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUN_MARKER } from '../run/shell-state';
import { restoreSnapshot, type Scope, type Snapshot, takeSnapshot, takeSnapshotSync } from './snapshot';

/**
 * Where a page's snapshot waits until the page is cleaned up; a leftover one means a run was killed. One per
 * engine of the tests' own (DOCKER101_BOX), so runs on different boxes never mistake each other's records.
 */
export const DEFAULT_LEDGER =
  process.env.DOCKER101_DOCS_LEDGER ??
  path.join(os.tmpdir(), `${process.env.DOCKER101_BOX ?? 'docker101'}-docs-ledger.json`);

export interface CleanupOptions {
  /** Snapshot the engine and remove what the page adds; false for pages that never touch Docker. */
  readonly engine: false | Scope;
  readonly ledgerPath: string;
  /** Value of RUN_MARKER in the page's block environments. */
  readonly marker: string;
  /** Temporary folders (workspace, state) removed at the end. */
  readonly tempDirs: readonly string[];
}

interface Ledger {
  readonly pid: number;
  readonly marker: string;
  readonly scope: Scope;
  readonly snapshot: Snapshot;
  readonly tempDirs: readonly string[];
}

/** Everything one page leaves behind, undone by finish() — from normal code, a signal or process exit. */
export class PageCleanup {
  /** Process groups of the page's blocks, stopped at the end (background blocks, `cmd &` jobs). */
  readonly processGroups = new Set<number>();
  private ledger?: Ledger;
  private done = false;

  private constructor(private readonly options: CleanupOptions) {}

  /** True once the page was undone, e.g. by Ctrl-C: no further block may run, it would leave things behind. */
  get finished(): boolean {
    return this.done;
  }

  /** Snapshots the engine and writes the ledger before the page's first block. */
  static async begin(options: CleanupOptions): Promise<PageCleanup> {
    const cleanup = new PageCleanup(options);
    if (options.engine) {
      reconcileLedger(options.ledgerPath);
      const snapshot = await takeSnapshot(options.engine);
      const ledger = {
        pid: process.pid,
        marker: options.marker,
        scope: options.engine,
        snapshot,
        tempDirs: options.tempDirs,
      };
      writeFileSync(options.ledgerPath, JSON.stringify(ledger));
      cleanup.ledger = ledger;
    }
    active.add(cleanup);
    installInterruptCleanup();
    return cleanup;
  }

  /** The normal end of a page: lists the engine through the API, then undoes the page like finish(). */
  async finishAsync(): Promise<string[]> {
    // Stop the page's processes first, so nothing they create slips in after the listing.
    this.stopProcesses();
    return this.finish(this.ledger && !this.done ? await takeSnapshot(this.ledger.scope) : undefined);
  }

  private stopProcesses(): void {
    for (const pgid of this.processGroups) killGroup(pgid);
    killMarked(this.options.marker);
  }

  /** Synchronous, so signal and exit handlers can run it; returns engine objects it could not remove. */
  finish(now?: Snapshot): string[] {
    if (this.done) return [];
    this.done = true;
    active.delete(this);
    this.stopProcesses();
    const ledger = this.ledger;
    const failures = ledger ? restoreSnapshot(ledger.snapshot, now ?? takeSnapshotSync(ledger.scope)) : [];
    for (const dir of this.options.tempDirs) removeDir(dir);
    if (this.ledger && failures.length === 0) rmSync(this.options.ledgerPath, { force: true });
    return failures;
  }
}

const active = new Set<PageCleanup>();
let installed = false;

/** Ctrl-C or a kill during a page still removes what the page created, then dies of the same signal. */
export function installInterruptCleanup(): void {
  if (installed) return;
  installed = true;
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const page of [...active]) page.finish();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A worker ended with process.exit() mid-page: exit handlers may only run synchronous code, which this is.
  process.on('exit', () => {
    for (const page of [...active]) page.finish();
  });
  // A vitest worker whose parent was interrupted alone is orphaned mid-page: clean up and leave with it.
  process.on('disconnect', () => {
    if (active.size === 0) return;
    for (const page of [...active]) page.finish();
    process.exit(130);
  });
}

/**
 * Undoes a page whose run was killed before it could clean up (its ledger is still there). If the run that
 * wrote the ledger is still alive, `busy: 'throw'` refuses to share the engine, `'skip'` leaves it be.
 */
export function reconcileLedger(ledgerPath: string = DEFAULT_LEDGER, busy: 'throw' | 'skip' = 'throw'): string[] {
  let ledger: Ledger;
  try {
    ledger = JSON.parse(readFileSync(ledgerPath, 'utf8')) as Ledger;
  } catch {
    return [];
  }
  if (ledger.pid !== process.pid && isAlive(ledger.pid)) {
    if (busy === 'skip') return [];
    throw new Error(
      `another doc run (pid ${ledger.pid}) is using the engine; wait for it, or delete ${ledgerPath} if it is gone`,
    );
  }
  killMarked(ledger.marker);
  const failures = restoreSnapshot(ledger.snapshot, takeSnapshotSync(ledger.scope));
  for (const dir of ledger.tempDirs) removeDir(dir);
  if (failures.length === 0) rmSync(ledgerPath, { force: true });
  return failures;
}

/**
 * The part of reconcileLedger that needs no engine: stops the processes and removes the folders of a page whose run
 * was killed. For a run on the tests' own engine, whose objects the run's start removes wholesale. Returns whether a
 * killed page was found.
 */
export function stopKilledPage(ledgerPath: string = DEFAULT_LEDGER): boolean {
  let ledger: Ledger;
  try {
    ledger = JSON.parse(readFileSync(ledgerPath, 'utf8')) as Ledger;
  } catch {
    return false;
  }
  if (ledger.pid !== process.pid && isAlive(ledger.pid)) return false;
  killMarked(ledger.marker);
  for (const dir of ledger.tempDirs) removeDir(dir);
  rmSync(ledgerPath, { force: true });
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Finds processes by the marker in their environment (Linux /proc): catches what escaped its process group. */
function killMarked(marker: string): void {
  const needle = `${RUN_MARKER}=${marker}\0`;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      if (`\0${readFileSync(`/proc/${pid}/environ`, 'latin1')}`.includes(`\0${needle}`))
        process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Gone, or not ours to read.
    }
  }
}

function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch (error) {
    // Files a container wrote as root into a bind mount may resist a non-root runner; the OS clears tmp later.
    console.warn(`could not remove ${dir}: ${(error as Error).message}`);
  }
}
