import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, type Item, startApp } from '../support/app-process';
import { badRequests, expectRejected, sendBad } from './bad-requests';

describe('todo-app API (host process): bad input gets a 4xx JSON error and changes nothing', () => {
  let app: AppProcess;
  let seeded: Item[];

  beforeAll(async () => {
    app = await startApp();
    for (const name of ['milk', 'eggs']) await app.sendJson('POST', '/items', { name });
    await app.sendJson('PUT', `/items/${(await app.items())[1].id}`, { name: 'eggs', completed: true });
    seeded = await app.items();
  });

  afterAll(async () => {
    await app?.[Symbol.asyncDispose]();
  });

  it.each(badRequests)('should answer $status to $what', async (bad) => {
    await expectRejected(await sendBad(app.url, bad, seeded[0].id), bad);

    expect(await app.items()).toEqual(seeded);
    expect(app.alive).toBe(true);
  });

  it('should have printed no stack trace for any of them', () => {
    expect(app.logs).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
    expect(app.logs).not.toContain('Internal server error');
  });
});
