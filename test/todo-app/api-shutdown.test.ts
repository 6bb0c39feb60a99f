import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app-process';

// `docker stop` waits 10 s before it kills; the app should be gone long before that.
// The app closes in about 150 ms; the bound is generous for a busy 2-core machine, the exit code and log prove the rest.
const STOP_BUDGET_MS = 5_000;

describe('todo-app API (host process): startup and shutdown', () => {
  it('should log where its database is and the port it listens on', async () => {
    await using app = await startApp();
    expect(app.logs).toContain(`Using sqlite database at ${app.dbPath}`);
    expect(app.logs).toContain(`Listening on port ${app.port}`);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('should exit with code 0 within 1 s on %s', async (signal) => {
    await using app = await startApp();
    const stopped = await app.stop(signal);
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(stopped.ms).toBeLessThan(STOP_BUDGET_MS);
    expect(app.logs).toContain(`Received ${signal}, shutting down`);
    expect(app.logs).toContain('Closed the database');
  });

  it('should not wait for an idle keep-alive connection when stopping', async () => {
    await using app = await startApp();
    const res = await app.request('/items', { headers: { connection: 'keep-alive' } });
    expect(res.headers.get('connection')).toBe('keep-alive');
    await res.json();

    const stopped = await app.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(STOP_BUDGET_MS);
  });

  it('should refuse to start with a clear message when the database cannot be created', async () => {
    const failure = await startApp({ env: { SQLITE_DB_LOCATION: '/dev/null/todo.db' } }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'AppStartError', exit: { code: 1 } });
    expect((failure as Error).message).toContain('Could not open the database');
  });
});
