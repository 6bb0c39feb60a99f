import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TodoApp, todoOnVolume } from '../support/todo-image';

const ITEM_COUNT = 100;

describe('todo-app image: data in a named volume', () => {
  let todo: Awaited<ReturnType<typeof todoOnVolume>>;
  const startWithVolume = (): Promise<TodoApp> => todo.start();

  beforeAll(async () => {
    todo = await todoOnVolume('docker101-test-todo-db');
  });

  afterAll(() => todo?.remove());

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
    const app = todo.started.at(-1)!;
    const { output, exitCode } = await app.container.exec(['ls', '/etc/todos']);
    expect(exitCode).toBe(0);
    expect(output).toContain('todo.db');
  });
});
