import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { waitForHttp } from './wait-for-http';

describe('waitForHttp', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  const listen = (handler: (url: string) => [number, string]): Promise<string> =>
    new Promise((resolve) => {
      server = createServer((req, res) => {
        const [status, body] = handler(req.url ?? '/');
        res.writeHead(status).end(body);
      }).listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`));
    });

  test('polls until the status and body are as expected', async () => {
    let calls = 0;
    const base = await listen(() => (++calls < 3 ? [503, 'starting'] : [200, '<html>todo</html>']));
    const reply = await waitForHttp(`${base}/`, { bodyIncludes: 'todo', intervalMs: 10 });
    expect(reply).toEqual({ status: 200, body: '<html>todo</html>' });
    expect(calls).toBe(3);
  });

  test('gives up after the timeout and says what it saw last', async () => {
    const base = await listen(() => [404, 'nope']);
    await expect(waitForHttp(`${base}/x`, { timeoutMs: 100, intervalMs: 10 })).rejects.toThrow(
      `waited 100 ms for ${base}/x to answer with status 200; last: status 404, body "nope"`,
    );
  });
});
