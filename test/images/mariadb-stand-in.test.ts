import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { GenericContainer, Network, type StartedNetwork, type StartedTestContainer, Wait } from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerode, removeContainer, removeVolume } from '../support/docker';
import { containerLogs, MARIADB_IMAGE, mariadb, sql } from '../support/mariadb';

// What the multi-container page and examples/todo-mariadb rely on, true of the official image and the stand-in.
// Half of the 30 s grace the test gives: a server that ignored SIGTERM would be killed at 30 s.
const STOP_BUDGET_MS = 15_000;
const NAME = '할 일 🐳 👨‍👩‍👧';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

const docker = (args: string[]): Promise<Result> =>
  new Promise((resolve) => {
    execFile('docker', args, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

describe(`${MARIADB_IMAGE} as the multi-container page runs it`, () => {
  const volume = `docker101-test-mysql-data-${randomUUID().slice(0, 8)}`;
  const started: StartedTestContainer[] = [];
  let network: StartedNetwork;
  // The container the page runs on the named volume; replaced once, as the page replaces it.
  let pageDb: StartedTestContainer;

  const start = async (container: GenericContainer): Promise<StartedTestContainer> => {
    const running = await container.start();
    started.push(running);
    return running;
  };

  /** The page's `docker run … mariadb:11.8`: root password, a database, data on the named volume. */
  const startPageDatabase = async (rootPassword = 'secret') => {
    pageDb = await start(
      mariadb({
        MARIADB_ROOT_PASSWORD: rootPassword,
        MARIADB_DATABASE: 'todos',
        MARIADB_USER: 'todo',
        MARIADB_PASSWORD: 'todo-pw',
      })
        .withNetwork(network)
        .withNetworkAliases('mysql')
        .withBindMounts([{ source: volume, target: '/var/lib/mysql' }]),
    );
    return pageDb;
  };

  beforeAll(async () => {
    network = await new Network().start();
    await (await dockerode()).createVolume({ Name: volume });
  });

  afterAll(async () => {
    for (const container of started) await removeContainer(container.getId());
    await network?.stop();
    await removeVolume(volume);
  });

  it('should be laid out like the official image: port, volume, entrypoint, command and utf-8 locale', () => {
    const config = JSON.parse(
      execFileSync('docker', ['image', 'inspect', '--format', '{{json .Config}}', MARIADB_IMAGE], { encoding: 'utf8' }),
    );
    expect(Object.keys(config.ExposedPorts)).toEqual(['3306/tcp']);
    expect(Object.keys(config.Volumes)).toEqual(['/var/lib/mysql']);
    expect(config.Entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(config.Cmd).toEqual(['mariadbd']);
    expect(config.Env).toContain('LANG=C.UTF-8');
  });

  it('should create the database and user named by MARIADB_* and answer on the network alias over TCP', async () => {
    const db = await startPageDatabase();
    expect((await sql(db, 'SHOW DATABASES')).split('\n')).toContain('todos');
    expect(await sql(db, 'SELECT @@version')).toMatch(/^11\.8\./);

    // From another container on the network, by alias, as the todo app connects.
    const query = (userArgs: string[], statement: string): Promise<Result> =>
      docker([
        'run',
        '--rm',
        '--network',
        network.getName(),
        MARIADB_IMAGE,
        'mariadb',
        '-h',
        'mysql',
        ...userArgs,
        '--batch',
        '--skip-column-names',
        '-e',
        statement,
      ]);
    const client = await query(['-u', 'todo', '-ptodo-pw', 'todos'], 'SELECT CURRENT_USER(), DATABASE()');
    expect(client).toMatchObject({ code: 0, stdout: 'todo@%\ttodos\n' });
    const root = await query(['-u', 'root', '-psecret'], 'SELECT 1');
    expect(root).toMatchObject({ code: 0, stdout: '1\n' });
  });

  it('should store 4-byte characters by default: utf8mb4 server and client', async () => {
    const db = pageDb;
    expect(await sql(db, 'SELECT @@character_set_server, @@character_set_client')).toBe('utf8mb4\tutf8mb4\n');
    await sql(db, `CREATE TABLE todos.probe (name VARCHAR(20)); INSERT INTO todos.probe VALUES ('${NAME}')`);
    // Counted in code points, as the app counts a name's length: each emoji is one character, not four bytes.
    expect(await sql(db, 'SELECT name, CHAR_LENGTH(name) FROM todos.probe')).toBe(`${NAME}\t${[...NAME].length}\n`);
  });

  it('should keep the data and skip initialization when a new container gets the same named volume', async () => {
    await pageDb.stop({ remove: true });
    // A different password now: the page says the variables only count on the first start.
    const second = await startPageDatabase('ignored-now');
    expect(await containerLogs(second.getId())).not.toContain('Initializing database files');
    expect(await sql(second, 'SELECT name FROM todos.probe')).toBe(`${NAME}\n`);
    const refused = await second.exec(['mariadb', '-uroot', '-pignored-now', '-e', 'SELECT 1']);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.stderr).toContain('Access denied');
  });

  it('should pass healthcheck.sh --connect --innodb_initialized only while it takes network connections', async () => {
    expect((await pageDb.exec(['healthcheck.sh', '--connect', '--innodb_initialized'])).exitCode).toBe(0);

    // The same server without networking is what the entrypoint runs while it initializes.
    const offline = await start(
      new GenericContainer(MARIADB_IMAGE)
        .withEnvironment({ MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: '1' })
        .withCommand(['mariadbd', '--skip-networking'])
        // Once by the entrypoint's temporary server, once by the server itself.
        .withWaitStrategy(Wait.forLogMessage(/ready for connections/, 2))
        .withStartupTimeout(120_000),
    );
    // InnoDB is up, but a check without --connect still ends with one, as the official script does.
    expect((await offline.exec(['healthcheck.sh', '--innodb_initialized'])).exitCode).not.toBe(0);
    expect((await offline.exec(['healthcheck.sh', '--connect'])).exitCode).not.toBe(0);
  });

  it('should take MYSQL_* aliases and *_FILE variables, and log a generated root password', async () => {
    const fromFile = await start(
      mariadb({
        MYSQL_ROOT_PASSWORD_FILE: '/run/secrets/root-password',
        MYSQL_DATABASE: 'aliased',
      }).withCopyContentToContainer([{ content: 'from-a-file\n', target: '/run/secrets/root-password', mode: 0o444 }]),
    );
    expect((await sql(fromFile, 'SHOW DATABASES', ['-uroot', '-pfrom-a-file'])).split('\n')).toContain('aliased');

    const random = await start(mariadb({ MARIADB_RANDOM_ROOT_PASSWORD: '1' }));
    const password = /GENERATED ROOT PASSWORD: (\S+)/.exec(await containerLogs(random.getId()))?.[1];
    expect(password).toHaveLength(32);
    expect(await sql(random, 'SELECT 1', ['-uroot', `-p${password}`])).toBe('1\n');

    const empty = await start(mariadb({ MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: 'yes' }));
    expect(await sql(empty, 'SELECT CURRENT_USER()', ['-uroot'])).toBe('root@localhost\n');
  });

  it('should refuse to initialize without any root password option, saying which variables to set', async () => {
    const run = await docker(['run', '--rm', MARIADB_IMAGE]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Database is uninitialized and password option is not specified');
    expect(run.stderr).toContain('MARIADB_ROOT_PASSWORD');
  });

  it(`should shut down cleanly on SIGTERM (docker stop) within ${STOP_BUDGET_MS / 1000} s`, async () => {
    const handle = (await dockerode()).getContainer(pageDb.getId());
    const began = performance.now();
    await handle.stop({ t: 30 });
    expect(performance.now() - began).toBeLessThan(STOP_BUDGET_MS);
    expect((await handle.inspect()).State.ExitCode).toBe(0);
    expect(await containerLogs(pageDb.getId())).toContain('Shutdown complete');
  });
});
