import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app-process';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('todo-app API (host process): create, read, update, delete', () => {
  it('should start with an empty list', async () => {
    await using app = await startApp();
    const res = await app.request('/items');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual([]);
  });

  it('should create an item with 201, a UUID and completed false', async () => {
    await using app = await startApp();
    const res = await app.sendJson('POST', '/items', { name: 'Learn Docker' });
    expect(res.status).toBe(201);
    const item = await res.json();
    expect(item).toEqual({ id: expect.stringMatching(UUID), name: 'Learn Docker', completed: false });
    expect(await app.items()).toEqual([item]);
  });

  it('should accept completed: true when creating', async () => {
    await using app = await startApp();
    const res = await app.sendJson('POST', '/items', { name: 'Already done', completed: true });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ name: 'Already done', completed: true });
  });

  it('should list items in the order they were created', async () => {
    await using app = await startApp();
    const names = ['first', 'second', 'third', 'fourth', 'fifth'];
    for (const name of names) await app.sendJson('POST', '/items', { name });
    const [, second] = await app.items();
    await app.request(`/items/${second.id}`, { method: 'DELETE' });
    await app.sendJson('POST', '/items', { name: 'sixth' });
    expect((await app.items()).map((item) => item.name)).toEqual(['first', 'third', 'fourth', 'fifth', 'sixth']);
  });

  it('should read one item by id', async () => {
    await using app = await startApp();
    const item = await (await app.sendJson('POST', '/items', { name: 'one' })).json();
    const res = await app.request(`/items/${item.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(item);
  });

  it('should find an item by its id in upper case', async () => {
    await using app = await startApp();
    const item = await (await app.sendJson('POST', '/items', { name: 'one' })).json();
    const res = await app.request(`/items/${item.id.toUpperCase()}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(item);
  });

  it('should replace name and completed with PUT and return the new item', async () => {
    await using app = await startApp();
    const item = await (await app.sendJson('POST', '/items', { name: 'old name' })).json();
    const res = await app.sendJson('PUT', `/items/${item.id}`, { name: 'new name', completed: true });
    expect(res.status).toBe(200);
    const updated = { id: item.id, name: 'new name', completed: true };
    expect(await res.json()).toEqual(updated);
    expect(await app.items()).toEqual([updated]);
  });

  it('should delete with 204 and an empty body, then answer 404 for that id', async () => {
    await using app = await startApp();
    const keep = await (await app.sendJson('POST', '/items', { name: 'keep' })).json();
    const drop = await (await app.sendJson('POST', '/items', { name: 'drop' })).json();
    const res = await app.request(`/items/${drop.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await app.items()).toEqual([keep]);
    expect((await app.request(`/items/${drop.id}`)).status).toBe(404);
    expect((await app.request(`/items/${drop.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('should keep items, ids and completed flags after a restart on the same database file', async () => {
    await using app = await startApp();
    for (let i = 0; i < 20; i++) await app.sendJson('POST', '/items', { name: `할 일 ${i}` });
    const third = (await app.items())[2];
    await app.sendJson('PUT', `/items/${third.id}`, { name: third.name, completed: true });
    const before = await app.items();

    const stopped = await app.restart();
    expect(stopped.code).toBe(0);
    expect(await app.items()).toEqual(before);
  });

  it('should create the database directory when it does not exist', async () => {
    await using app = await startApp();
    expect(app.logs).toContain(`Using sqlite database at ${app.dbPath}`);
    expect(existsSync(app.dbPath)).toBe(true);
  });
});

describe('todo-app API (host process): the page at /', () => {
  it('should serve the HTML page, its script and its stylesheet without any outside URL', async () => {
    await using app = await startApp();
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<script src="todo.js"></script>');
    expect(html).toContain('href="style.css"');
    expect(html).not.toMatch(/https?:\/\//);

    const script = await app.request('/todo.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain('fetch(path');

    const style = await app.request('/style.css');
    expect(style.status).toBe(200);
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
  });
});
