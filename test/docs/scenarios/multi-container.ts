import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';
import { addInBrowser, itemsWhenUp, readerApp } from '../../support/reader-app';
import type { Item } from '../../support/todo-client';

const APP = readerApp.url;
const DB = 'todo-mysql';

// Items as the reader last saw them; the page promises they survive replacing either container.
let saved: Item[] = [];

const logs = (ctx: ScenarioContext, container: string): Promise<string> => ctx.sh(`docker logs ${container} 2>&1`);

const exists = async (
  ctx: ScenarioContext,
  kind: 'container' | 'network' | 'volume',
  name: string,
): Promise<boolean> => {
  const list = {
    container: 'docker ps -aq --filter name=^/',
    network: 'docker network ls -q --filter name=^',
    volume: 'docker volume ls -q --filter name=^',
  }[kind];
  return (await ctx.sh(`${list}${name}$`)).trim() !== '';
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineScenario({
  'network-create': async (ctx) => {
    expect(await ctx.sh(`docker network inspect -f '{{.Driver}}' todo-app`)).toBe('bridge\n');
  },

  // Docker's DNS on the network answers `mysql` with the database container's address.
  dns: async (ctx) => {
    const ip = (
      await ctx.sh(`docker inspect -f '{{(index .NetworkSettings.Networks "todo-app").IPAddress}}' ${DB}`)
    ).trim();
    expect(ip).not.toBe('');
    expect(await ctx.output()).toMatch(new RegExp(`^${escapeRe(ip)}\\s+mysql$`, 'm'));
  },

  // The page waited until the app answers: an empty list, on a fresh database.
  'wait-app': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
  },

  // After reading the logs, the reader opens the app in the browser and adds an item there.
  logs: async (ctx) => {
    await addInBrowser(ctx, 'Buy milk');
  },

  'add-item': async (ctx) => {
    saved = await itemsWhenUp(ctx);
    expect(saved.map((i) => i.name)).toEqual(['Buy milk', 'Learn Docker 🐳']);
    expect(await ctx.output()).toContain(`"id":"${saved[1]!.id}"`);
  },

  // The rows the database holds are the app's items, ids included, emoji intact (utf8mb4 end to end).
  select: async (ctx) => {
    const output = await ctx.output();
    saved.forEach((item, i) => {
      expect(output).toMatch(new RegExp(`^${i + 1}\\s+${escapeRe(item.id)}\\s+${escapeRe(item.name)}\\s+0$`, 'm'));
    });
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

  // The reader refreshes until the list loads again: the same items, and no second initialization of the volume.
  'run-mysql-again': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual(saved);
    expect(await logs(ctx, DB)).not.toContain('Initializing database files');
  },

  'clean-up': async (ctx) => {
    for (const name of ['todo', DB]) expect(await exists(ctx, 'container', name)).toBe(false);
    expect(await exists(ctx, 'network', 'todo-app')).toBe(false);
  },
});
