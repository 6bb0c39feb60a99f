import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  DockerComposeEnvironment,
  getContainerRuntimeClient,
  type StartedDockerComposeEnvironment,
  Wait,
} from 'testcontainers';
import { afterAll, describe, expect, it } from 'vitest';
import { dockerode, removeImage } from '../support/docker';
import { TODO_APP_DIR } from '../support/todo-image';

// The reader's file, plus an override that only moves host port 3000 to a free one: the test never
// depends on port 3000 being free, and everything else it checks is the reader's compose.yaml as shipped.
const FILES = ['compose.yaml', path.join(import.meta.dirname, 'fixtures/random-host-port/compose.override.yaml')];
const PROJECT = `docker101-test-compose-${randomUUID().slice(0, 8)}`;
const VOLUME = `${PROJECT}_todo-db`;

interface Item {
  id: string;
  name: string;
  completed: boolean;
}

/** `docker compose up` of the reader's file under this test's project name, once the healthcheck passes. */
function up(): Promise<StartedDockerComposeEnvironment> {
  return new DockerComposeEnvironment(TODO_APP_DIR, FILES)
    .withProjectName(PROJECT)
    .withWaitStrategy('app-1', Wait.forHealthCheck())
    .up();
}

function appUrl(environment: StartedDockerComposeEnvironment): string {
  const app = environment.getContainer('app-1');
  return `http://${app.getHost()}:${app.getMappedPort(3000)}`;
}

async function items(environment: StartedDockerComposeEnvironment): Promise<Item[]> {
  const res = await fetch(`${appUrl(environment)}/items`);
  expect(res.status).toBe(200);
  return (await res.json()) as Item[];
}

async function addItem(environment: StartedDockerComposeEnvironment, name: string): Promise<Item> {
  const res = await fetch(`${appUrl(environment)}/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Item;
}

async function volumeExists(): Promise<boolean> {
  const { Volumes } = await (await dockerode()).listVolumes({ filters: JSON.stringify({ name: [`^${VOLUME}$`] }) });
  return (Volumes ?? []).length > 0;
}

describe('examples/todo-app/compose.yaml', () => {
  afterAll(async () => {
    // Whatever a test left running, stopped or half-created: containers, network, volume, built image.
    const client = await getContainerRuntimeClient();
    await client.compose.down(
      { filePath: TODO_APP_DIR, files: FILES, projectName: PROJECT },
      { removeVolumes: true, timeout: 0 },
    );
    await removeImage(`${PROJECT}-app`);
  });

  it('should keep items in the todo-db volume when the project is taken down and started again', async () => {
    const first = await up();
    const app = first.getContainer('app-1');
    // Compose v2 names containers <project>-<service>-<number>, as the page shows.
    expect((await (await dockerode()).getContainer(app.getId()).inspect()).Name).toBe(`/${PROJECT}-app-1`);
    const item = await addItem(first, 'compose로 띄우기');
    expect(await items(first)).toEqual([item]);

    await first.down({ removeVolumes: false });
    expect(await volumeExists()).toBe(true);

    const second = await up();
    expect(second.getContainer('app-1').getId()).not.toBe(app.getId());
    expect(await items(second)).toEqual([item]);
  });

  it('should start with no items after a down that removes the volume', async () => {
    const running = await up();
    await addItem(running, '곧 지울 할 일');

    await running.down({ removeVolumes: true });
    expect(await volumeExists()).toBe(false);

    expect(await items(await up())).toEqual([]);
  });
});
