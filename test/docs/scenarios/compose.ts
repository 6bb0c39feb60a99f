import { expect } from 'vitest';
import { readerApp, itemsWhenUp } from '../../support/reader-app';
import type { Item } from '../../support/todo-client';
import { defineScenario, type ScenarioContext } from '../../runner';

const APP = readerApp.url;
const CONTAINER = 'todo-app-app-1';
const VOLUME = 'todo-app_todo-db';

// What the reader added in the browser after the first `up`; the page promises it survives `down` + `up`.
let added: Item | undefined;

const volumeExists = async (ctx: ScenarioContext): Promise<boolean> =>
  (await ctx.sh(`docker volume ls -q --filter name=^${VOLUME}$`)).trim() === VOLUME;

const containerExists = async (ctx: ScenarioContext): Promise<boolean> =>
  (await ctx.sh(`docker ps -aq --filter name=^/${CONTAINER}$`)).trim() !== '';

// Compose prints to a pipe with terminal control codes (erase line) that a reader's terminal swallows.
const plain = (text: string): string => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

export default defineScenario({
  // `--wait` returned, so the healthcheck has passed; the reader adds an item in the browser.
  up: async (ctx) => {
    expect((await ctx.sh(`docker inspect -f '{{.State.Health.Status}}' ${CONTAINER}`)).trim()).toBe('healthy');
    expect(await itemsWhenUp(ctx)).toEqual([]);
    const created = await fetch(`${APP}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'compose로 띄우기' }),
    });
    expect(created.status).toBe(201);
    added = (await created.json()) as Item;
    expect(await itemsWhenUp(ctx)).toEqual([added]);
  },

  ps: async (ctx) => {
    const row = plain((await ctx.output())).split('\n').find((line) => line.startsWith(`${CONTAINER} `));
    expect(row, `docker compose ps should list ${CONTAINER}`).toBeDefined();
    expect(row).toMatch(/^todo-app-app-1\s+todo-app-app\s+"docker-entrypoint\.s…"\s+app\s+.*Up .*\(healthy\)\s+0\.0\.0\.0:3000->3000\/tcp/);
  },

  logs: async (ctx) => {
    expect(plain((await ctx.output()))).toContain(
      'app-1  | Using sqlite database at /etc/todos/todo.db\napp-1  | Listening on port 3000\n',
    );
  },

  // The container and its network are gone, the app no longer answers, the volume is kept.
  down: async (ctx) => {
    expect(await containerExists(ctx)).toBe(false);
    expect(await ctx.sh(`docker network ls -q --filter name=^todo-app_default$`)).toBe('');
    await expect(fetch(`${APP}/items`, { signal: AbortSignal.timeout(5000) })).rejects.toThrow();
    expect(await volumeExists(ctx)).toBe(true);
  },

  'volume-ls': async (ctx) => {
    expect((await ctx.output())).toMatch(new RegExp(`^local\\s+${VOLUME}$`, 'm'));
  },

  // A new container on the same volume shows the very item added before.
  'up-again': async (ctx) => {
    expect(added, 'the item added after the first up').toBeDefined();
    expect(await itemsWhenUp(ctx)).toEqual([added]);
  },

  // `down -v` removed the volume, and with it the database: the data is gone.
  'down-volumes': async (ctx) => {
    expect(await containerExists(ctx)).toBe(false);
    expect(await volumeExists(ctx)).toBe(false);
  },
});
