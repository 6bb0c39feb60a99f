import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { itemsWhenUp } from '../../support/reader-app';
import { defineScenario, type ScenarioContext } from '../../runner';

const APP_ON_3001 = 'http://localhost:3001';
const TOKEN = 'tok-not-a-real-token-1234';
const APP = 'configuration-app-1';
const DB = 'configuration-mysql-1';

const logsOf = (ctx: ScenarioContext, container: string): Promise<string> => ctx.sh(`docker logs ${container} 2>&1`);

/** The password the reader's secret file holds, as the app reads it (without the line break). */
const password = async (ctx: ScenarioContext): Promise<string> =>
  readFileSync(path.join(ctx.cwd, 'secrets', 'db_password.txt'), 'utf8').replace(/\n$/, '');

export default defineScenario({
  // -e PORT=4000: the app listens on 4000 inside, reached on the host's 3000 through -p 3000:4000.
  'run-env': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
  },

  'logs-env': async (ctx) => {
    expect((await ctx.output())).toBe('Using sqlite database at /etc/todos/todo.db\nListening on port 4000\n');
  },

  // What -e passed is there for anyone who can run docker inspect.
  'inspect-env': async (ctx) => {
    expect((await ctx.output()).split('\n')[0]).toBe('PORT=4000');
  },

  'run-env-file': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
    expect(await ctx.sh(`docker exec todo ls /tmp/todos`)).toBe('todo.db\n');
  },

  'logs-env-file': async (ctx) => {
    expect((await ctx.output())).toBe('Using sqlite database at /tmp/todos/todo.db\nListening on port 4000\n');
  },

  // env_file merged into environment; no TODO_PORT anywhere yet, so the default 3000.
  config: async (ctx) => {
    const out = (await ctx.output());
    expect(out).toMatch(/^name: configuration$/m);
    expect(out).toContain(
      '    environment:\n      MYSQL_DB: todos\n      MYSQL_HOST: mysql\n      MYSQL_PASSWORD_FILE: /run/secrets/db_password\n      MYSQL_USER: todo\n',
    );
    expect(out).toContain('        target: 3000\n        published: "3000"\n');
  },

  'config-dot-env': async (ctx) => {
    expect((await ctx.output())).toBe('        published: "3001"\n');
  },

  'config-shell': async (ctx) => {
    expect((await ctx.output())).toBe('        published: "3002"\n');
  },

  // The ARG value is readable in the running image and in its history.
  'run-token-arg': async (ctx) => {
    expect((await ctx.output())).toBe(`token length: ${TOKEN.length}\n`);
  },

  'printenv-token-arg': async (ctx) => {
    expect((await ctx.output())).toBe(`${TOKEN}\n`);
  },

  'history-token-arg': async (ctx) => {
    expect((await ctx.output())).toContain(`RUN |1 API_TOKEN=${TOKEN} /…`);
    expect((await ctx.output())).toContain(`ENV API_TOKEN=${TOKEN}`);
  },

  'make-secrets': async (ctx) => {
    expect(password(ctx)).toMatch(/^[A-Za-z0-9+/]{32}$/);
  },

  // Both passwords came from files: MariaDB created the todo user with one, the app logged in with it.
  up: async (ctx) => {
    await ctx.waitForHttp(`${APP_ON_3001}/items`);
    expect(await logsOf(ctx, APP)).toContain('Connected to mysql db at host mysql');
    const mounts = JSON.parse(await ctx.sh(`docker inspect -f '{{json .Mounts}}' ${APP}`)) as Array<{ Destination: string; RW: boolean }>;
    expect(mounts).toEqual([expect.objectContaining({ Destination: '/run/secrets/db_password', RW: false })]);
    const reply = await fetch(`${APP_ON_3001}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'secrets로 접속하기' }),
    });
    expect(reply.status).toBe(201);
  },

  logs: async (ctx) => {
    expect((await ctx.output()).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')).toBe(
      'app-1  | Connected to mysql db at host mysql\napp-1  | Listening on port 3000\n',
    );
  },

  'ls-secrets': async (ctx) => {
    expect((await ctx.output()).trim()).toBe('db_password');
  },

  // Neither container's inspect output nor the resolved compose file holds the password itself.
  'inspect-secret': async (ctx) => {
    expect((await ctx.output())).toBe('MYSQL_PASSWORD_FILE=/run/secrets/db_password\n');
    const secret = password(ctx);
    expect(await ctx.sh(`docker inspect ${APP} ${DB}`)).not.toContain(secret);
    expect(await ctx.sh('docker compose config')).not.toContain(secret);
  },

  down: async (ctx) => {
    expect(await ctx.sh(`docker ps -aq --filter name=^/configuration-`)).toBe('');
    expect(await ctx.sh(`docker volume ls -q --filter name=^configuration_`)).toBe('');
  },

  // The build read the token; the image holds neither the token nor the mounted file.
  'run-token-secret': async (ctx) => {
    expect((await ctx.output())).toBe(`token length: ${TOKEN.length}\n`);
    const found = await ctx.sh(`docker image save token-secret | grep -a -c -- '${TOKEN}' || true`);
    expect(found.trim()).toBe('0');
    expect(await ctx.sh(`docker inspect -f '{{json .Config.Env}}' token-secret`)).not.toContain(TOKEN);
  },

  'history-token-secret': async (ctx) => {
    expect((await ctx.output())).toContain('RUN /bin/sh -c token="$(cat /run/secrets/api…');
    expect((await ctx.output())).not.toContain(TOKEN);
  },

  'clean-up': async (ctx) => {
    for (const image of ['token-arg', 'token-secret', 'configuration-app']) {
      expect(await ctx.sh(`docker image ls -q ${image}`)).toBe('');
    }
    expect(await ctx.sh('ls -A')).not.toMatch(/^(\.env|api-token\.txt|secrets)$/m);
  },
});
