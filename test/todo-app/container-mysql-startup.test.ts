import { GenericContainer, Network, type StartedNetwork, type StartedTestContainer, Wait } from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForHttp } from '../runner/run/wait-for-http';
import { dockerode, removeContainer } from '../support/docker';
import { containerLogs, mariadb } from '../support/mariadb';
import { buildTodoImage, TodoApp } from '../support/todo-image';

const MYSQL_ENV = { MYSQL_HOST: 'mysql', MYSQL_USER: 'root', MYSQL_PASSWORD: 'secret', MYSQL_DB: 'todos' };
const WAITING = 'Waiting for mysql db at host mysql';

describe('todo-app image on MariaDB: connecting at startup', () => {
  let image: Awaited<ReturnType<typeof buildTodoImage>>;
  let network: StartedNetwork;
  const started: StartedTestContainer[] = [];

  /** The app container, counted as started once it printed `log`; it may still be waiting, or about to exit. */
  const startApp = async (
    env: Record<string, string>,
    log: string | RegExp,
    configure = (c: GenericContainer) => c,
  ) => {
    const container = await configure(
      new GenericContainer(image.tag)
        .withNetwork(network)
        .withEnvironment(env)
        .withExposedPorts(3000)
        .withWaitStrategy(Wait.forLogMessage(log)),
    ).start();
    started.push(container);
    return container;
  };

  const startDatabase = async () => {
    const db = await mariadb({ MARIADB_ROOT_PASSWORD: 'secret', MARIADB_DATABASE: 'todos' })
      .withNetwork(network)
      .withNetworkAliases('mysql')
      .start();
    started.push(db);
    return db;
  };

  beforeAll(async () => {
    network = await new Network().start();
    image = await buildTodoImage();
  });

  afterAll(async () => {
    for (const container of started) await removeContainer(container.getId());
    await network?.stop();
    await image?.remove();
  });

  it('should wait for a database that is not there yet, log each wait, then connect and serve', async () => {
    const app = await startApp(MYSQL_ENV, WAITING);
    await startDatabase();
    const url = new TodoApp(app).url;
    expect(JSON.parse((await waitForHttp(`${url}/items`, { timeoutMs: 60_000 })).body)).toEqual([]);

    const logs = await containerLogs(app.getId());
    expect(logs).toMatch(
      new RegExp(`${WAITING}: .+\\n[\\s\\S]*Connected to mysql db at host mysql\\n[\\s\\S]*Listening on port 3000`),
    );
  });

  it('should read the password from MYSQL_PASSWORD_FILE', async () => {
    const { MYSQL_PASSWORD: _, ...withoutPassword } = MYSQL_ENV;
    const app = await startApp(
      { ...withoutPassword, MYSQL_PASSWORD_FILE: '/run/secrets/db-password' },
      'Listening on port 3000',
      (c) => c.withCopyContentToContainer([{ content: 'secret\n', target: '/run/secrets/db-password', mode: 0o444 }]),
    );
    expect((await fetch(`${new TodoApp(app).url}/items`)).status).toBe(200);
  });

  it('should exit with code 1 and the reason, without waiting, when the password is wrong', async () => {
    const app = await startApp({ ...MYSQL_ENV, MYSQL_PASSWORD: 'wrong' }, 'Could not open the database');
    const { StatusCode } = await (await dockerode()).getContainer(app.getId()).wait();
    expect(StatusCode).toBe(1);
    const logs = await containerLogs(app.getId());
    expect(logs).toContain("Could not open the database: Access denied for user 'root'@");
    expect(logs).not.toContain(WAITING);
  });

  it('should stop waiting at once on docker stop', async () => {
    const app = await startApp({ ...MYSQL_ENV, MYSQL_HOST: 'no-such-db' }, 'Waiting for mysql db at host no-such-db');
    const handle = (await dockerode()).getContainer(app.getId());
    const began = performance.now();
    await handle.stop({ t: 10 });
    // Half of Docker's 10 s grace: a wait that ignored SIGTERM would have been killed at 10 s.
    expect(performance.now() - began).toBeLessThan(5_000);
    expect(await containerLogs(app.getId())).toContain(
      'Could not open the database: Received SIGTERM while waiting for the database',
    );
  });
});
