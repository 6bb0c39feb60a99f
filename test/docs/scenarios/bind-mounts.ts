import { expect } from 'vitest';
import { expectExampleRestored } from '../../support/example-files';
import { defineScenario, type ScenarioContext } from '../../runner';

const APP = 'http://localhost:3000';
// `npm ci` inside the container downloads the dependencies before the app listens.
const INSTALL_MS = 120_000;

const startedAt = async (ctx: ScenarioContext): Promise<string> => ctx.sh(`docker inspect -f '{{.State.StartedAt}}' todo-dev`);

// When the dev container started; edits must reach it without a new container or a restart of it.
let started = '';

export default defineScenario({
  'dev-run': async (ctx) => {
    await ctx.waitForHttp(`${APP}/`, { bodyIncludes: '>Add<', timeoutMs: INSTALL_MS });
    const mounts = await ctx.sh(`docker inspect -f '{{range .Mounts}}{{.Type}} {{.Source}} {{.Destination}}{{end}}' todo-dev`);
    expect(mounts).toBe(`bind ${ctx.cwd} /app\n`);
    started = await startedAt(ctx);
  },

  'dev-logs': async (ctx) => {
    const stdout = await ctx.output();
    expect(stdout).toContain('> node --watch src/index.js\n');
    expect(stdout).toContain('Listening on port 3000\n');
  },

  // The edited page is served at once: same container, no rebuild.
  'edit-page': async (ctx) => {
    await ctx.waitForHttp(`${APP}/`, { bodyIncludes: '<button type="submit">Add item</button>' });
    expect(await startedAt(ctx)).toBe(started);
  },

  // node --watch restarts the app inside the same container, which then answers with the new message.
  'edit-server': async (ctx) => {
    await ctx.waitForHttp(`${APP}/hello`, { status: 404, bodyIncludes: '{"error":"No such page: GET /hello"}' });
    expect(await startedAt(ctx)).toBe(started);
  },

  'logs-after-edit': async (ctx) => {
    const stdout = await ctx.output();
    const restart = stdout.indexOf("Restarting 'src/index.js'\n");
    expect(restart).toBeGreaterThan(0);
    expect(stdout.slice(restart)).toContain('Received SIGTERM, shutting down\n');
    expect(stdout.slice(restart)).toContain('Listening on port 3000\n');
  },

  // npm ci in the container wrote node_modules into the reader's folder.
  ls: async (ctx) => {
    expect((await ctx.output()).split('\n')).toContain('node_modules');
  },

  'rm-node-modules': async (ctx) => {
    expect(await ctx.sh('ls -A')).not.toMatch(/^node_modules$/m);
    expect(await ctx.sh(`docker ps -aq --filter name=^/todo-dev$`)).toBe('');
  },

  // The page undoes both edits: a reader who keeps this folder sees the next chapters as they show it.
  revert: async (ctx) => {
    expectExampleRestored(ctx, 'todo-app', ['src/static/index.html', 'src/errors.js']);
  },
});
