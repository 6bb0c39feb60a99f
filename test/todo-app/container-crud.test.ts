import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTodoImage, startTodo, type TodoApp } from '../support/todo-image';

describe('todo-app image: CRUD over HTTP', () => {
  let image: Awaited<ReturnType<typeof buildTodoImage>>;
  let app: TodoApp;

  beforeAll(async () => {
    image = await buildTodoImage();
    app = await startTodo(image.tag);
  });

  afterAll(async () => {
    await app?.remove();
    await image?.remove();
  });

  it('should serve the todo page at /', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/<html/i);
  });

  it('should start with no items', async () => {
    expect(await app.items()).toEqual([]);
  });

  it('should create, read, update and delete an item', async () => {
    const created = await app.sendJson('POST', '/items', { name: '도커 배우기' });
    expect(created.status).toBe(201);
    const item = await created.json();
    expect(item).toMatchObject({ name: '도커 배우기', completed: false });

    expect(await app.items()).toEqual([item]);

    const updated = await app.sendJson('PUT', `/items/${item.id}`, { name: '도커 배우기', completed: true });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toEqual({ ...item, completed: true });
    expect(await app.items()).toEqual([{ ...item, completed: true }]);

    const deleted = await app.request(`/items/${item.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await app.items()).toEqual([]);
  });
});
