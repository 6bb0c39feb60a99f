import { expect } from 'vitest';
import { expectExampleRestored } from '../../support/example-files';
import { defineScenario, type ScenarioContext, type ScenarioHook } from '../../runner';

/** The container printed exactly this message, as the page shows under the block. */
const prints =
  (message: string): ScenarioHook =>
  async (ctx: ScenarioContext) => {
    expect((await ctx.output())).toBe(`${message}\n`);
  };

export default defineScenario({
  'run-built': prints('first message'),
  // COPY is a snapshot: editing the host file does not change the image.
  'run-after-edit': prints('first message'),
  'run-rebuilt': prints('second message'),
  // A bind mount shows the host folder as it is now, with no rebuild.
  'run-bind': prints('second message'),
  'run-bind-edited': prints('third message'),
  'run-image-unchanged': prints('second message'),

  // An empty folder mounted over /data hides the file COPY put there.
  'ls-empty': async (ctx) => {
    const names = (await ctx.output())
      .split('\n')
      .filter((line) => /^[d-]/.test(line))
      .map((line) => line.split(/\s+/).at(-1));
    expect(names).toEqual(['.', '..']);
  },

  // A new, empty named volume is filled from the image once; later builds do not reach it.
  'run-new-volume': prints('second message'),
  'run-volume-again': prints('second message'),
  'run-image-rebuilt': prints('third message'),

  'clean-up': async (ctx) => {
    expect(await ctx.sh(`docker volume ls -q --filter name=^copy-vs-mount-data$`)).toBe('');
    expect(await ctx.sh(`docker image ls -q copy-vs-mount`)).toBe('');
    expect(await ctx.sh('ls -A')).not.toMatch(/^empty$/m);
  },

  revert: async (ctx) => {
    expectExampleRestored(ctx, 'copy-vs-mount', ['message.txt']);
  },
});
