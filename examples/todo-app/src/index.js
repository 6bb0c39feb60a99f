import { createApp } from './app.js';
import { chooseBackend } from './persistence/index.js';

const port = Number(process.env.PORT || 3000);

let db;
try {
  db = await chooseBackend();
  await db.init();
} catch (err) {
  console.error(`Could not open the database: ${err.message}`);
  process.exit(1);
}

const server = createApp(db).listen(port, (err) => {
  if (err) {
    console.error(`Could not listen on port ${port}: ${err.message}`);
    process.exit(1);
  }
  // With PORT=0 the system picks a free port; print the real one.
  console.log(`Listening on port ${server.address().port}`);
});

function shutdown(signal) {
  console.log(`Received ${signal}, shutting down`);
  server.close(async () => {
    await db.teardown();
    console.log('Closed the database. Bye!');
  });
  // Keep-alive connections that are not in the middle of a request would otherwise hold the server open.
  server.closeIdleConnections();
}

process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
