import { expect } from 'vitest';
import { addInBrowser, itemsWhenUp, readerApp } from '../../support/reader-app';
import type { Item } from '../../support/todo-client';
import { waitUntil } from '../../support/wait-until';
import { defineScenario, type ScenarioContext } from '../../runner';

const APP = readerApp.url;
const DB = 'todo-mysql';
const DB_READY_MS = 90_000;

// Items as the reader last saw them; the page promises they survive replacing either container.
let saved: Item[] = [];

/**
 * The reader waits until the log says the server listens on 3306; the image's own healthcheck says the
 * same thing without reading logs, for the real image and the stand-in alike.
 */
async function waitForDatabase(ctx: ScenarioContext, container: string): Promise<void> {
  const ready = async (): Promise<true> => {
    await ctx.sh(`docker exec ${container} healthcheck.sh --connect --innodb_initialized`);
    return true;
  };
  await waitUntil(`${container} to be ready`, ready, { timeoutMs: DB_READY_MS, intervalMs: 500 });
}

const logs = (ctx: ScenarioContext, container: string): Promise<string> => ctx.sh(`docker logs ${container} 2>&1`);

const exists = async (ctx: ScenarioContext, kind: 'container' | 'network' | 'volume', name: string): Promise<boolean> => {
  const list = { container: 'docker ps -aq --filter name=^/', network: 'docker network ls -q --filter name=^', volume: 'docker volume ls -q --filter name=^' }[kind];
  return (await ctx.sh(`${list}${name}$`)).trim() !== '';
};

export default defineScenario({
  'network-create': async (ctx) => {
    expect(await ctx.sh(`docker network inspect -f '{{.Driver}}' todo-app`)).toBe('bridge\n');
  },

  'run-mysql': async (ctx) => {
    await waitForDatabase(ctx, DB);
    expect(await logs(ctx, DB)).toMatch(/port: 3306/);
  },

  'show-databases': async (ctx) => {
    const lines = (await ctx.output()).trim().split('\n');
    expect(lines[0]).toBe('Database');
    expect(lines).toContain('todos');
  },

  // Docker's DNS on the network answers `mysql` with the database container's address.
  dns: async (ctx) => {
    const ip = (await ctx.sh(`docker inspect -f '{{(index .NetworkSettings.Networks "todo-app").IPAddress}}' ${DB}`)).trim();
    expect(ip).not.toBe('');
    expect((await ctx.output())).toMatch(new RegExp(`^${ip.replaceAll('.', '\\.')}\\s+mysql$`, 'm'));
  },

  'run-app': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
    await addInBrowser(ctx, '우유 사기');
  },

  logs: async (ctx) => {
    expect((await ctx.output())).toBe('Connected to mysql db at host mysql\nListening on port 3000\n');
  },

  'add-item': async (ctx) => {
    const added = JSON.parse((await ctx.output())) as Item;
    expect(added).toMatchObject({ name: 'Learn Docker 🐳', completed: false });
    saved = await itemsWhenUp(ctx);
    expect(saved.map((i) => i.name)).toEqual(['우유 사기', 'Learn Docker 🐳']);
  },

  // The rows the database holds are the app's items, emoji included (utf8mb4 end to end).
  select: async (ctx) => {
    const [header, ...rows] = (await ctx.output()).trimEnd().split('\n');
    expect(header).toBe('seq\tid\tname\tcompleted');
    expect(rows).toEqual(saved.map((item, i) => `${i + 1}\t${item.id}\t${item.name}\t0`));
  },

  // A new app container without any volume shows the very same items: they live in the database.
  'run-app-again': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual(saved);
  },

  // With the database gone the app still runs, but cannot list the items.
  'rm-mysql': async (ctx) => {
    const reply = await fetch(`${APP}/items`, { signal: AbortSignal.timeout(10_000) });
    expect(reply.status).toBe(500);
    expect(await ctx.sh(`docker inspect -f '{{.State.Running}}' todo`)).toBe('true\n');
  },

  // The volume already holds a database: no second initialization, and the app finds the same items.
  'run-mysql-again': async (ctx) => {
    await waitForDatabase(ctx, DB);
    expect(await logs(ctx, DB)).not.toContain('Initializing database files');
    expect(await itemsWhenUp(ctx)).toEqual(saved);
  },

  'clean-up': async (ctx) => {
    expect((await ctx.output())).toBe('todo-mysql-data\n');
    for (const name of ['todo', DB]) expect(await exists(ctx, 'container', name)).toBe(false);
    expect(await exists(ctx, 'network', 'todo-app')).toBe(false);
  },
});
