import { expect } from 'vitest';
import { defineScenario } from '../../runner';

export default defineScenario({
  // The page shows the first lines of the file, read from the Debian image.
  'os-release': async (ctx) => {
    expect((await ctx.output())).toContain(
      'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="13"\nVERSION="13 (trixie)"\nVERSION_CODENAME=trixie\n',
    );
  },

  // The page says the stopped container is listed as Exited (0) under its name.
  'ps-all': async (ctx) => {
    const status = await ctx.sh(`docker ps -a --filter name=^/hello-debian$ --format '{{.Status}}'`);
    expect(status).toMatch(/^Exited \(0\)/);
  },

  rm: async (ctx) => {
    expect((await ctx.output())).toBe('hello-debian\n');
    expect(await ctx.sh(`docker ps -aq --filter name=^/hello-debian$`)).toBe('');
  },
});
