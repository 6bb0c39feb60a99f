import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../support/app-process';

const names: Array<[string, string]> = [
  ['SQL metacharacters', "'); DROP TABLE todo_items;--"],
  ['quotes and a semicolon', `Robert"; SELECT * FROM todo_items WHERE '1'='1`],
  ['Korean and an emoji', '할 일 🐳'],
  ['Hangul as combining jamo (NFD)', '\u1112\u1161\u11AB\u1100\u1173\u11AF'],
  ['a combining accent', 'Cafe\u0301'],
  ['4-byte emoji with a skin tone and a ZWJ family', '👍🏽 👨‍👩‍👧‍👦 𝌆'],
  ['leading and trailing spaces, kept as sent', '  padded  '],
  ['HTML, stored as text', '<script>alert("x")</script>'],
  ['a NUL and a newline', 'line one\nline\u0000two'],
  ['exactly 255 characters', 'x'.repeat(255)],
  ['exactly 255 emoji (each one character)', '🐳'.repeat(255)],
];

describe('todo-app API (host process): names are stored exactly as sent', () => {
  let app: AppProcess;

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await app?.[Symbol.asyncDispose]();
  });

  it.each(names)('should round-trip %s', async (_what, name) => {
    const created = await app.sendJson('POST', '/items', { name });
    expect(created.status).toBe(201);
    const item = await created.json();
    expect(item.name).toBe(name);

    const read = await (await app.request(`/items/${item.id}`)).json();
    expect(read.name).toBe(name);

    const replaced = await app.sendJson('PUT', `/items/${item.id}`, { name, completed: true });
    expect(await replaced.json()).toEqual({ id: item.id, name, completed: true });
  });

  it('should still have its table and every item after all of them', async () => {
    const items = await app.items();
    expect(items.map((item) => item.name)).toEqual(names.map(([, name]) => name));
  });

  it('should keep every name byte for byte across a restart', async () => {
    const before = await app.items();
    await app.restart();
    expect(await app.items()).toEqual(before);
  });
});
