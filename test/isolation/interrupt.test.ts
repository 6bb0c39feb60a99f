import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { boxAnswers, startBox, stopBox } from '../../scripts/test/box';
import { waitUntil } from '../support/wait-until';
import { BOX, boxEngine, type Run, startRun } from './support';

/** The fixture says so on the run's output; a doc page's block prints to its own terminal, so its container tells. */
const ready = (run: Run): Promise<true> =>
  waitUntil(
    'the fixture to hold its objects',
    async () => {
      if (run.child.exitCode !== null) throw new Error(`the run ended early:\n${run.output()}`);
      if (run.output().includes('ISOLATION-FIXTURE-READY')) return true;
      if (!(await boxAnswers(BOX))) return undefined;
      const engine = boxEngine();
      const names = (await engine.listContainers()).flatMap((c) => c.Names);
      return names.includes('/isolation-page') || undefined;
    },
    { timeoutMs: 180_000, intervalMs: 200 },
  );

/** What the box holds besides its base image; starts it to look when a run stopped it. */
async function leftovers(): Promise<Record<string, string[]>> {
  const started = await startBox(BOX);
  try {
    const engine = boxEngine();
    return {
      containers: (await engine.listContainers({ all: true })).flatMap((c) => c.Names),
      volumes: ((await engine.listVolumes()).Volumes ?? []).map((v) => v.Name),
      networks: (await engine.listNetworks()).map((n) => n.Name).filter((n) => !['bridge', 'host', 'none'].includes(n)),
      images: (await engine.listImages()).flatMap((i) => i.RepoTags ?? []).filter((t) => t !== 'debian:trixie-slim'),
    };
  } finally {
    if (started) await stopBox(BOX);
  }
}

const NOTHING = { containers: [], volumes: [], networks: [], images: [] };
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

describe('npm test interrupted leaves nothing of its run behind', () => {
  let run: Run | undefined;
  // Every case begins as a fresh `npm test` does, with the box stopped, so it is the run that starts it.
  beforeEach(async () => {
    if (await boxAnswers(BOX)) await stopBox(BOX);
  });
  afterEach(async () => {
    if (run?.child.exitCode === null && run.child.pid) process.kill(-run.child.pid, 'SIGKILL');
    run = undefined;
  });
  afterAll(async () => {
    if (await boxAnswers(BOX)) await stopBox(BOX);
  });

  for (const [fixture, phase, during] of [
    ['containers', 'engine', 'a testcontainers test'],
    ['docs', 'engine', 'a doc page'],
  ] as const) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      test(`${signal} during ${during}: the run empties and stops its engine before it exits`, {
        timeout: 300_000,
      }, async () => {
        run = await startRun([phase], fixture);
        await ready(run);
        // Ctrl-C goes to the terminal's whole foreground job; a SIGTERM (a CI timeout, `kill`) to the run alone.
        if (signal === 'SIGINT') process.kill(-run.child.pid!, 'SIGINT');
        else process.kill(run.child.pid!, 'SIGTERM');
        expect((await run.exited).code, run.output()).toBe(SIGNAL_EXIT[signal]);
        expect(await boxAnswers(BOX)).toBe(false);
        expect(await leftovers()).toEqual(NOTHING);
      });
    }

    test(`SIGKILL during ${during}: the next run starts on an engine with nothing of it`, {
      timeout: 300_000,
    }, async () => {
      run = await startRun([phase], fixture);
      await ready(run);
      process.kill(-run.child.pid!, 'SIGKILL');
      await run.exited;
      // Killed outright, nothing of the run could clean up: its objects are still there for the next run to find.
      expect(Object.values(await leftovers()).flat().length).toBeGreaterThan(0);
      run = await startRun(['engine'], 'empty');
      expect((await run.exited).code, run.output()).toBe(0);
      expect(await leftovers()).toEqual(NOTHING);
    });
  }

  test('Ctrl-C during the browser tests: the engine the run started is emptied and stopped', async () => {
    run = await startRun(['engine', 'site'], 'empty');
    await ready(run);
    process.kill(-run.child.pid!, 'SIGINT');
    expect((await run.exited).code, run.output()).toBe(130);
    expect(await boxAnswers(BOX)).toBe(false);
    expect(await leftovers()).toEqual(NOTHING);
  });
});
