import { expect } from 'vitest';
import { defineScenario } from '../../runner';

export default defineScenario({
  // The page says the stopped container is gone once `docker rm` printed its name.
  rm: async (ctx) => {
    expect(await ctx.sh(`docker ps -aq --filter name=^/hello-debian$`)).toBe('');
  },
});
