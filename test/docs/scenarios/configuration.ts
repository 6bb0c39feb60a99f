import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';
import { itemsWhenUp } from '../../support/reader-app';

const APP_ON_3001 = 'http://localhost:3001';
const TOKEN = 'tok-not-a-real-token-1234';
const APP = 'configuration-app-1';
const DB = 'configuration-mysql-1';

/** The password the reader's secret file holds, as the app reads it (without the line break). */
const password = (ctx: ScenarioContext): string =>
  readFileSync(path.join(ctx.cwd, 'secrets', 'db_password.txt'), 'utf8').replace(/\n$/, '');

export default defineScenario({
  // -e PORT=4000: the app listens on 4000 inside, reached on the host's 3000 through -p 3000:4000.
  'wait-env': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
  },

  // --env-file moved the database: the file is where todo.env says.
  'wait-env-file': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
    expect(await ctx.sh(`docker exec todo ls /tmp/todos`)).toBe('todo.db\n');
  },

  'make-secrets': async (ctx) => {
    expect(password(ctx)).toMatch(/^[A-Za-z0-9+/]{32}$/);
  },

  // Both passwords came from files: MariaDB created the todo user with one, the app logged in with it,
  // and the reader adds an item in the browser.
  up: async (ctx) => {
    await ctx.waitForHttp(`${APP_ON_3001}/items`);
    const mounts = JSON.parse(await ctx.sh(`docker inspect -f '{{json .Mounts}}' ${APP}`)) as Array<{
      Destination: string;
      RW: boolean;
    }>;
    expect(mounts).toEqual([expect.objectContaining({ Destination: '/run/secrets/db_password', RW: false })]);
    const reply = await fetch(`${APP_ON_3001}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'secrets로 접속하기' }),
    });
    expect(reply.status).toBe(201);
  },

  // Neither container's inspect output nor the resolved compose file holds the password itself.
  'inspect-secret': async (ctx) => {
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
    const found = await ctx.sh(`docker image save token-secret | grep -a -c -- '${TOKEN}' || true`);
    expect(found.trim()).toBe('0');
    expect(await ctx.sh(`docker inspect -f '{{json .Config.Env}}' token-secret`)).not.toContain(TOKEN);
  },

  // The shown history elides its base image's lines; none of them holds the token either.
  'history-token-secret': async (ctx) => {
    expect(await ctx.output()).not.toContain(TOKEN);
  },

  'clean-up': async (ctx) => {
    for (const image of ['token-arg', 'token-secret', 'configuration-app']) {
      expect(await ctx.sh(`docker image ls -q ${image}`)).toBe('');
    }
    expect(await ctx.sh('ls -A')).not.toMatch(/^(\.env|api-token\.txt|secrets)$/m);
  },
});
