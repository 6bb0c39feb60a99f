import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runFixture } from '../fixtures';
import { reconcileLedger } from './cleanup';
import { takeSnapshotSync } from './snapshot';
import { docker, labelled, removeLabelled, requireImage, TEST_LABEL } from './test-engine';

describe('engine cleanup around a page', () => {
  const ledgerPath = path.join(os.tmpdir(), `docs101-cleanup-test-${process.pid}.json`);
  let keptImage = '';

  beforeAll(() => {
    requireImage('debian:trixie-slim');
    removeLabelled();
    const dockerfile = 'FROM debian:trixie-slim\nLABEL version=1\n';
    const args = ['build', '-q', '--label', `${TEST_LABEL}=cleanup`, '-t', 'docs101-cleanup-test:keep', '-'];
    keptImage = execFileSync('docker', args, { input: dockerfile, encoding: 'utf8' }).trim();
  }, 60_000);
  afterAll(removeLabelled);

  test('removes what the page added, puts a moved tag back and keeps what existed, even after a failing block', async () => {
    docker('volume', 'create', '--label', `${TEST_LABEL}=cleanup`, 'docs101-cleanup-keep');
    const before = labelled();
    const report = await runFixture('cleanup', 'docs/page.md', { engine: { label: TEST_LABEL }, ledgerPath });

    expect(report.outcomes.map((o) => o.status)).toEqual(['ran', 'failed']);
    expect(report.errors).toEqual([]);
    expect(labelled()).toEqual(before);
    expect(docker('image', 'inspect', '-f', '{{.Id}}', 'docs101-cleanup-test:keep')).toBe(keptImage);
    expect(existsSync(ledgerPath)).toBe(false);
  }, 60_000);

  test('a ledger left by a killed run is undone by the next run; one whose run is alive is left alone', () => {
    const snapshot = takeSnapshotSync({ label: TEST_LABEL });
    docker('volume', 'create', '--label', `${TEST_LABEL}=ledger`, 'docs101-ledger-vol');
    const write = (pid: number): void =>
      writeFileSync(
        ledgerPath,
        JSON.stringify({ pid, marker: 'none', scope: { label: TEST_LABEL }, snapshot, tempDirs: [] }),
      );

    const alive = spawn('sleep', ['30']);
    try {
      write(alive.pid!);
      expect(() => reconcileLedger(ledgerPath)).toThrow(`another doc run (pid ${alive.pid}) is using the engine`);
      expect(reconcileLedger(ledgerPath, 'skip')).toEqual([]);
      expect(labelled().volumes).toContain('docs101-ledger-vol');
    } finally {
      alive.kill('SIGKILL');
    }

    write(spawnSync('true').pid);
    expect(reconcileLedger(ledgerPath)).toEqual([]);
    expect(labelled().volumes).not.toContain('docs101-ledger-vol');
    expect(existsSync(ledgerPath)).toBe(false);
  });
});
