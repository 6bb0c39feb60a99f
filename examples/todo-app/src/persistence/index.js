// Every backend offers the same async functions:
// init, teardown, getItems, getItem, storeItem, updateItem, removeItem.
// Each is imported only when chosen: MySQL mode never loads node:sqlite, which older Node 24 releases warn about.
export function chooseBackend() {
  return process.env.MYSQL_HOST || process.env.MYSQL_HOST_FILE ? import('./mysql.js') : import('./sqlite.js');
}
