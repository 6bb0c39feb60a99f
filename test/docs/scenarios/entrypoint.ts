import { expect } from 'vitest';
import { defineScenario, type ScenarioContext, type ScenarioHook } from '../../runner';

const FIRST = "parent: none (the container's first process)";
const ARGV0 = 'argv[0]: /usr/local/bin/show-args';

/** show-args printed exactly these lines, as the page shows under the block. */
const prints =
  (...lines: string[]): ScenarioHook =>
  async (ctx: ScenarioContext) => {
    expect((await ctx.output())).toBe(`${lines.join('\n')}\n`);
  };

/** Started by a shell: some PID other than 1, and its parent is PID 1 running this command line. */
const printsUnderShell =
  (parent: string, ...args: string[]): ScenarioHook =>
  async (ctx: ScenarioContext) => {
    const [pid, ...rest] = (await ctx.output()).trimEnd().split('\n');
    expect(pid).toMatch(/^PID: \d+$/);
    expect(pid).not.toBe('PID: 1');
    expect(rest).toEqual([`parent: ${parent}`, ARGV0, ...args.map((arg, i) => `argv[${i + 1}]: ${arg}`)]);
  };

/** The CMD column of each `docker top` row. */
async function topCommands(ctx: ScenarioContext, container: string): Promise<string[]> {
  // docker top needs the pid column among ps's fields.
  const rows = (await ctx.sh(`docker top ${container} -o pid,args`)).trimEnd().split('\n');
  return rows.slice(1).map((row) => row.trim().replace(/^\d+\s+/, ''));
}

/** The container's PID 1, as its own /proc shows it. */
async function pid1(ctx: ScenarioContext, container: string): Promise<string> {
  return (await ctx.sh(`docker exec ${container} cat /proc/1/cmdline`)).split('\0').filter(Boolean).join(' ');
}

export default defineScenario({
  'run-cmd-exec': prints('PID: 1', FIRST, ARGV0, 'argv[1]: hello', 'argv[2]: from', 'argv[3]: CMD'),
  'run-cmd-exec-args': prints('PID: 1', FIRST, ARGV0, 'argv[1]: bye'),

  // The summary table's second row: an argument replaces a shell-form CMD too.
  'run-cmd-shell': async (ctx) => {
    printsUnderShell('/bin/sh -c show-args hello from CMD', 'hello', 'from', 'CMD')(ctx);
    const failure = await ctx.sh('docker run --rm show-args:cmd-shell bye 2>&1').then(
      () => 'it ran',
      (error: Error) => error.message,
    );
    expect(failure).toContain('exec: "bye": executable file not found in $PATH');
  },

  'inspect-cmd': async (ctx) => {
    expect((await ctx.output())).toBe('["show-args","hello","from","CMD"]\n["/bin/sh","-c","show-args hello from CMD"]\n');
  },

  'run-entrypoint-exec': prints('PID: 1', FIRST, ARGV0, 'argv[1]: hello', 'argv[2]: from', 'argv[3]: CMD'),
  'run-entrypoint-exec-args': prints('PID: 1', FIRST, ARGV0, 'argv[1]: bye'),
  'run-entrypoint-shell': printsUnderShell('/bin/sh -c show-args hello from CMD'),
  'run-entrypoint-shell-args': printsUnderShell('/bin/sh -c show-args bye'),
  'run-entrypoint-flag': prints('hi'),
  'run-entrypoint-flag-no-cmd': prints('PID: 1', FIRST, ARGV0),

  'inspect-node': prints('["docker-entrypoint.sh"] ["node"]'),
  'cat-docker-entrypoint': async (ctx) => {
    expect((await ctx.output())).toMatch(/^#!\/bin\/sh\n/);
    expect((await ctx.output())).toContain('  set -- node "$@"\n');
    expect((await ctx.output())).toMatch(/\nexec "\$@"\n$/);
  },
  'run-node-version': async (ctx) => {
    expect((await ctx.output())).toMatch(/^v24\.\d+\.\d+\n$/);
  },

  'ps-node-sleep': async (ctx) => {
    const [header, row, ...more] = (await ctx.output()).trimEnd().split('\n');
    expect(header).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/);
    expect(row).toMatch(/^[0-9a-f]{12}\s+node:24-trixie-slim\s+"docker-entrypoint\.s…"\s+.+\s+Up .+\s+node-sleep$/);
    expect(more).toEqual([]);
  },
  'inspect-node-sleep': prints('docker-entrypoint.sh ["sleep","infinity"]'),

  // exec replaced the script: one process, and it is PID 1.
  'top-node-sleep': async (ctx) => {
    expect(await topCommands(ctx, 'node-sleep')).toEqual(['sleep infinity']);
    expect(await pid1(ctx, 'node-sleep')).toBe('sleep infinity');
  },
  // --init puts docker-init first, with ENTRYPOINT and CMD as its child.
  'top-node-init': async (ctx) => {
    expect(await topCommands(ctx, 'node-init')).toEqual([
      '/sbin/docker-init -- docker-entrypoint.sh sleep infinity',
      'sleep infinity',
    ]);
    expect(await pid1(ctx, 'node-init')).toBe('/sbin/docker-init -- docker-entrypoint.sh sleep infinity');
  },

  'clean-up-containers': async (ctx) => {
    expect((await ctx.output())).toBe('node-sleep\nnode-init\n');
    expect(await ctx.sh('docker ps -aq --filter name=^/node-sleep$ --filter name=^/node-init$')).toBe('');
  },
  'clean-up-images': async (ctx) => {
    const tags = ['cmd-exec', 'cmd-shell', 'entrypoint-exec', 'entrypoint-shell'];
    const shown = (await ctx.output()).replace(/sha256:[0-9a-f]{64}/g, '[DIGEST]');
    expect(shown).toBe(tags.map((tag) => `Untagged: show-args:${tag}\nDeleted: [DIGEST]\n`).join(''));
    expect(await ctx.sh('docker image ls -q show-args')).toBe('');
  },
});
