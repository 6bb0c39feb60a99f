import { expect } from 'vitest';
import { defineScenario } from '../../runner';

export default defineScenario({
  // The page says the first and the last line are the same on a Linux host: the container runs on the host's
  // kernel. The shown output can only say that both are versions.
  'same-kernel': async (ctx) => {
    const lines = (await ctx.output()).trimEnd().split('\n');
    const host = lines[0];
    const container = lines[lines.length - 1];
    expect(host).toMatch(/\S/);
    expect(container).toBe(host);
  },
});
