import { expect } from 'vitest';
import { defineScenario } from '../scenario';

export default defineScenario({
  // The page says both lines are the same on a Linux host: the container runs on the host's kernel.
  'same-kernel': (ctx) => {
    const [host, container, ...rest] = ctx.output().stdout.trimEnd().split('\n');
    expect(rest).toEqual([]);
    expect(host).toMatch(/\S/);
    expect(container).toBe(host);
  },

  // The page tells the reader to read the `real` line that `time` prints.
  'start-time': (ctx) => {
    expect(ctx.output().stderr).toMatch(/^real\s+\d+m[\d.]+s$/m);
  },
});
