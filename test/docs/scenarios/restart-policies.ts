import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';
import { waitUntil } from '../../support/wait-until';

const APP = 'http://localhost:3000/';
const HELLO = /Hello! Running since (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)/;
// A stopped container must stay stopped; a crash was followed by a restart in well under this.
const STAYS_STOPPED_MS = 2_000;
const RESTARTING_SEEN_WITHIN_MS = 30_000;
const MIN_BACKOFF_MS = 3_100;

const inspect = async (ctx: ScenarioContext, format: string, name: string): Promise<string> =>
  (await ctx.sh(`docker inspect --format '${format}' ${name}`)).trim();

/** The start time a `Hello!` answer on the page showed. */
const shownStart = async (ctx: ScenarioContext): Promise<string> => {
  const started = HELLO.exec(await ctx.output())?.[1];
  expect(started, 'the block shows the app answering').toBeDefined();
  return started!;
};

// The request the reader's browser sends while the container is paused.
let pausedRequest: Promise<string> | undefined;
// When the running app started, before a crash: the page says the start time moves on after a restart.
let beforeCrash = '';

export default defineScenario({
  // Made, not started: no process yet.
  create: async (ctx) => {
    expect(await inspect(ctx, '{{.State.Pid}}', 'demo')).toBe('0');
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

  // The waiting request is answered as soon as the container runs again.
  unpause: async () => {
    expect(await pausedRequest).toMatch(HELLO);
  },

  // The app shut down on SIGTERM by itself (exit code 0).
  stop: async (ctx) => {
    expect(await ctx.sh('docker logs demo')).toContain('Received SIGTERM, shutting down');
  },

  // Only -a lists it.
  'ps-exited': async (ctx) => {
    expect(await ctx.sh('docker ps -q --filter name=demo')).toBe('');
  },

  // Policy `no`: stopped with code 1, and never restarted.
  'ps-crashed': async (ctx) => {
    expect(await inspect(ctx, '{{.State.Status}} {{.RestartCount}}', 'demo')).toBe('exited 0');
  },

  'run-always': async (ctx) => {
    expect(await inspect(ctx, '{{.HostConfig.RestartPolicy.Name}}', 'demo')).toBe('always');
  },

  'up-always': async (ctx) => {
    beforeCrash = await shownStart(ctx);
  },

  // A new process answers: it started after the one the reader crashed.
  'until-up': async (ctx) => {
    expect((await shownStart(ctx)) > beforeCrash).toBe(true);
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

  'up-updated': async (ctx) => {
    beforeCrash = await shownStart(ctx);
  },

  'until-up-updated': async (ctx) => {
    expect((await shownStart(ctx)) > beforeCrash).toBe(true);
    expect(await inspect(ctx, '{{.State.Status}} {{.HostConfig.RestartPolicy.Name}}', 'demo')).toBe(
      'running unless-stopped',
    );
  },

  // The page says `docker ps -a` right after the run shows the container restarting: the state must occur.
  'run-flaky': async (ctx) => {
    const restarting = async (): Promise<true | undefined> =>
      (await inspect(ctx, '{{.State.Status}}', 'demo-flaky')) === 'restarting' || undefined;
    await waitUntil('demo-flaky to be seen restarting', restarting, {
      timeoutMs: RESTARTING_SEEN_WITHIN_MS,
      intervalMs: 20,
    });
  },

  // The waits grow: 0.1 + 0.2 + 0.4 + 0.8 + 1.6 s at the least, however fast the machine.
  'flaky-gave-up': async (ctx) => {
    const [created, finished] = (await inspect(ctx, '{{.Created}} {{.State.FinishedAt}}', 'demo-flaky')).split(' ');
    expect(Date.parse(finished!) - Date.parse(created!)).toBeGreaterThanOrEqual(MIN_BACKOFF_MS);
  },

  'clean-up': async (ctx) => {
    expect(await ctx.sh('docker ps -aq --filter name=^/demo')).toBe('');
  },

  'image-rm': async (ctx) => {
    expect(await ctx.sh('docker image ls -q crash-demo')).toBe('');
  },
});
