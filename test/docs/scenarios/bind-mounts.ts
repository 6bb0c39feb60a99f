import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';
import { expectExampleRestored } from '../../support/example-files';

const APP = 'http://localhost:3000';

const startedAt = async (ctx: ScenarioContext): Promise<string> =>
  ctx.sh(`docker inspect -f '{{.State.StartedAt}}' todo-dev`);

// When the dev container started; edits must reach it without a new container or a restart of it.
let started = '';

export default defineScenario({
  'dev-run': async (ctx) => {
    const mounts = await ctx.sh(
      `docker inspect -f '{{range .Mounts}}{{.Type}} {{.Source}} {{.Destination}}{{end}}' todo-dev`,
    );
    expect(mounts).toBe(`bind ${ctx.cwd} /app\n`);
    started = await startedAt(ctx);
  },

  // The page waits until the app answers; the reader's browser then shows the original page.
  'wait-dev': async (ctx) => {
    const reply = await ctx.waitForHttp(`${APP}/`, { timeoutMs: 1_000 });
    expect(reply.body).toContain('<button type="submit">Add</button>');
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

  'rm-node-modules': async (ctx) => {
    expect(await ctx.sh('ls -A')).not.toMatch(/^node_modules$/m);
    expect(await ctx.sh(`docker ps -aq --filter name=^/todo-dev$`)).toBe('');
  },

  // The page undoes both edits: a reader who keeps this folder sees the next chapters as they show it.
  revert: async (ctx) => {
    expectExampleRestored(ctx, 'todo-app', ['src/static/index.html', 'src/errors.js']);
  },
});
