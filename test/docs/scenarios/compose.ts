import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';
import { addInBrowser, itemsWhenUp, readerApp } from '../../support/reader-app';
import type { Item } from '../../support/todo-client';

const APP = readerApp.url;
const CONTAINER = 'todo-app-app-1';
const VOLUME = 'todo-app_todo-db';
const TWO_SERVICES = 'todo-mariadb';

// What the reader added in the browser after the first `up`; the page promises it survives `down` + `up`.
let added: Item | undefined;
// What the reader added to the app running on MariaDB.
let composeItem: Item | undefined;

const volumeExists = async (ctx: ScenarioContext): Promise<boolean> =>
  (await ctx.sh(`docker volume ls -q --filter name=^${VOLUME}$`)).trim() === VOLUME;

const containerExists = async (ctx: ScenarioContext, name = CONTAINER): Promise<boolean> =>
  (await ctx.sh(`docker ps -aq --filter name=^/${name}$`)).trim() !== '';

const exists = async (ctx: ScenarioContext, kind: 'network' | 'volume' | 'image', name: string): Promise<boolean> => {
  const list = {
    network: `docker network ls -q --filter name=^${name}$`,
    volume: `docker volume ls -q --filter name=^${name}$`,
    image: `docker image ls -q ${name}`,
  }[kind];
  return (await ctx.sh(list)).trim() !== '';
};

export default defineScenario({
  // `--wait` returned (the output shows Healthy): the app answers, and the reader adds an item in the browser.
  up: async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
    const created = await fetch(`${APP}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Buy milk' }),
    });
    expect(created.status).toBe(201);
    added = (await created.json()) as Item;
    expect(await itemsWhenUp(ctx)).toEqual([added]);
  },

  // The container and its network are gone, the app no longer answers, the volume is kept.
  down: async (ctx) => {
    expect(await containerExists(ctx)).toBe(false);
    expect(await ctx.sh(`docker network ls -q --filter name=^todo-app_default$`)).toBe('');
    await expect(fetch(`${APP}/items`, { signal: AbortSignal.timeout(5000) })).rejects.toThrow();
    expect(await volumeExists(ctx)).toBe(true);
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

  // --wait returned (the output shows both Healthy): the app is on MariaDB, with a fresh, empty database.
  'compose-up': async (ctx) => {
    expect(await ctx.sh(`docker logs ${TWO_SERVICES}-app-1 2>&1`)).toContain('Connected to mysql db at host mysql');
    expect(await itemsWhenUp(ctx)).toEqual([]);
    composeItem = await addInBrowser(ctx, 'Learn Compose');
  },

  'compose-items': async (ctx) => {
    expect(JSON.parse(await ctx.output())).toEqual([composeItem]);
  },

  'compose-down': async (ctx) => {
    for (const service of ['app', 'mysql'])
      expect(await containerExists(ctx, `${TWO_SERVICES}-${service}-1`)).toBe(false);
    expect(await exists(ctx, 'volume', `${TWO_SERVICES}_todo-mysql-data`)).toBe(false);
    expect(await exists(ctx, 'network', `${TWO_SERVICES}_default`)).toBe(false);
  },

  // Both images compose built are gone; docker-101 stays for later chapters.
  'clean-up': async (ctx) => {
    expect(await exists(ctx, 'image', 'todo-app-app')).toBe(false);
    expect(await exists(ctx, 'image', `${TWO_SERVICES}-app`)).toBe(false);
  },
});
