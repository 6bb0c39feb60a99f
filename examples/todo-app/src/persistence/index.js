import * as mysql from './mysql.js';
import * as sqlite from './sqlite.js';

// Every backend offers the same async functions:
// init, teardown, getItems, getItem, storeItem, updateItem, removeItem.
export function chooseBackend() {
  return process.env.MYSQL_HOST || process.env.MYSQL_HOST_FILE ? mysql : sqlite;
}
