import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerode, removeVolume } from '../support/docker';
import { buildTodoImage, startTodo, type TodoApp } from '../support/todo-image';

const ITEM_COUNT = 100;

describe('todo-app image: data in a named volume', () => {
  const volume = `docker101-test-todo-db-${randomUUID().slice(0, 8)}`;
  let image: Awaited<ReturnType<typeof buildTodoImage>>;
  const started: TodoApp[] = [];

  const startWithVolume = async () => {
    const app = await startTodo(image.tag, (c) => c.withBindMounts([{ source: volume, target: '/etc/todos' }]));
    started.push(app);
    return app;
  };

  beforeAll(async () => {
    image = await buildTodoImage();
    await (await dockerode()).createVolume({ Name: volume });
  });

  afterAll(async () => {
    for (const app of started) await app.remove();
    await removeVolume(volume);
    await image?.remove();
  });

  it('should keep 100 items, same ids and content, after the container is replaced', async () => {
    const first = await startWithVolume();
    for (let i = 0; i < ITEM_COUNT; i++) {
      const res = await first.sendJson('POST', '/items', { name: `할 일 ${i} 🐳` });
      expect(res.status).toBe(201);
    }
    const completed = (await first.items())[7];
    await first.sendJson('PUT', `/items/${completed.id}`, { name: completed.name, completed: true });
    const before = await first.items();
    expect(before).toHaveLength(ITEM_COUNT);

    await first.container.stop();
    const second = await startWithVolume();

    expect(second.container.getId()).not.toBe(first.container.getId());
    expect(await second.items()).toEqual(before);
  });

  it('should keep the database file in the volume', async () => {
    const app = started.at(-1)!;
    const { output, exitCode } = await app.container.exec(['ls', '/etc/todos']);
    expect(exitCode).toBe(0);
    expect(output).toContain('todo.db');
  });
});
