import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';
import { expectExampleRestored } from '../../support/example-files';

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
    const page = await ctx.waitForHttp(`${APP}/`);
    expect(page.body).toContain(OLD_TEXT);
    expect(page.body).not.toContain(NEW_TEXT);
  },

  // The page says todo-v1 runs on the old, now unnamed image, and todo-v2 on the new one: the shown output has only IDs.
  'ps-all': async (ctx) => {
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
    expect(await ctx.sh(`docker ps -aq --filter name=^/todo-v2$`)).toBe('');
  },

  // The page changes the hint back, so a reader who keeps this folder sees the next chapters as they show it.
  revert: async (ctx) => {
    expectExampleRestored(ctx, 'todo-app', ['src/static/index.html']);
  },
});
