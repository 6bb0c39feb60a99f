import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2/promise';

// A database container that was just started may need a while before it takes connections.
const WAIT_FOR_DB_MS = 60_000;
const RETRY_EVERY_MS = 1_000;

// Waiting cannot fix a wrong user, password or database name.
const PERMANENT_ERRORS = new Set(['ER_ACCESS_DENIED_ERROR', 'ER_DBACCESS_DENIED_ERROR', 'ER_BAD_DB_ERROR']);

let pool;

export async function init() {
  const host = setting('MYSQL_HOST');
  pool = mysql.createPool({
    host,
    user: setting('MYSQL_USER'),
    password: setting('MYSQL_PASSWORD'),
    database: setting('MYSQL_DB'),
    // 4-byte UTF-8, so emoji survive the trip (MySQL's older "utf8" stops at 3 bytes).
    charset: 'utf8mb4',
    connectionLimit: 5,
  });
  await waitForDatabase(host);
  // seq keeps creation order; id is what the API shows.
  await pool.query(`
    CREATE TABLE IF NOT EXISTS todo_items (
      seq BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL UNIQUE,
      name VARCHAR(255) NOT NULL,
      completed BOOLEAN NOT NULL DEFAULT FALSE
    ) CHARACTER SET utf8mb4
  `);
  console.log(`Connected to mysql db at host ${host}`);
}

export async function teardown() {
  await pool?.end();
  pool = undefined;
}

export async function getItems() {
  const [rows] = await pool.execute('SELECT id, name, completed FROM todo_items ORDER BY seq');
  return rows.map(toItem);
}

export async function getItem(id) {
  const [rows] = await pool.execute('SELECT id, name, completed FROM todo_items WHERE id = ?', [id]);
  return rows.length > 0 ? toItem(rows[0]) : undefined;
}

export async function storeItem(item) {
  await pool.execute('INSERT INTO todo_items (id, name, completed) VALUES (?, ?, ?)', [
    item.id,
    item.name,
    item.completed,
  ]);
}

export async function updateItem(id, item) {
  // mysql2 counts matched rows, so an update that changes nothing still finds its item.
  const [result] = await pool.execute('UPDATE todo_items SET name = ?, completed = ? WHERE id = ?', [
    item.name,
    item.completed,
    id,
  ]);
  return result.affectedRows > 0;
}

export async function removeItem(id) {
  const [result] = await pool.execute('DELETE FROM todo_items WHERE id = ?', [id]);
  return result.affectedRows > 0;
}

function toItem(row) {
  return { id: row.id, name: row.name, completed: row.completed === 1 };
}

/** The variable NAME, or the content of the file that NAME_FILE points to (e.g. a Docker secret). */
function setting(name) {
  const file = process.env[`${name}_FILE`];
  return file ? readFileSync(file, 'utf8').replace(/\r?\n$/, '') : process.env[name];
}

async function waitForDatabase(host) {
  // Until the app listens, its own SIGTERM handler is not there yet: stop waiting on a signal.
  const stop = new AbortController();
  const onSignal = (signal) => stop.abort(new Error(`Received ${signal} while waiting for the database`));
  process.once('SIGTERM', onSignal).once('SIGINT', onSignal);
  try {
    const deadline = Date.now() + WAIT_FOR_DB_MS;
    for (;;) {
      try {
        await pool.query('SELECT 1');
        return;
      } catch (err) {
        if (PERMANENT_ERRORS.has(err.code)) throw err;
        if (Date.now() + RETRY_EVERY_MS > deadline) {
          throw new Error(`mysql db at host ${host} did not answer within ${WAIT_FOR_DB_MS / 1000} s: ${reason(err)}`);
        }
        console.log(`Waiting for mysql db at host ${host}: ${reason(err)}`);
        await sleep(RETRY_EVERY_MS, undefined, { signal: stop.signal }).catch(() => {
          throw stop.signal.reason;
        });
      }
    }
  } finally {
    process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
  }
}

// Node's network errors name their code in the message; an AggregateError (several addresses) has only the code.
function reason(err) {
  const message = err.message ?? '';
  return !err.code || message.includes(err.code) ? message : `${err.code} ${message}`.trim();
}
