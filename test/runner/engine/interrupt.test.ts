import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { tsScript } from '../../../scripts/test/child';
import { REPO_ROOT } from '../../../src/contract/paths';
import { waitUntil } from '../../support/wait-until';
import { FIXTURES, processRunning } from '../fixtures';
import { labelled, removeLabelled, requireImage, TEST_LABEL } from './test-engine';

const PAGE = path.join(FIXTURES, 'interrupt/docs/page.md');
const nothing = { containers: [], images: [], volumes: [], networks: [] };

const withoutVitest = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST')));

const workspaces = (): string[] => readdirSync(os.tmpdir()).filter((n) => n.startsWith('docker101-docs-page-'));

const until = (what: string, check: () => boolean, timeoutMs = 60_000): Promise<true> =>
  waitUntil(what, async () => check() || undefined, { timeoutMs, intervalMs: 100 });

const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

describe('Ctrl-C during a page', () => {
  const ledgerPath = path.join(os.tmpdir(), `docs101-interrupt-test-${process.pid}.json`);
  let child: ChildProcess | undefined;
  let workspacesBefore: string[] = [];

  beforeAll(() => requireImage('debian:trixie-slim'));

  afterEach(() => {
    // The test's own safety net, so a failed assertion leaves nothing behind either.
    try {
      if (child?.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone, as it should be.
    }
    for (const pattern of ['^sleep 424[56]$'])
      if (processRunning(pattern)) execFileSync('pkill', ['-KILL', '-f', pattern]);
    removeLabelled();
    rmSync(ledgerPath, { force: true });
  });

  const start = (command: string[]): ChildProcess => {
    workspacesBefore = workspaces();
    // Own process group, like a terminal's foreground job, so the test can press "Ctrl-C" on the whole group.
    return spawn(command[0]!, command.slice(1), {
      cwd: REPO_ROOT,
      detached: true,
      stdio: 'ignore',
      // Without this worker's VITEST* variables, so the child vitest starts as it would from a terminal.
      env: { ...withoutVitest(process.env), DOCKER101_DOCS_LEDGER: ledgerPath },
    });
  };

  const expectNothingLeft = async (): Promise<void> => {
    // The runner may still be finishing its cleanup when the front process has gone.
    await until('the ledger is gone', () => !existsSync(ledgerPath), 30_000);
    expect(labelled()).toEqual(nothing);
    expect(processRunning('^sleep 4246$')).toBe(false);
    expect(workspaces().filter((w) => !workspacesBefore.includes(w))).toEqual([]);
  };

  test('the CLI removes the container, the volume, the processes and the workspace, then dies of SIGINT', async () => {
    child = start(tsScript('test/runner/cli.ts', 'test', PAGE, '--label', TEST_LABEL));
    await until('the page waits in its second block', () => processRunning('^sleep 4246$'));
    expect(labelled().containers).toHaveLength(1);
    process.kill(child.pid!, 'SIGINT');
    expect(await exited(child)).toEqual({ code: null, signal: 'SIGINT' });
    await expectNothingLeft();
  }, 90_000);

  test('`vitest run` cleans up the same way when the terminal sends SIGINT to its process group', async () => {
    child = start(['node_modules/.bin/vitest', 'run', '--config', 'test/runner/fixtures/interrupt/vitest.config.mts']);
    await until('the page waits in its second block', () => processRunning('^sleep 4246$'));
    expect(labelled().containers).toHaveLength(1);
    process.kill(-child.pid!, 'SIGINT');
    await exited(child);
    await expectNothingLeft();
  }, 90_000);

  test('a vitest worker orphaned by SIGINT to vitest alone cleans up as well', async () => {
    child = start(['node_modules/.bin/vitest', 'run', '--config', 'test/runner/fixtures/interrupt/vitest.config.mts']);
    await until('the page waits in its second block', () => processRunning('^sleep 4246$'));
    process.kill(child.pid!, 'SIGINT');
    await exited(child);
    await expectNothingLeft();
  }, 90_000);
});
