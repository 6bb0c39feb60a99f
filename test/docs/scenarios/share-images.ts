import { expect } from 'vitest';
import { defineScenario } from '../../runner';

const REGISTRY = 'http://localhost:5000';
const APP = 'http://localhost:3000';

// The registry's anonymous volume, found while it runs, so the clean-up check can see it gone.
let registryVolume: string | undefined;

export default defineScenario({
  // The registry answers, and only with a login challenge for the realm the page sets.
  'registry-start': async (ctx) => {
    await ctx.waitForHttp(`${REGISTRY}/v2/`, { status: 401 });
    const reply = await fetch(`${REGISTRY}/v2/`);
    expect(reply.headers.get('www-authenticate')).toBe('Basic realm="Docker 101 local registry"');
    registryVolume = (
      await ctx.sh(
        `docker inspect -f '{{range .Mounts}}{{if eq .Destination "/var/lib/registry"}}{{.Name}}{{end}}{{end}}' local-registry`,
      )
    ).trim();
    expect(registryVolume, 'registry:2 keeps its data in a volume at /var/lib/registry').not.toBe('');
  },

  // The reader opens the app that came back from the registry.
  'run-pulled': async (ctx) => {
    const reply = await ctx.waitForHttp(`${APP}/items`);
    expect(JSON.parse(reply.body)).toEqual([]);
    expect((await ctx.sh(`docker inspect -f '{{.Config.Image}}' todo-from-registry`)).trim()).toBe(
      'localhost:5000/docker-101',
    );
  },

  'clean-up': async (ctx) => {
    expect(await ctx.sh(`docker ps -aq --filter name=^/local-registry$ --filter name=^/todo-from-registry$`)).toBe('');
    expect(await ctx.sh(`docker volume ls -q --filter name=^${registryVolume}$`)).toBe('');
  },
});
