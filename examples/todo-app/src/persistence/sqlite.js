import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const location = process.env.SQLITE_DB_LOCATION || '/etc/todos/todo.db';

let db;

export async function init() {
  mkdirSync(dirname(location), { recursive: true });
  db = new DatabaseSync(location);
  db.exec(`
    CREATE TABLE IF NOT EXISTS todo_items (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      completed INTEGER NOT NULL DEFAULT 0
    )
  `);
  console.log(`Using sqlite database at ${location}`);
}

export async function teardown() {
  db?.close();
  db = undefined;
}

export async function getItems() {
  // rowid grows with every insert, so this is creation order.
  const rows = db.prepare('SELECT * FROM todo_items ORDER BY rowid').all();
  return rows.map(toItem);
}

export async function getItem(id) {
  const row = db.prepare('SELECT * FROM todo_items WHERE id = ?').get(id);
  return row ? toItem(row) : undefined;
}

export async function storeItem(item) {
  db.prepare('INSERT INTO todo_items (id, name, completed) VALUES (?, ?, ?)').run(
    item.id,
    item.name,
    item.completed ? 1 : 0,
  );
}

export async function updateItem(id, item) {
  const result = db
    .prepare('UPDATE todo_items SET name = ?, completed = ? WHERE id = ?')
    .run(item.name, item.completed ? 1 : 0, id);
  return result.changes > 0;
}

export async function removeItem(id) {
  const result = db.prepare('DELETE FROM todo_items WHERE id = ?').run(id);
  return result.changes > 0;
}

function toItem(row) {
  return { id: row.id, name: row.name, completed: row.completed === 1 };
}
