import os from 'node:os';
import { expect } from 'vitest';
import { itemsWhenUp } from '../../support/reader-app';
import { waitUntil } from '../../support/wait-until';
import { defineScenario, type ScenarioContext } from '../../runner';

const APP_STARTS_MS = 30_000;

/** This machine's own addresses other than loopback: where a phone on the same Wi-Fi would connect. */
function outsideAddresses(): string[] {
  const all = Object.values(os.networkInterfaces()).flatMap((list) => list ?? []);
  const found = all.filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address);
  expect(found.length).toBeGreaterThan(0);
  return found;
}

const answers = (address: string, port = 3000): Promise<boolean> =>
  fetch(`http://${address}:${port}/items`, { signal: AbortSignal.timeout(5_000) }).then(
    (reply) => reply.ok,
    () => false,
  );

/** The local addresses something listens on at port 3000, as `ss` lists them. */
const listeners = async (ctx: ScenarioContext): Promise<string[]> =>
  (await ctx.sh(`ss -Hltn 'sport = :3000' | awk '{print $4}'`)).trim().split('\n').sort();

const inspect = async (ctx: ScenarioContext, format: string, name: string): Promise<string> =>
  (await ctx.sh(`docker inspect --format '${format}' ${name}`)).trim();

// Without a published port the host cannot ask the app; its log says when it listens.
async function waitForListening(ctx: ScenarioContext, container: string): Promise<void> {
  const listening = async (): Promise<true | undefined> =>
    (await ctx.sh(`docker logs ${container}`)).includes('Listening on port 3000') || undefined;
  await waitUntil(`${container} to listen`, listening, { timeoutMs: APP_STARTS_MS, intervalMs: 200 });
}

export default defineScenario({
  // Every address of the machine answers, not only localhost.
  'run-all': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
    for (const address of outsideAddresses()) expect(await answers(address), address).toBe(true);
    expect(await listeners(ctx)).toEqual(['0.0.0.0:3000', '[::]:3000']);
  },

  'port-all': async (ctx) => {
    expect((await ctx.output())).toBe('3000/tcp -> 0.0.0.0:3000\n3000/tcp -> [::]:3000\n');
  },

  // Only loopback answers; every other address of the machine refuses.
  'run-local': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
    for (const address of outsideAddresses()) expect(await answers(address), address).toBe(false);
    expect(await listeners(ctx)).toEqual(['127.0.0.1:3000']);
  },

  'port-local': async (ctx) => {
    expect((await ctx.output())).toBe('3000/tcp -> 127.0.0.1:3000\n');
  },

  'curl-local': async (ctx) => {
    expect((await ctx.output())).toBe('[]');
  },

  'port-publish-all': async (ctx) => {
    const [v4, v6] = (await ctx.output()).trimEnd().split('\n');
    const port = /^3000\/tcp -> 0\.0\.0\.0:(\d+)$/.exec(v4!)?.[1];
    expect(port).toBeDefined();
    expect(v6).toBe(`3000/tcp -> [::]:${port}`);
    expect(await ctx.sh(`docker port todo`)).not.toContain(':3000\n');
  },

  // A second container from the same image gets a port of its own: no clash.
  'export-port': async (ctx) => {
    expect(ctx.env.TODO_PORT).toMatch(/^\d+$/);
    const other = (await ctx.sh('docker run -d -P docker-101')).trim();
    try {
      const otherPort = (await ctx.sh(`docker port ${other} 3000/tcp | head -n 1 | sed 's/.*://'`)).trim();
      expect(otherPort).toMatch(/^\d+$/);
      expect(otherPort).not.toBe(ctx.env.TODO_PORT);
    } finally {
      await ctx.sh(`docker rm -f ${other}`);
    }
  },

  'curl-publish-all': async (ctx) => {
    expect((await ctx.output())).toBe('[]');
  },

  // What the page says of host and none: the host's interfaces, or loopback alone.
  'network-ls': async (ctx) => {
    expect(await ctx.sh('docker run --rm --network none debian:trixie-slim ls /sys/class/net')).toBe('lo\n');
    const hostInterfaces = (await ctx.sh('docker run --rm --network host debian:trixie-slim ls /sys/class/net')).split('\n');
    for (const name of Object.keys(os.networkInterfaces())) expect(hostInterfaces).toContain(name);
  },

  'run-default': async (ctx) => {
    await waitForListening(ctx, 'todo');
    expect(await inspect(ctx, '{{range $name, $net := .NetworkSettings.Networks}}{{$name}}{{end}}', 'todo')).toBe('bridge');
    expect(await ctx.sh('docker port todo')).toBe('');
  },

  'todo-ip': async (ctx) => {
    expect(ctx.env.TODO_IP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect((await ctx.output())).toBe(`${ctx.env.TODO_IP}\n`);
  },

  'curl-by-ip': async (ctx) => {
    expect((await ctx.output())).toBe('[]');
  },

  'curl-by-name-default': async (ctx) => {
    expect((await ctx.output())).toBe('curl: (6) Could not resolve host: todo\n');
  },

  'network-create': async (ctx) => {
    expect((await ctx.output())).toMatch(/^[0-9a-f]{64}\n$/);
    expect(await ctx.sh(`docker network inspect --format '{{.Driver}}' todo-net`)).toBe('bridge\n');
  },

  // Connected while it runs: the same container, now on both networks.
  connect: async (ctx) => {
    expect(await inspect(ctx, '{{.State.Status}}', 'todo')).toBe('running');
    expect(await inspect(ctx, '{{.Id}}', 'todo')).toMatch(/^[0-9a-f]{64}$/);
  },

  'curl-by-name': async (ctx) => {
    expect((await ctx.output())).toBe('[]');
  },

  'two-networks': async (ctx) => {
    const onTodoNet = await inspect(ctx, '{{(index .NetworkSettings.Networks "todo-net").IPAddress}}', 'todo');
    expect((await ctx.output())).toBe(`bridge=${ctx.env.TODO_IP} todo-net=${onTodoNet} \n`);
    expect(onTodoNet).not.toBe(ctx.env.TODO_IP);
  },

  'network-inspect': async (ctx) => {
    const onTodoNet = await inspect(ctx, '{{(index .NetworkSettings.Networks "todo-net").IPAddress}}', 'todo');
    expect((await ctx.output())).toMatch(new RegExp(`^todo ${onTodoNet.replaceAll('.', '\\.')}/\\d+\n$`));
  },

  // Off todo-net, still on the default bridge, and still reachable there by address.
  disconnect: async (ctx) => {
    expect(await inspect(ctx, '{{range $name, $net := .NetworkSettings.Networks}}{{$name}}{{end}}', 'todo')).toBe('bridge');
    expect(await ctx.sh(`docker run --rm curl-client http://${ctx.env.TODO_IP}:3000/items`)).toBe('[]');
  },

  'curl-after-disconnect': async (ctx) => {
    expect((await ctx.output())).toBe('curl: (6) Could not resolve host: todo\n');
  },

  'network-rm': async (ctx) => {
    expect((await ctx.output())).toBe('todo-net\n');
    expect(await ctx.sh('docker ps -aq --filter name=^/todo$')).toBe('');
    expect(await ctx.sh('docker network ls -q --filter name=^todo-net$')).toBe('');
  },

  'image-rm': async (ctx) => {
    expect(await ctx.sh('docker image ls -q curl-client; docker image ls -q docker-101')).toBe('');
  },
});
