import { expect } from 'vitest';
import { readerApp } from '../../support/reader-app';
import { expectExampleRestored } from '../../support/example-files';
import { waitUntil } from '../../support/wait-until';
import { defineScenario, type ScenarioContext } from '../../runner';

/** Seconds from bash's `time` output (`real\t0m10.235s`). */
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

/** The reader stops a container only after it has started; the app says so in its logs. */
async function listening(ctx: ScenarioContext, name: string): Promise<void> {
  const logs = async (): Promise<true | undefined> =>
    (await ctx.sh(`docker logs ${name} 2>&1`)).includes('Listening on port 3000') ? true : undefined;
  await waitUntil(`${name} to listen`, logs);
}

const lsApp = async (ctx: ScenarioContext): Promise<string[]> => (await ctx.output()).trim().split('\n');

export default defineScenario({
  // The page says the steps up to `npm ci` come from the cache and only `COPY src` runs again.
  'rebuild-good': async (ctx) => {
    const log = (await ctx.output());
    expect(log).toMatch(/\[4\/6\] COPY package\.json package-lock\.json \.\/\n#\d+ CACHED/);
    expect(log).toMatch(/\[5\/6\] RUN npm ci --omit=dev\n#\d+ CACHED/);
    expect(log).toMatch(/\[6\/6\] COPY src \.\/src\n#\d+ DONE/);
  },

  // The page says the naive Dockerfile copies again and installs again after the same one-line edit.
  'rebuild-naive': async (ctx) => {
    const log = (await ctx.output());
    expect(log).toMatch(/\[3\/4\] COPY \. \.\n#\d+ DONE/);
    expect(log).toMatch(/\[4\/4\] RUN npm install\n#\d+ \d+\.\d+ /);
    expect(log).not.toMatch(/\[4\/4\] RUN npm install\n#\d+ CACHED/);
  },

  // Without .dockerignore the secret file and the git repository are inside the image.
  'naive-ls': async (ctx) => {
    expect(lsApp(ctx)).toEqual(expect.arrayContaining(['.env', '.git', 'node_modules', '.dockerignore.off']));
  },

  'naive-env': async (ctx) => {
    expect((await ctx.output())).toBe('DB_PASSWORD=super-secret\n');
  },

  'naive-ls-ignored': async (ctx) => {
    const files = lsApp(ctx);
    expect(files).not.toContain('.env');
    expect(files).not.toContain('.git');
    expect(files).toEqual(expect.arrayContaining(['.dockerignore', 'node_modules', 'src']));
  },

  // An ignored file is not in the build context: changing it leaves `COPY . .` cached.
  'rebuild-naive-env-changed': async (ctx) => {
    expect((await ctx.output())).toMatch(/\[3\/4\] COPY \. \.\n#\d+ CACHED/);
  },

  whoami: async (ctx) => {
    expect((await ctx.output())).toBe('root\nnode\n');
  },

  // The page quotes the multi-stage image as much smaller than the naive one.
  'image-sizes': async (ctx) => {
    const size = async (image: string): Promise<number> => Number(await inspect(ctx, '{{.Size}}', image));
    expect(await size('todo-small')).toBeLessThanOrEqual(0.7 * (await size('todo-naive')));
    expect(await inspect(ctx, '{{.Config.User}}', 'todo-small')).toBe('node');
  },

  // The reader opens http://localhost:3000 and sees the app, served by the image without a shell.
  'run-small': async (ctx) => {
    await ctx.waitForHttp(`${readerApp.url}/`, { bodyIncludes: '<html' });
    expect(await readerApp.items()).toEqual([]);
  },

  // "A few seconds later" the container is healthy.
  health: async (ctx) => {
    await waitUntil('todo-small to be healthy', async () =>
      (await inspect(ctx, '{{.State.Health.Status}}', 'todo-small')) === 'healthy' ? true : undefined,
    );
  },

  'health-status': async (ctx) => {
    expect((await ctx.output())).toBe('healthy\n');
  },

  'run-naive': async (ctx) => listening(ctx, 'naive'),

  // Two processes: the shell as PID 1 and node as its child.
  'top-naive': async (ctx) => {
    const top = await ctx.sh('docker top naive -o pid,ppid,args');
    expect(top).toContain('/bin/sh -c node src/index.js');
    expect(top).toMatch(/^\s*\d+\s+\d+\s+node src\/index\.js$/m);
  },

  // Docker waited its 10 s for a PID 1 that ignores SIGTERM, then killed it.
  'stop-naive': async (ctx) => {
    naiveStop = await realSeconds(ctx);
    expect(naiveStop).toBeGreaterThanOrEqual(9.5);
    expect(await inspect(ctx, '{{.State.ExitCode}}', 'naive')).toBe('137');
  },

  'run-naive-init': async (ctx) => listening(ctx, 'naive-init'),

  'stop-naive-init': async (ctx) => {
    // Relative to the naive stop measured on this machine, in this run: a busy machine slows both.
    expect(await realSeconds(ctx)).toBeLessThan(naiveStop / 3);
  },

  // Fast, but the app's own shutdown code never ran.
  'logs-naive-init': async (ctx) => {
    expect((await ctx.output())).toBe('Using sqlite database at /etc/todos/todo.db\nListening on port 3000\n');
  },

  'run-todo': async (ctx) => listening(ctx, 'todo'),

  'stop-todo': async (ctx) => {
    // Relative to the naive stop measured on this machine, in this run: a busy machine slows both.
    expect(await realSeconds(ctx)).toBeLessThan(naiveStop / 3);
    expect(await inspect(ctx, '{{.State.ExitCode}}', 'todo')).toBe('0');
  },

  'logs-todo': async (ctx) => {
    expect((await ctx.output())).toContain('Received SIGTERM, shutting down\nClosed the database. Bye!\n');
  },

  // The 0B lines of WORKDIR and RUN mkdir are layers all the same: five layers on top of the base image.
  history: async (ctx) => {
    expect((await ctx.output())).toMatch(/RUN \/bin\/sh -c npm ci --omit=dev/);
    expect((await ctx.output())).toMatch(/^<missing>\s+\S.*\s+WORKDIR \/app\s+0B\s/m);
    const layers = async (image: string): Promise<number> => Number(await inspect(ctx, '{{len .RootFS.Layers}}', image));
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
