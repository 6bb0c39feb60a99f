import * as sqlite from './sqlite.js';

// Every backend offers the same async functions:
// init, teardown, getItems, getItem, storeItem, updateItem, removeItem.
export function chooseBackend() {
  if (process.env.MYSQL_HOST) {
    throw new Error(
      `MYSQL_HOST is set to "${process.env.MYSQL_HOST}", but this version of the app only supports SQLite. ` +
        'Unset MYSQL_HOST to use SQLite.',
    );
  }
  return sqlite;
}
