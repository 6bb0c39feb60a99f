import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import Docker from 'dockerode';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { boxAnswers, stopBox } from '../../scripts/test/box';
import { waitUntil } from '../support/wait-until';
import { BOX, boxEngine, startRun } from './support';

// The reader's own engine, as their terminal reaches it.
const reader = new Docker(process.env.DOCKER_HOST ? undefined : { socketPath: '/var/run/docker.sock' });
const suffix = `${process.pid}-${Date.now().toString(36)}`;
const OWN = {
  image: `docker101-reader-own:${suffix}`,
  container: `docker101-reader-own-${suffix}`,
  volume: `docker101-reader-own-${suffix}`,
};
const dir = mkdtempSync(path.join(os.tmpdir(), 'docker101-reader-'));

/** An image of nothing, so the reader's container needs no registry and no base image. */
async function importEmptyImage(): Promise<void> {
  const tar = new PassThrough();
  tar.end(Buffer.alloc(1024));
  const [repo, tag] = OWN.image.split(':');
  const reply = await reader.importImage(tar as unknown as NodeJS.ReadableStream, { repo, tag });
  await new Promise<void>((resolve, reject) => reply.on('end', resolve).on('error', reject).resume());
}

beforeAll(async () => {
  if (await boxAnswers(BOX)) await stopBox(BOX);
});

afterAll(async () => {
  await reader
    .getContainer(OWN.container)
    .remove({ force: true })
    .catch(() => undefined);
  await reader
    .getVolume(OWN.volume)
    .remove()
    .catch(() => undefined);
  await reader
    .getImage(OWN.image)
    .remove()
    .catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

test("a run never touches the reader's own containers and volumes, made while a page runs and cleans up", {
  timeout: 300_000,
}, async () => {
  const go = path.join(dir, 'go');
  const run = await startRun(['engine'], 'outside', { ISOLATION_GO: go });
  const { child, output } = run;

  // While the page holds its own container and volume, the reader makes theirs in another terminal.
  const box = boxEngine();
  await waitUntil(
    'the page to make its container',
    async () => {
      if (child.exitCode !== null) throw new Error(`the run ended early:\n${output()}`);
      if (!(await boxAnswers(BOX))) return undefined;
      return (await box.listContainers()).some((c) => c.Names.includes('/isolation-page')) || undefined;
    },
    { timeoutMs: 180_000, intervalMs: 200 },
  );
  await importEmptyImage();
  await reader.createVolume({ Name: OWN.volume });
  await reader.createContainer({
    name: OWN.container,
    Image: OWN.image,
    Cmd: ['/nothing'],
    HostConfig: { Binds: [`${OWN.volume}:/data`] },
  });
  writeFileSync(go, '');

  expect((await run.exited).code, output()).toBe(0);
  // The page cleaned up after itself, on its own engine; the reader's objects are as they were.
  expect((await reader.getContainer(OWN.container).inspect()).State.Status).toBe('created');
  expect((await reader.getVolume(OWN.volume).inspect()).Name).toBe(OWN.volume);
  const readerNames = (await reader.listContainers({ all: true })).flatMap((c) => c.Names);
  expect(readerNames).not.toContain('/isolation-page');
  expect(((await reader.listVolumes()).Volumes ?? []).map((v) => v.Name)).not.toContain('isolation-page-volume');
});
