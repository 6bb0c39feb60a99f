import { expect } from 'vitest';
import { defineScenario } from '../../runner';

export default defineScenario({
  // The page says both lines are the same on a Linux host: the container runs on the host's kernel.
  'same-kernel': async (ctx) => {
    const [host, container, ...rest] = (await ctx.output()).trimEnd().split('\n');
    expect(rest).toEqual([]);
    expect(host).toMatch(/\S/);
    expect(container).toBe(host);
  },

  // The page tells the reader to read the `real` line that `time` prints.
  'start-time': async (ctx) => {
    expect((await ctx.output())).toMatch(/^real\s+\d+m[\d.]+s$/m);
  },
});
