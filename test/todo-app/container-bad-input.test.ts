import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerode } from '../support/docker';
import type { Item } from '../support/todo-client';
import { buildTodoImage, startTodo, type TodoApp } from '../support/todo-image';
import { badRequests, expectRejected, sendBad } from './bad-requests';

describe('todo-app image: bad input gets a 4xx JSON error and changes nothing', () => {
  let image: Awaited<ReturnType<typeof buildTodoImage>>;
  let app: TodoApp;
  let seeded: Item[];

  beforeAll(async () => {
    image = await buildTodoImage();
    app = await startTodo(image.tag);
    for (const name of ['milk', '우유 🥛']) await app.sendJson('POST', '/items', { name });
    seeded = await app.items();
  });

  afterAll(async () => {
    await app?.remove();
    await image?.remove();
  });

  it.each(badRequests)('should answer $status to $what', async (bad) => {
    await expectRejected(await sendBad(app.url, bad, seeded[0].id), bad);
    expect(await app.items()).toEqual(seeded);
  });

  it('should still be the same running process after all of them', async () => {
    const container = (await dockerode()).getContainer(app.container.getId());
    const { State } = await container.inspect();
    expect(State.Running).toBe(true);
    expect(State.Restarting).toBe(false);
    const logs = (await container.logs({ stdout: true, stderr: true })).toString('utf8');
    expect(logs.match(/Listening on port/g)).toHaveLength(1);
  });
});
