import { expect } from 'vitest';
import { defineScenario, type ScenarioContext, type ScenarioHook } from '../../runner';

/** Started by a shell: the page shows `PID: [NUMBER]`, and the prose says that number is not 1. */
const notPid1: ScenarioHook = async (ctx: ScenarioContext) => {
  expect((await ctx.output()).split('\n')[0]).not.toBe('PID: 1');
};

/** The PID, PPID and command line of each `docker top` row. */
async function topRows(
  ctx: ScenarioContext,
  container: string,
): Promise<Array<{ pid: string; ppid: string; args: string }>> {
  const rows = (await ctx.sh(`docker top ${container} -o pid,ppid,args`)).trimEnd().split('\n');
  return rows.slice(1).map((row) => {
    const [, pid = '', ppid = '', args = ''] = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(row) ?? [];
    return { pid, ppid, args };
  });
}

/** The container's PID 1, as its own /proc shows it. */
async function pid1(ctx: ScenarioContext, container: string): Promise<string> {
  return (await ctx.sh(`docker exec ${container} cat /proc/1/cmdline`)).split('\0').filter(Boolean).join(' ');
}

export default defineScenario({
  // The summary table's second row: an argument replaces a shell-form CMD too.
  'run-cmd-shell': async (ctx) => {
    await notPid1(ctx);
    const failure = await ctx.sh('docker run --rm show-args:cmd-shell bye 2>&1').then(
      () => 'it ran',
      (error: Error) => error.message,
    );
    expect(failure).toContain('exec: "bye": executable file not found in $PATH');
  },

  'run-entrypoint-shell': notPid1,
  'run-entrypoint-shell-args': notPid1,

  // exec replaced the script: one process, and inside the container it is PID 1.
  'top-node-sleep': async (ctx) => {
    expect(await pid1(ctx, 'node-sleep')).toBe('sleep infinity');
  },
  // --init puts docker-init first, with ENTRYPOINT and CMD as its child.
  'top-node-init': async (ctx) => {
    const [init, sleep] = await topRows(ctx, 'node-init');
    expect(sleep?.ppid).toBe(init?.pid);
    expect(await pid1(ctx, 'node-init')).toBe('/sbin/docker-init -- docker-entrypoint.sh sleep infinity');
  },

  'clean-up-containers': async (ctx) => {
    expect(await ctx.sh('docker ps -aq --filter name=^/node-sleep$ --filter name=^/node-init$')).toBe('');
  },
  'clean-up-images': async (ctx) => {
    expect(await ctx.sh('docker image ls -q show-args')).toBe('');
  },
});
