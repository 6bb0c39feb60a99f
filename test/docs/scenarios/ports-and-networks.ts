import os from 'node:os';
import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';
import { itemsWhenUp } from '../../support/reader-app';

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

export default defineScenario({
  // Every address of the machine answers, not only localhost.
  'run-all': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
    for (const address of outsideAddresses()) expect(await answers(address), address).toBe(true);
    expect(await listeners(ctx)).toEqual(['0.0.0.0:3000', '[::]:3000']);
  },

  // Once the page has seen the app answer on localhost: only loopback answers; every other address refuses.
  'curl-local': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
    for (const address of outsideAddresses()) expect(await answers(address), address).toBe(false);
    expect(await listeners(ctx)).toEqual(['127.0.0.1:3000']);
  },

  // Docker chose a port for each address, not 3000. It picks them one by one: usually the same number, but
  // not always (an engine that had handed out ports before gave 32780 and 32781), so the page promises no more.
  'port-publish-all': async (ctx) => {
    const ports = [...(await ctx.output()).matchAll(/-> (?:0\.0\.0\.0|\[::\]):(\d+)/g)].map((m) => m[1]);
    expect(ports).toHaveLength(2);
    for (const port of ports) expect(port).not.toBe('3000');
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

  // What the page says of host and none: the host's interfaces, or loopback alone.
  'network-ls': async (ctx) => {
    expect(await ctx.sh('docker run --rm --network none debian:trixie-slim ls /sys/class/net')).toBe('lo\n');
    const hostInterfaces = (await ctx.sh('docker run --rm --network host debian:trixie-slim ls /sys/class/net')).split(
      '\n',
    );
    for (const name of Object.keys(os.networkInterfaces())) expect(hostInterfaces).toContain(name);
  },

  'run-default': async (ctx) => {
    expect(await inspect(ctx, '{{range $name, $net := .NetworkSettings.Networks}}{{$name}}{{end}}', 'todo')).toBe(
      'bridge',
    );
    expect(await ctx.sh('docker port todo')).toBe('');
  },

  'todo-ip': async (ctx) => {
    expect(ctx.env.TODO_IP).toBe(await inspect(ctx, '{{.NetworkSettings.Networks.bridge.IPAddress}}', 'todo'));
  },

  'network-create': async (ctx) => {
    expect(await ctx.sh(`docker network inspect --format '{{.Driver}}' todo-net`)).toBe('bridge\n');
  },

  // Connected while it runs: the same container, now on both networks.
  connect: async (ctx) => {
    expect(await inspect(ctx, '{{.State.Status}}', 'todo')).toBe('running');
    expect(await inspect(ctx, '{{.Id}}', 'todo')).toMatch(/^[0-9a-f]{64}$/);
  },

  // The addresses are the container's own: the one on bridge is the one the page kept, todo-net gave another.
  'two-networks': async (ctx) => {
    const onTodoNet = await inspect(ctx, '{{(index .NetworkSettings.Networks "todo-net").IPAddress}}', 'todo');
    expect((await ctx.output()).trim()).toBe(`bridge=${ctx.env.TODO_IP} todo-net=${onTodoNet}`);
    expect(onTodoNet).not.toBe(ctx.env.TODO_IP);
  },

  'network-inspect': async (ctx) => {
    const onTodoNet = await inspect(ctx, '{{(index .NetworkSettings.Networks "todo-net").IPAddress}}', 'todo');
    expect((await ctx.output()).trim()).toMatch(new RegExp(`^todo ${onTodoNet.replaceAll('.', '\\.')}/\\d+$`));
  },

  // Off todo-net, still on the default bridge, and still reachable there by address.
  disconnect: async (ctx) => {
    expect(await inspect(ctx, '{{range $name, $net := .NetworkSettings.Networks}}{{$name}}{{end}}', 'todo')).toBe(
      'bridge',
    );
    expect(await ctx.sh(`docker run --rm curl-client http://${ctx.env.TODO_IP}:3000/items`)).toBe('[]');
  },

  'network-rm': async (ctx) => {
    expect(await ctx.sh('docker ps -aq --filter name=^/todo$')).toBe('');
    expect(await ctx.sh('docker network ls -q --filter name=^todo-net$')).toBe('');
  },

  'image-rm': async (ctx) => {
    expect(await ctx.sh('docker image ls -q curl-client; docker image ls -q docker-101')).toBe('');
  },
});
