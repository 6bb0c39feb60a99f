import { expect } from 'vitest';
import { defineScenario } from '../../runner';
import { readerApp as app } from '../../support/reader-app';

export default defineScenario({
  // The reader opens http://localhost:3000 and adds an item.
  run: async (ctx) => {
    await ctx.waitForHttp(`${app.url}/`, { bodyIncludes: '<html' });
    const page = await app.request('/');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);

    expect(await app.items()).toEqual([]);
    const created = await app.sendJson('POST', '/items', { name: '도커 배우기' });
    expect(created.status).toBe(201);
    const item = await created.json();
    expect(item).toMatchObject({ name: '도커 배우기', completed: false });
    expect(await app.items()).toEqual([item]);
  },

  // The page says the item added to the first container is gone: the new container starts clean.
  'run-named': async (ctx) => {
    await ctx.waitForHttp(`${app.url}/items`);
    expect(await app.items()).toEqual([]);
    expect((await ctx.sh(`docker inspect -f '{{.State.Running}}' todo`)).trim()).toBe('true');
  },

  // The page says the container is gone and http://localhost:3000 no longer answers.
  rm: async (ctx) => {
    expect(await ctx.sh(`docker ps -aq --filter name=^/todo$`)).toBe('');
    await expect(fetch(`${app.url}/items`, { signal: AbortSignal.timeout(5000) })).rejects.toThrow();
  },
});
