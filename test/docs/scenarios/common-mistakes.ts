import { expect } from 'vitest';
import { itemsWhenUp, readerApp } from '../../support/reader-app';
import { expectExampleRestored } from '../../support/example-files';
import { waitUntil } from '../../support/wait-until';
import { defineScenario, type ScenarioContext } from '../../runner';

const inspect = async (ctx: ScenarioContext, format: string, name: string): Promise<string> =>
  (await ctx.sh(`docker inspect -f '${format}' ${name}`)).trim();

const stdoutLines = async (ctx: ScenarioContext): Promise<string[]> => (await ctx.output()).trim().split('\n');

export default defineScenario({
  'run-comments': async (ctx) => {
    expect((await ctx.output())).toBe('Comments go on a line of their own.\n');
  },

  'run-greeting': async (ctx) => {
    expect((await ctx.output())).toBe('Hello from outside the app folder!\n');
  },

  // By the time the reader types the next command, bash in the container has long exited.
  'run-box': async (ctx) => {
    await waitUntil('box to exit', async () => ((await inspect(ctx, '{{.State.Status}}', 'box')) === 'exited' ? true : undefined));
  },

  // The container the reader started with -d is not among the running ones.
  'ps-box': async (ctx) => {
    expect((await ctx.output())).not.toMatch(/\sbox$/m);
  },

  'ps-all-box': async (ctx) => {
    expect((await ctx.output())).toMatch(/Exited \(0\).*\sbox$/m);
    expect(await inspect(ctx, '{{.State.ExitCode}}', 'box')).toBe('0');
  },

  'exec-box': async (ctx) => {
    expect(stdoutLines(ctx)).toEqual(expect.arrayContaining(['bin', 'etc', 'usr']));
  },

  'run-todo': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
  },

  // The second app answers on the host's port 3001, the first still on 3000.
  'run-todo-2': async (ctx) => {
    await ctx.waitForHttp('http://localhost:3001/items');
    expect(await readerApp.items()).toEqual([]);
  },

  'fetch-by-name': async (ctx) => {
    expect((await ctx.output())).toBe('[]\n');
  },

  // Nothing listed: the folder was not mounted, an empty named volume "data" was.
  'volume-by-mistake': async (ctx) => {
    expect((await ctx.output())).toBe('');
    expect(await ctx.sh(`docker volume inspect -f '{{.Driver}}' data`)).toBe('local\n');
  },

  'volume-ls': async (ctx) => {
    expect((await ctx.output())).toMatch(/^local\s+data$/m);
  },

  'bind-relative': async (ctx) => {
    expect((await ctx.output())).toBe('hello.txt\n');
  },

  'bind-pwd': async (ctx) => {
    expect((await ctx.output())).toBe('hello.txt\n');
  },

  // The reader opens http://localhost:3000 once the polling dev server is up.
  'poll-run': async (ctx) => {
    await ctx.waitForHttp(`${readerApp.url}/`, { bodyIncludes: '<html', timeoutMs: 90_000 });
  },

  // nodemon polled, saw the change and restarted the app, which now answers with the new text.
  'poll-edit': async (ctx) => {
    await waitUntil('nodemon to restart', async () =>
      (await ctx.sh('docker logs todo-dev 2>&1')).includes('restarting due to changes') ? true : undefined,
    );
    await ctx.waitForHttp(`${readerApp.url}/hello`, { status: 404, bodyIncludes: 'No such page: GET /hello' });
  },

  // The reader starts the next command once the program that is not Docker answers on port 8080.
  'hold-port': async (ctx) => {
    await ctx.waitForHttp('http://localhost:8080/');
  },

  'poll-logs': async (ctx) => {
    expect((await ctx.output())).toMatch(/restarting due to changes[\s\S]*Listening on port 3000\n$/);
  },

  'revert': async (ctx) => {
    expectExampleRestored(ctx, 'todo-app', ['src/errors.js']);
  },

  'registry-start': async (ctx) => {
    await ctx.waitForHttp('http://localhost:5000/v2/', { status: 401 });
  },

  'push-after-login': async (ctx) => {
    expect((await ctx.output())).toMatch(/^latest: digest: sha256:/m);
    const catalog = await ctx.sh('curl -s -u reader:docker101 http://localhost:5000/v2/_catalog');
    expect(JSON.parse(catalog)).toEqual({ repositories: ['docker-101'] });
  },

  'compose-version': async (ctx) => {
    expect((await ctx.output())).toMatch(/^Docker Compose version v?2\./);
  },
});
