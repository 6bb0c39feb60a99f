import { expect } from 'vitest';
import { defineScenario } from '../../runner';
import { expectExampleRestored } from '../../support/example-files';

// What each container printed is the page's shown output; the hooks check what the page cannot show.
export default defineScenario({
  'clean-up': async (ctx) => {
    expect(await ctx.sh(`docker volume ls -q --filter name=^copy-vs-mount-data$`)).toBe('');
    expect(await ctx.sh(`docker image ls -q copy-vs-mount`)).toBe('');
    expect(await ctx.sh('ls -A')).not.toMatch(/^empty$/m);
  },

  revert: async (ctx) => {
    expectExampleRestored(ctx, 'copy-vs-mount', ['message.txt']);
  },
});
