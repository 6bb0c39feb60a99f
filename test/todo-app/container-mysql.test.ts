import { Network, type StartedNetwork, type StartedTestContainer } from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerode, removeContainer } from '../support/docker';
import { containerLogs, mariadb, sql } from '../support/mariadb';
import type { Item } from '../support/todo-client';
import { buildTodoImage, startTodo, type TodoApp } from '../support/todo-image';
import { badRequests, expectRejected, sendBad } from './bad-requests';

// The multi-container page's setup: MariaDB with the alias `mysql`, the app on the same network.
const MYSQL_ENV = { MYSQL_HOST: 'mysql', MYSQL_USER: 'root', MYSQL_PASSWORD: 'secret', MYSQL_DB: 'todos' };

const names: Array<[string, string]> = [
  ['Korean and an emoji', '할 일 🐳'],
  ['4-byte emoji with a skin tone and a ZWJ family', '👍🏽 👨‍👩‍👧‍👦 𝌆'],
  ['Hangul as combining jamo (NFD)', '\u1112\u1161\u11AB\u1100\u1173\u11AF'],
  ['SQL metacharacters', "'); DROP TABLE todo_items;--"],
  ['a backslash and quotes', `C:\\todo "it's" \\n`],
  ['leading and trailing spaces, kept as sent', '  padded  '],
  ['a NUL and a newline', 'line one\nline\u0000two'],
  ['exactly 255 emoji (each one character)', '🐳'.repeat(255)],
];

describe('todo-app image on MariaDB: same API, data in the database', () => {
  let image: Awaited<ReturnType<typeof buildTodoImage>>;
  let network: StartedNetwork;
  let db: StartedTestContainer;
  let app: TodoApp;

  beforeAll(async () => {
    network = await new Network().start();
    [image, db] = await Promise.all([
      buildTodoImage(),
      mariadb({ MARIADB_ROOT_PASSWORD: 'secret', MARIADB_DATABASE: 'todos' })
        .withNetwork(network)
        .withNetworkAliases('mysql')
        .start(),
    ]);
    app = await startTodo(image.tag, (c) => c.withNetwork(network).withEnvironment(MYSQL_ENV));
  });

  afterAll(async () => {
    if (app) await app.remove();
    if (db) await removeContainer(db.getId());
    await network?.stop();
    await image?.remove();
  });

  it('should log that it uses the database at host mysql, not SQLite', async () => {
    const logs = await containerLogs(app.container.getId());
    expect(logs).toContain('Connected to mysql db at host mysql');
    expect(logs).not.toContain('sqlite');
  });

  it('should create, read, update and delete an item, and keep creation order', async () => {
    expect(await app.items()).toEqual([]);
    const created = await app.sendJson('POST', '/items', { name: '도커 배우기' });
    expect(created.status).toBe(201);
    const item = (await created.json()) as Item;
    expect(item).toMatchObject({ name: '도커 배우기', completed: false });
    const later = (await (await app.sendJson('POST', '/items', { name: 'MariaDB', completed: true })).json()) as Item;
    expect(await app.items()).toEqual([item, later]);

    const updated = await app.sendJson('PUT', `/items/${item.id}`, { name: '도커 배우기', completed: true });
    expect(await updated.json()).toEqual({ ...item, completed: true });
    // The same values again change no row, but the item exists: 200, not 404.
    const unchanged = await app.sendJson('PUT', `/items/${item.id}`, { name: '도커 배우기', completed: true });
    expect(unchanged.status).toBe(200);
    expect(await (await app.request(`/items/${item.id.toUpperCase()}`)).json()).toEqual({ ...item, completed: true });

    expect((await app.request(`/items/${item.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request(`/items/${later.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await app.items()).toEqual([]);
  });

  it.each(names)('should round-trip %s byte for byte', async (_what, name) => {
    const created = await app.sendJson('POST', '/items', { name });
    expect(created.status).toBe(201);
    const item = (await created.json()) as Item;
    expect(((await (await app.request(`/items/${item.id}`)).json()) as Item).name).toBe(name);
  });

  it('should hold those names in the database as the app stored them', async () => {
    const stored = await app.items();
    expect(stored.map((item) => item.name)).toEqual(names.map(([, name]) => name));
    // Read back through the database's own client: the first name, in utf8mb4, in todo_items.
    expect(await sql(db, `SELECT name FROM todos.todo_items WHERE id = '${stored[0]!.id}'`)).toBe(`${names[0]![1]}\n`);
  });

  it.each(badRequests)('should answer $status to $what and change nothing', async (bad) => {
    const before = await app.items();
    await expectRejected(await sendBad(app.url, bad, before[0]!.id), bad);
    expect(await app.items()).toEqual(before);
  });

  it('should close its connections and exit 0 on docker stop, well under the 10 s kill timeout', async () => {
    const abortedClients = () =>
      sql(db, "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'ABORTED_CLIENTS'");
    const abortedBefore = await abortedClients();
    const handle = (await dockerode()).getContainer(app.container.getId());
    const began = performance.now();
    await handle.stop({ t: 10 });
    // Exit 0, not 137: the app handled SIGTERM before Docker's 10 s grace ran out; half of it is a generous bound.
    expect(performance.now() - began).toBeLessThan(5_000);
    expect((await handle.inspect()).State.ExitCode).toBe(0);
    expect(await containerLogs(app.container.getId())).toContain('Closed the database');
    // Every pooled connection said goodbye; one that just vanished would count as an aborted client.
    expect(await abortedClients()).toBe(abortedBefore);
  });
});
