import { describe, expect, it } from 'vitest';
import { AppProcess, AppStartError, installAppDependencies, startApp } from '../support/app-process';
import { waitUntil } from '../support/wait-until';

// No database answers at this name: the app keeps waiting for it instead of falling back to SQLite.
const NOWHERE = { MYSQL_HOST: 'todo-db.invalid', MYSQL_USER: 'root', MYSQL_PASSWORD: 'secret', MYSQL_DB: 'todos' };

describe('todo-app API (host process): MYSQL_HOST selects the MySQL backend', () => {
  it('should wait for the MySQL server, logging each attempt, and never open SQLite', async () => {
    const failure = await startApp({ env: NOWHERE, startTimeoutMs: 3_500 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppStartError);
    const output = (failure as AppStartError).output;
    expect(output.match(/Waiting for mysql db at host todo-db\.invalid: .*ENOTFOUND/g)?.length).toBeGreaterThanOrEqual(
      2,
    );
    expect(output).not.toContain('sqlite');
  });

  it('should give up waiting with exit code 1 on SIGTERM', async () => {
    installAppDependencies();
    await using app = new AppProcess({ env: NOWHERE, startTimeoutMs: 60_000 });
    const starting = app.start().catch(() => undefined);
    await waitUntil(
      'the app to log its first wait',
      async () => app.logs.includes('Waiting for mysql db') || undefined,
      {
        timeoutMs: 10_000,
        intervalMs: 100,
      },
    );

    const stopped = await app.stop('SIGTERM');
    await starting;
    expect(stopped).toMatchObject({ code: 1, signal: null });
    // Waiting for a database that never comes is cut short, not sat out; a busy machine still stays well inside this.
    expect(stopped.ms).toBeLessThan(5_000);
    expect(app.logs).toContain('Could not open the database: Received SIGTERM while waiting for the database');
  });
});
