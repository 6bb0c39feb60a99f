import { expect } from 'vitest';
import { expectExampleRestored } from '../../support/example-files';
import { defineScenario, type ScenarioContext } from '../../runner';

const APP = 'http://localhost:3000';
const OLD_TEXT = 'No items yet. Add one above!';
const NEW_TEXT = 'You have no todo items yet! Add one above!';

const inspect = async (ctx: ScenarioContext, format: string, name: string): Promise<string> =>
  (await ctx.sh(`docker inspect -f '${format}' ${name}`)).trim();

export default defineScenario({
  // The reader opens the page of a fresh container and sees the empty-list text.
  'run-v1': async (ctx) => {
    const page = await ctx.waitForHttp(`${APP}/`, { bodyIncludes: OLD_TEXT });
    expect(page.body).not.toContain(NEW_TEXT);
  },

  // The file changed on disk, but the page says the running container still serves the old text.
  'check-change': async (ctx) => {
    expect((await ctx.output())).toBe(`19:      <p id="empty" hidden>${NEW_TEXT}</p>\n`);
    const page = await ctx.waitForHttp(`${APP}/`);
    expect(page.body).toContain(OLD_TEXT);
    expect(page.body).not.toContain(NEW_TEXT);
  },

  // The page says the steps up to `npm ci` come from the cache. (`COPY src` may come from it too when the
  // engine has built this very change before, so the test does not insist that it runs again.)
  rebuild: async (ctx) => {
    expect((await ctx.output())).toMatch(/\[5\/6\] RUN npm ci --omit=dev\n#\d+ CACHED/);
  },

  // The page says todo-v2 was created but not started, and todo-v1 runs on the old, now unnamed image.
  'ps-all': async (ctx) => {
    expect(await inspect(ctx, '{{.State.Status}}', 'todo-v2')).toBe('created');
    expect(await inspect(ctx, '{{.State.Status}}', 'todo-v1')).toBe('running');
    const oldImage = await inspect(ctx, '{{.Image}}', 'todo-v1');
    expect(oldImage).not.toBe(await inspect(ctx, '{{.Id}}', 'docker-101'));
    expect(await inspect(ctx, '{{.Image}}', 'todo-v2')).toBe(await inspect(ctx, '{{.Id}}', 'docker-101'));
  },

  // After the swap the browser shows the new text, served by todo-v2.
  'start-v2': async (ctx) => {
    const page = await ctx.waitForHttp(`${APP}/`, { bodyIncludes: NEW_TEXT });
    expect(page.body).not.toContain(OLD_TEXT);
    expect(await ctx.sh(`docker ps -aq --filter name=^/todo-v1$`)).toBe('');
  },

  'clean-up': async (ctx) => {
    expect((await ctx.output())).toBe('todo-v2\n');
    expect(await ctx.sh(`docker ps -aq --filter name=^/todo-v2$`)).toBe('');
  },

  // The page changes the hint back, so a reader who keeps this folder sees the next chapters as they show it.
  revert: async (ctx) => {
    expect((await ctx.output())).toBe(`19:      <p id="empty" hidden>${OLD_TEXT}</p>\n`);
    expectExampleRestored(ctx, 'todo-app', ['src/static/index.html']);
  },
});
