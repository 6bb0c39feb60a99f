import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';
import { addInBrowser, itemsWhenUp, readerApp } from '../../support/reader-app';
import type { Item } from '../../support/todo-client';
import { waitUntil } from '../../support/wait-until';

// What the shown outputs print, as `docker logs` (a plain pipe) gives it to a hidden check.
const STARTED = 'Using sqlite database at /etc/todos/todo.db\nListening on port 3000\n';
const STOPPED = 'Received SIGTERM, shutting down\nClosed the database. Bye!\n';
const FOLLOW_ENDS_MS = 10_000;

const inspect = async (ctx: ScenarioContext, format: string): Promise<string> =>
  (await ctx.sh(`docker inspect --format '${format}' todo`)).trim();

// The items the reader added first; the exercise promises they come back once the setting is fixed.
let saved: Item[] = [];
let followed: ScenarioContext['output'] | undefined;

export default defineScenario({
  // The reader opens the app in the browser and adds two items.
  run: async (ctx) => {
    await addInBrowser(ctx, 'Buy milk');
    await addInBrowser(ctx, 'Learn Docker');
    saved = await itemsWhenUp(ctx);
    expect(saved).toHaveLength(2);
  },

  follow: async (ctx) => {
    followed = ctx.output;
  },

  // The second terminal shows the shutdown lines; -f does not wait on a stopped container.
  stop: async (ctx) => {
    const shown = async (): Promise<string> => (await followed!()).trimEnd();
    const ended = async (): Promise<true | undefined> => (await shown()).endsWith(STOPPED.trimEnd()) || undefined;
    await waitUntil('the followed logs to show the shutdown', ended, { timeoutMs: FOLLOW_ENDS_MS, intervalMs: 100 });
    expect(await shown()).toBe((STARTED + STOPPED).trimEnd());
    expect(await ctx.sh('docker logs -f todo', { timeoutMs: FOLLOW_ENDS_MS })).toBe(STARTED + STOPPED);
  },

  // The page waited until the app answers: the same items, from the same volume.
  'wait-start': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual(saved);
  },

  // The other form the page names: a relative time such as 10m.
  since: async (ctx) => {
    expect(await ctx.sh('docker logs --since 10m todo')).toBe(STARTED + STOPPED + STARTED);
  },

  // The shell the reader leaves does not take the app with it; slim images carry neither ps nor curl.
  'exec-ls': async (ctx) => {
    await ctx.sh(`docker exec todo sh -c exit`);
    expect(await inspect(ctx, '{{.State.Status}}')).toBe('running');
    expect(await ctx.sh(`docker exec todo sh -c 'for c in ps curl; do command -v $c; done; true'`)).toBe('');
  },

  // The address answers for the app (from where the engine's bridge is reachable, as on Linux).
  'inspect-ip': async (ctx) => {
    const ip = (await ctx.output()).trim();
    const reply = await ctx.waitForHttp(`http://${ip}:3000/items`);
    expect(JSON.parse(reply.body)).toEqual(saved);
  },

  // The copy is the app's database: SQLite keeps the item names as plain text.
  'cp-out': async (ctx) => {
    const copy = readFileSync(path.join(ctx.cwd, 'todo-backup.db'));
    expect(copy.subarray(0, 15).toString()).toBe('SQLite format 3');
    for (const item of saved) expect(copy.includes(Buffer.from(item.name))).toBe(true);
  },

  // PID is the host's number for the app; UID is the host's name for uid 1000, or the number itself.
  top: async (ctx) => {
    const row = (await ctx.output()).split('\n').find((line) => line.endsWith('node src/index.js'));
    const [uid, pid] = row!.split(/\s+/);
    expect(pid).toBe(await inspect(ctx, '{{.State.Pid}}'));
    const hostName = (await ctx.sh(`getent passwd 1000 | cut -d: -f1 || true`)).trim();
    expect(uid).toBe(hostName || '1000');
  },

  // Without a limit the container may use all the memory of the machine the engine runs on; plain stats keeps going.
  stats: async (ctx) => {
    const row = (await ctx.output()).split('\n').find((line) => line.includes(' todo '));
    const limit = /\/ ([\d.]+)GiB/.exec(row!)?.[1];
    expect(Number(limit)).toBeCloseTo(os.totalmem() / 2 ** 30, 1);
    expect(await ctx.sh('timeout -s KILL 2 docker stats todo >/dev/null || echo $?')).toBe('137\n');
  },

  // The reader reloads the page: an empty list, although the volume is the same.
  'run-broken': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
  },

  // What the reader would add now lands in /tmp/todos: the page says it goes when the container goes.
  'broken-ls': async (ctx) => {
    await addInBrowser(ctx, 'Lost with the container');
  },

  // The first items are back, the one added to the broken container and the copied-in page are gone.
  'wait-fixed': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual(saved);
    const page = await fetch(`${readerApp.url}/hello.html`);
    expect(page.status).toBe(404);
  },

  'volume-rm': async (ctx) => {
    expect(await ctx.sh('docker ps -aq --filter name=^/todo$')).toBe('');
  },

  'rm-backup': async (ctx) => {
    expect(await ctx.sh('ls')).not.toContain('todo-backup.db');
  },

  'image-rm': async (ctx) => {
    expect(await ctx.sh('docker image ls -q docker-101')).toBe('');
  },
});
