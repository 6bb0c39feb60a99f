import { createServer } from 'node:http';

const port = Number(process.env.PORT || 3000);

// Like an app that finds a setting it needs is wrong: it gives up before it serves anything.
if (process.env.CRASH_ON_START) {
  console.error('CRASH_ON_START is set: exiting with code 1');
  process.exit(1);
}

const startedAt = new Date().toISOString();

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/crash') {
    // Take no new requests, answer this one, then exit: whoever asks next reaches the next run of the app.
    server.close();
    res.end('Crashing with exit code 1\n', () => {
      console.error('Crashing on purpose with exit code 1');
      process.exit(1);
    });
    return;
  }
  res.end(`Hello! Running since ${startedAt}\n`);
});

server.listen(port, () => console.log(`Listening on port ${port}`));

process.once('SIGTERM', () => {
  console.log('Received SIGTERM, shutting down');
  server.close(() => process.exit(0));
  server.closeIdleConnections();
});
