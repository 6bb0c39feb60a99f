import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';
import { expectExampleRestored } from '../../support/example-files';
import { readerApp } from '../../support/reader-app';

/** Seconds from bash's `time` output (`real    0m10.235s`). */
async function realSeconds(ctx: ScenarioContext): Promise<number> {
  const text = await ctx.output();
  const m = /^real\s+(\d+)m([\d.]+)s$/m.exec(text);
  if (!m) throw new Error(`no "real" line from time in:\n${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** How long the naive image took to stop in this run: what the fast stops are compared with. */
let naiveStop = Number.NaN;

const inspect = async (ctx: ScenarioContext, format: string, name: string): Promise<string> =>
  (await ctx.sh(`docker inspect -f '${format}' ${name}`)).trim();

export default defineScenario({
  // The order in which BuildKit reports cached steps varies, so the page's output lists them unordered: which step
  // was CACHED and which ran is checked here.
  'rebuild-good': async (ctx) => {
    const log = await ctx.output();
    expect(log).toMatch(/\[4\/6\] COPY package\.json package-lock\.json \.\/\n#\d+ CACHED/);
    expect(log).toMatch(/\[5\/6\] RUN npm ci --omit=dev\n#\d+ CACHED/);
    expect(log).toMatch(/\[6\/6\] COPY src \.\/src\n#\d+ DONE/);
  },

  // An ignored file is not in the build context: changing it leaves `COPY . .` and the install cached.
  'rebuild-naive-env-changed': async (ctx) => {
    const log = await ctx.output();
    expect(log).toMatch(/\[3\/4\] COPY \. \.\n#\d+ CACHED/);
    expect(log).toMatch(/\[4\/4\] RUN npm install\n#\d+ CACHED/);
  },

  // The page quotes the multi-stage image as much smaller than the naive one.
  'image-sizes': async (ctx) => {
    const size = async (image: string): Promise<number> => Number(await inspect(ctx, '{{.Size}}', image));
    expect(await size('todo-small')).toBeLessThanOrEqual(0.7 * (await size('todo-naive')));
    expect(await inspect(ctx, '{{.Config.User}}', 'todo-small')).toBe('node');
  },

  // Healthy: the reader opens http://localhost:3000 and sees the app, served by the image without a shell.
  'wait-healthy': async (ctx) => {
    await ctx.waitForHttp(`${readerApp.url}/`, { bodyIncludes: '<html' });
    expect(await readerApp.items()).toEqual([]);
  },

  // Two processes: the shell, and node as its child.
  'top-naive': async (ctx) => {
    const rows = (await ctx.sh('docker top naive -o pid,ppid,args')).trimEnd().split('\n').slice(1);
    const parsed = rows.map((row) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(row)?.slice(1) ?? []);
    const shell = parsed.find(([, , args]) => args === '/bin/sh -c node src/index.js');
    const node = parsed.find(([, , args]) => args === 'node src/index.js');
    expect(node?.[1]).toBe(shell?.[0]);
  },

  // Docker waited its 10 s for a PID 1 that ignores SIGTERM, then killed it.
  'stop-naive': async (ctx) => {
    naiveStop = await realSeconds(ctx);
    expect(naiveStop).toBeGreaterThanOrEqual(9.5);
    expect(await inspect(ctx, '{{.State.ExitCode}}', 'naive')).toBe('137');
  },

  'stop-naive-init': async (ctx) => {
    // Relative to the naive stop measured on this machine, in this run: a busy machine slows both.
    expect(await realSeconds(ctx)).toBeLessThan(naiveStop / 3);
  },

  'stop-todo': async (ctx) => {
    // Relative to the naive stop measured on this machine, in this run: a busy machine slows both.
    expect(await realSeconds(ctx)).toBeLessThan(naiveStop / 3);
    expect(await inspect(ctx, '{{.State.ExitCode}}', 'todo')).toBe('0');
  },

  // The 0B lines of WORKDIR and RUN mkdir are layers all the same: five layers on top of the base image.
  history: async (ctx) => {
    const layers = async (image: string): Promise<number> =>
      Number(await inspect(ctx, '{{len .RootFS.Layers}}', image));
    expect((await layers('docker-101')) - (await layers('node:24-trixie-slim'))).toBe(5);
  },

  // Only the three layers copied from the build stage carry files.
  'history-small': async (ctx) => {
    const sized = (await ctx.output()).split('\n').filter((l) => /\s\d[\d.]*[kMG]?B\s/.test(l) && !/\s0B\s/.test(l));
    expect(sized).toHaveLength(3);
    expect(sized.every((l) => l.includes('COPY'))).toBe(true);
  },

  // The edit and the practice files are gone: the folder is as downloaded.
  'clean-files': async (ctx) => {
    expect(await ctx.sh('ls -a')).not.toMatch(/^\.(env|git)$/m);
    expectExampleRestored(ctx, 'todo-app', ['src/index.js', '.dockerignore']);
  },
});
