import { expect } from 'vitest';
import { waitUntil } from '../../support/wait-until';
import { defineScenario, type ScenarioContext } from '../../runner';

const APP = 'http://localhost:3000/';
const HELLO = /^Hello! Running since (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\n$/;
// A stopped container must stay stopped; a crash was followed by a restart in well under this.
const STAYS_STOPPED_MS = 2_000;
const RESTARTING_SEEN_WITHIN_MS = 30_000;
const MIN_BACKOFF_MS = 3_100;

const inspect = async (ctx: ScenarioContext, format: string, name: string): Promise<string> =>
  (await ctx.sh(`docker inspect --format '${format}' ${name}`)).trim();

const startedAt = async (ctx: ScenarioContext): Promise<string> => {
  const reply = await ctx.waitForHttp(APP, { bodyIncludes: 'Hello!' });
  return HELLO.exec(reply.body)?.[1] ?? '';
};

const logLines = async (ctx: ScenarioContext): Promise<string[]> =>
  ctx.sh('docker logs demo 2>&1').then((out) => out.trimEnd().split('\n'));

// The request the reader's browser sends while the container is paused.
let pausedRequest: Promise<string> | undefined;
// When the running app started, before a crash: the page says the start time moves on after a restart.
let beforeCrash = '';

export default defineScenario({
  create: async (ctx) => {
    expect((await ctx.output())).toMatch(/^[0-9a-f]{64}\n$/);
    expect(await inspect(ctx, '{{.State.Pid}}', 'demo')).toBe('0');
  },

  start: async (ctx) => {
    expect(await startedAt(ctx)).not.toBe('');
  },

  hello: async (ctx) => {
    expect((await ctx.output())).toMatch(HELLO);
  },

  // The browser gets no answer while the processes are frozen.
  pause: async () => {
    pausedRequest = fetch(APP, { signal: AbortSignal.timeout(30_000) }).then((r) => r.text());
    const stillWaiting = await Promise.race([
      pausedRequest.then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 1_500)),
    ]);
    expect(stillWaiting).toBe('waiting');
  },

  'ps-paused': async (ctx) => {
    expect((await ctx.output())).toMatch(/Up .+ \(Paused\)\s+0\.0\.0\.0:3000->3000\/tcp.*\sdemo\n$/);
  },

  // The waiting request is answered as soon as the container runs again.
  unpause: async () => {
    expect(await pausedRequest).toMatch(HELLO);
  },

  stop: async (ctx) => {
    expect(await inspect(ctx, '{{.State.Status}} {{.State.ExitCode}}', 'demo')).toBe('exited 0');
    expect(await ctx.sh('docker logs demo')).toContain('Received SIGTERM, shutting down');
  },

  // Only -a lists it.
  'ps-exited': async (ctx) => {
    expect((await ctx.output())).toMatch(/\sExited \(0\) .+ ago\s+demo\n$/);
    expect(await ctx.sh('docker ps -q --filter name=demo')).toBe('');
  },

  'run-no-policy': async (ctx) => {
    expect(await startedAt(ctx)).not.toBe('');
  },

  'crash-no-policy': async (ctx) => {
    expect((await ctx.output())).toBe('Crashing with exit code 1\n');
  },

  wait: async (ctx) => {
    expect((await ctx.output())).toBe('1\n');
  },

  'ps-crashed': async (ctx) => {
    expect((await ctx.output())).toMatch(/\sExited \(1\) .+ ago\s+demo\n$/);
    expect(await inspect(ctx, '{{.State.Status}} {{.RestartCount}}', 'demo')).toBe('exited 0');
  },

  'logs-no-policy': async (ctx) => {
    expect(await logLines(ctx)).toEqual(['Listening on port 3000', 'Crashing on purpose with exit code 1']);
  },

  'run-always': async (ctx) => {
    beforeCrash = await startedAt(ctx);
    expect(await inspect(ctx, '{{.HostConfig.RestartPolicy.Name}}', 'demo')).toBe('always');
  },

  // A new process answers: it started after the one the reader crashed.
  'until-up': async (ctx) => {
    const after = HELLO.exec((await ctx.output()))?.[1];
    expect(after).toBeDefined();
    expect(after! > beforeCrash).toBe(true);
  },

  'restart-count': async (ctx) => {
    expect((await ctx.output())).toBe('running 1\n');
  },

  'logs-always': async (ctx) => {
    expect(await logLines(ctx)).toEqual(['Listening on port 3000', 'Crashing on purpose with exit code 1', 'Listening on port 3000']);
  },

  // Watched for a while, not once: the policy would have started it again long before the window closes.
  'stop-always': async (ctx) => {
    const deadline = Date.now() + STAYS_STOPPED_MS;
    while (Date.now() < deadline) {
      expect(await inspect(ctx, '{{.State.Status}} {{.State.ExitCode}}', 'demo')).toBe('exited 0');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await expect(fetch(APP, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
  },

  'policy-updated': async (ctx) => {
    expect((await ctx.output())).toBe('unless-stopped\n');
  },

  'start-updated': async (ctx) => {
    beforeCrash = await startedAt(ctx);
  },

  'until-up-updated': async (ctx) => {
    const after = HELLO.exec((await ctx.output()))?.[1];
    expect(after! > beforeCrash).toBe(true);
    expect(await inspect(ctx, '{{.State.Status}} {{.HostConfig.RestartPolicy.Name}}', 'demo')).toBe('running unless-stopped');
  },

  'policy-before-engine-restart': async (ctx) => {
    expect((await ctx.output())).toBe('/demo unless-stopped running\n');
  },

  // The page says `docker ps -a` right after the run shows the container restarting: the state must occur.
  'run-flaky': async (ctx) => {
    const restarting = async (): Promise<true | undefined> =>
      (await inspect(ctx, '{{.State.Status}}', 'demo-flaky')) === 'restarting' || undefined;
    await waitUntil('demo-flaky to be seen restarting', restarting, { timeoutMs: RESTARTING_SEEN_WITHIN_MS, intervalMs: 20 });
  },

  // The waits grow: 0.1 + 0.2 + 0.4 + 0.8 + 1.6 s at the least, however fast the machine.
  'flaky-gave-up': async (ctx) => {
    expect((await ctx.output())).toBe('exited 1 5\n');
    const [created, finished] = (await inspect(ctx, '{{.Created}} {{.State.FinishedAt}}', 'demo-flaky')).split(' ');
    expect(Date.parse(finished!) - Date.parse(created!)).toBeGreaterThanOrEqual(MIN_BACKOFF_MS);
  },

  // Six runs: the first one and five restarts.
  'logs-flaky': async (ctx) => {
    expect((await ctx.output())).toBe('CRASH_ON_START is set: exiting with code 1\n'.repeat(6));
  },

  'clean-up': async (ctx) => {
    expect((await ctx.output())).toBe('demo\ndemo-flaky\n');
    expect(await ctx.sh('docker ps -aq --filter name=^/demo')).toBe('');
  },

  'image-rm': async (ctx) => {
    expect(await ctx.sh('docker image ls -q crash-demo')).toBe('');
  },
});
