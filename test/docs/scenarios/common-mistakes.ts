import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';
import { expectExampleRestored } from '../../support/example-files';
import { readerApp } from '../../support/reader-app';

const inspect = async (ctx: ScenarioContext, format: string, name: string): Promise<string> =>
  (await ctx.sh(`docker inspect -f '${format}' ${name}`)).trim();

export default defineScenario({
  'ps-all-box': async (ctx) => {
    expect(await inspect(ctx, '{{.State.ExitCode}}', 'box')).toBe('0');
  },

  // The second app answers on the host's port 3001, as the reader sees in the browser.
  'run-todo-2': async (ctx) => {
    await ctx.waitForHttp('http://localhost:3001/items');
    expect(await readerApp.items()).toEqual([]);
  },

  // Nothing listed: the folder was not mounted, an empty named volume "data" was.
  'volume-by-mistake': async (ctx) => {
    expect(await ctx.output()).toBe('');
    expect(await ctx.sh(`docker volume inspect -f '{{.Driver}}' data`)).toBe('local\n');
  },

  // nodemon polled, saw the change and restarted the app, which now answers with the new text.
  'poll-wait': async (ctx) => {
    await ctx.waitForHttp(`${readerApp.url}/hello`, { status: 404, bodyIncludes: 'No such page: GET /hello' });
  },

  revert: async (ctx) => {
    expectExampleRestored(ctx, 'todo-app', ['src/errors.js']);
  },

  // After the page's own wait: the registry answers, and asks for a login.
  'registry-wait': async (ctx) => {
    await ctx.waitForHttp('http://localhost:5000/v2/', { status: 401 });
  },

  // After the push: the registry holds the image.
  'push-after-login': async (ctx) => {
    const catalog = await ctx.sh('curl -s -u reader:docker101 http://localhost:5000/v2/_catalog');
    expect(JSON.parse(catalog)).toEqual({ repositories: ['docker-101'] });
  },
});
