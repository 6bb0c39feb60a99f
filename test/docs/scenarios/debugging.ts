import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { addInBrowser, itemsWhenUp, readerApp } from '../../support/reader-app';
import type { Item } from '../../support/todo-client';
import { waitUntil } from '../../support/wait-until';
import { defineScenario, type ScenarioContext } from '../../runner';

const STARTED = 'Using sqlite database at /etc/todos/todo.db\nListening on port 3000\n';
const STOPPED = 'Received SIGTERM, shutting down\nClosed the database. Bye!\n';
const FOLLOW_ENDS_MS = 10_000;

const inspect = async (ctx: ScenarioContext, format: string): Promise<string> =>
  (await ctx.sh(`docker inspect --format '${format}' todo`)).trim();

// The items the reader added first; the exercise promises they come back once the setting is fixed.
let saved: Item[] = [];
let followed: ScenarioContext['output'] | undefined;

export default defineScenario({
  run: async (ctx) => {
    await addInBrowser(ctx, '우유 사기');
    await addInBrowser(ctx, 'Learn Docker');
    saved = await itemsWhenUp(ctx);
    expect(saved).toHaveLength(2);
  },

  logs: async (ctx) => {
    expect((await ctx.output())).toBe(STARTED);
  },

  follow: async (ctx) => {
    followed = ctx.output;
  },

  // The second terminal shows the shutdown lines; -f does not wait on a stopped container.
  stop: async (ctx) => {
    const ended = async (): Promise<true | undefined> => (await followed!()).endsWith(STOPPED) || undefined;
    await waitUntil('the followed logs to show the shutdown', ended, { timeoutMs: FOLLOW_ENDS_MS, intervalMs: 100 });
    expect(await followed!()).toBe(STARTED + STOPPED);
    expect(await ctx.sh('docker logs -f todo', { timeoutMs: FOLLOW_ENDS_MS })).toBe(STARTED + STOPPED);
  },

  start: async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual(saved);
  },

  'logs-again': async (ctx) => {
    expect((await ctx.output())).toBe(STARTED + STOPPED + STARTED);
  },

  tail: async (ctx) => {
    expect((await ctx.output())).toBe(STARTED);
  },

  // Both forms the page names: a start time, and a relative one such as 10m.
  since: async (ctx) => {
    expect((await ctx.output())).toBe(STARTED);
    expect(await ctx.sh('docker logs --since 10m todo')).toBe(STARTED + STOPPED + STARTED);
  },

  // The shell the reader leaves does not take the app with it; slim images carry neither ps nor curl.
  'exec-ls': async (ctx) => {
    expect((await ctx.output())).toMatch(/^total \d+\n-rw-r--r-- 1 node node \d+ .+ todo\.db\n$/);
    await ctx.sh(`docker exec todo sh -c exit`);
    expect(await inspect(ctx, '{{.State.Status}}')).toBe('running');
    expect(await ctx.sh(`docker exec todo sh -c 'for c in ps curl; do command -v $c; done; true'`)).toBe('');
  },

  'exec-id': async (ctx) => {
    expect((await ctx.output())).toBe('uid=1000(node) gid=1000(node) groups=1000(node)\n');
  },

  'inspect-state': async (ctx) => {
    expect((await ctx.output())).toMatch(/^running \d{4}-\d\d-\d\dT[\d:.]+Z\n$/);
  },

  // The address answers for the app (from where the engine's bridge is reachable, as on Linux).
  'inspect-ip': async (ctx) => {
    const ip = (await ctx.output()).trim();
    expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const reply = await ctx.waitForHttp(`http://${ip}:3000/items`);
    expect(JSON.parse(reply.body)).toEqual(saved);
  },

  'inspect-mounts': async (ctx) => {
    expect((await ctx.output())).toBe('volume todo-db /etc/todos\n');
  },

  // The copy is the app's database: SQLite keeps the item names as plain text.
  'cp-out': async (ctx) => {
    const copy = readFileSync(path.join(ctx.cwd, 'todo-backup.db'));
    expect(copy.subarray(0, 15).toString()).toBe('SQLite format 3');
    for (const item of saved) expect(copy.includes(Buffer.from(item.name))).toBe(true);
  },

  'curl-hello': async (ctx) => {
    const file = readFileSync(path.join(ctx.workspace, 'debugging/hello.html'), 'utf8');
    expect((await ctx.output())).toBe(file);
  },

  // PID is the host's number for the app; UID is the host's name for uid 1000, or the number itself.
  top: async (ctx) => {
    const [header, row, ...rest] = (await ctx.output()).trimEnd().split('\n');
    expect(header).toMatch(/^UID\s+PID\s+PPID\s+C\s+STIME\s+TTY\s+TIME\s+CMD$/);
    expect(rest).toEqual([]);
    const [uid, pid] = row!.split(/\s+/);
    expect(row).toMatch(/\snode src\/index\.js$/);
    expect(pid).toBe(await inspect(ctx, '{{.State.Pid}}'));
    const hostName = (await ctx.sh(`getent passwd 1000 | cut -d: -f1 || true`)).trim();
    expect(uid).toBe(hostName || '1000');
  },

  // Without a limit the container may use all the memory of the machine the engine runs on.
  stats: async (ctx) => {
    const [, row] = (await ctx.output()).trimEnd().split('\n');
    const limit = /\/ ([\d.]+)GiB/.exec(row!)?.[1];
    expect(Number(limit)).toBeCloseTo(os.totalmem() / 2 ** 30, 1);
    expect(await ctx.sh('timeout -s KILL 2 docker stats todo >/dev/null || echo $?')).toBe('137\n');
  },

  'run-broken': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
  },

  'broken-logs': async (ctx) => {
    expect((await ctx.output())).toBe('Using sqlite database at /tmp/todos/todo.db\nListening on port 3000\n');
  },

  'broken-mounts': async (ctx) => {
    expect((await ctx.output())).toBe('volume todo-db /etc/todos\n');
  },

  // What the reader would add now lands in /tmp/todos: the page says it goes when the container goes.
  'broken-ls': async (ctx) => {
    expect((await ctx.output())).toBe('/etc/todos:\ntodo.db\n\n/tmp/todos:\ntodo.db\n');
    await addInBrowser(ctx, 'lost with the container');
  },

  'broken-env': async (ctx) => {
    expect((await ctx.output())).toMatch(/^PORT=3000\nSQLITE_DB_LOCATION=\/tmp\/todos\/todo\.db\nPATH=/);
  },

  'check-env': async (ctx) => {
    expect((await ctx.output())).toBe('SQLITE_DB_LOCATION=/etc/todos/todo.db\n');
  },

  // The first items are back, the one added to the broken container and the copied-in page are gone.
  'run-fixed': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual(saved);
    const page = await fetch(`${readerApp.url}/hello.html`);
    expect(page.status).toBe(404);
  },

  'fixed-logs': async (ctx) => {
    expect((await ctx.output())).toBe(STARTED);
  },

  'volume-rm': async (ctx) => {
    expect((await ctx.output())).toBe('todo-db\n');
    expect(await ctx.sh('docker ps -aq --filter name=^/todo$')).toBe('');
  },

  'rm-backup': async (ctx) => {
    expect(await ctx.sh('ls')).not.toContain('todo-backup.db');
  },

  'image-rm': async (ctx) => {
    expect(await ctx.sh('docker image ls -q docker-101')).toBe('');
  },
});
