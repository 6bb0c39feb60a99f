import { Network, type StartedNetwork, type StartedTestContainer } from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerode, removeContainer } from '../support/docker';
import { containerLogs, mariadb } from '../support/mariadb';
import { buildTodoImage, startTodo, type TodoApp } from '../support/todo-image';

const MYSQL_ENV = { MYSQL_HOST: 'mysql', MYSQL_USER: 'root', MYSQL_PASSWORD: 'secret', MYSQL_DB: 'todos' };
// Node without node:sqlite: an app that still imported it would fail to start, on any Node 24 release.
const WITHOUT_SQLITE = { NODE_OPTIONS: '--no-experimental-sqlite' };

describe('todo-app image on MariaDB: docker logs shows only the app', () => {
  let image: Awaited<ReturnType<typeof buildTodoImage>>;
  let network: StartedNetwork;
  let db: StartedTestContainer;
  let app: TodoApp | undefined;

  beforeAll(async () => {
    network = await new Network().start();
    [image, db] = await Promise.all([
      buildTodoImage(),
      mariadb({ MARIADB_ROOT_PASSWORD: 'secret', MARIADB_DATABASE: 'todos' })
        .withNetwork(network)
        .withNetworkAliases('mysql')
        .start(),
    ]);
  });

  afterAll(async () => {
    if (app) await app.remove();
    if (db) await removeContainer(db.getId());
    await network?.stop();
    await image?.remove();
  });

  it('should never load node:sqlite in MySQL mode, so no ExperimentalWarning reaches the logs', async () => {
    app = await startTodo(image.tag, (c) =>
      c.withNetwork(network).withEnvironment({ ...MYSQL_ENV, ...WITHOUT_SQLITE }),
    );
    expect((await app.request('/items')).status).toBe(200);
    const logs = await dockerLogs(app.container.getId());
    expect(logs).not.toContain('ExperimentalWarning');
    expect(logs).toBe('Connected to mysql db at host mysql\nListening on port 3000\n');
  });

  it('should fail to start in SQLite mode without node:sqlite (so the switch above is real)', async () => {
    const docker = await dockerode();
    const container = await docker.createContainer({
      Image: image.tag,
      Env: [`NODE_OPTIONS=${WITHOUT_SQLITE.NODE_OPTIONS}`],
    });
    try {
      await container.start();
      expect((await container.wait()).StatusCode).toBe(1);
      expect(await containerLogs(container.id)).toContain(
        'Could not open the database: No such built-in module: node:sqlite',
      );
    } finally {
      await removeContainer(container.id);
    }
  });
});

/** What `docker logs` prints: the engine's stream frames (8-byte header, then the payload) joined. */
async function dockerLogs(id: string): Promise<string> {
  const raw = await (await dockerode()).getContainer(id).logs({ stdout: true, stderr: true });
  let text = '';
  for (let at = 0; at + 8 <= raw.length; at += 8 + raw.readUInt32BE(at + 4)) {
    text += raw.subarray(at + 8, at + 8 + raw.readUInt32BE(at + 4)).toString('utf8');
  }
  return text;
}
