import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { GenericContainer, type StartedTestContainer, Wait } from 'testcontainers';
import { dockerode, removeContainer, removeImage, removeVolume } from './docker';
import { TodoClient } from './todo-client';

export const TODO_APP_DIR = path.resolve(import.meta.dirname, '../../examples/todo-app');

/**
 * The todo-app image built from its folder exactly as a reader builds it, under a tag unique to this
 * test file so parallel or leftover runs never collide. `remove()` deletes the tag (not the shared cache).
 */
export async function buildTodoImage() {
  const tag = `docker101-test/todo-app:${randomUUID().slice(0, 8)}`;
  const image = await GenericContainer.fromDockerfile(TODO_APP_DIR).withBuildkit().build(tag, {
    deleteOnExit: false,
  });
  return { tag, image, remove: () => removeImage(tag) };
}

/** Starts one todo-app container from `tag` and waits until it answers HTTP, not for a fixed time. */
export async function startTodo(tag: string, configure = (c: GenericContainer) => c): Promise<TodoApp> {
  const container = await configure(
    new GenericContainer(tag).withExposedPorts(3000).withWaitStrategy(Wait.forHttp('/items', 3000).forStatusCode(200)),
  ).start();
  return new TodoApp(container);
}

/**
 * A todo-app image and a named volume for its database, for tests that replace containers on the same data.
 * `start()` runs a container on the volume; `remove()` removes every container it started, the volume, the image.
 */
export async function todoOnVolume(prefix: string) {
  const image = await buildTodoImage();
  const volume = `${prefix}-${randomUUID().slice(0, 8)}`;
  await (await dockerode()).createVolume({ Name: volume });
  const started: TodoApp[] = [];
  return {
    started,
    async start(): Promise<TodoApp> {
      const app = await startTodo(image.tag, (c) => c.withBindMounts([{ source: volume, target: '/etc/todos' }]));
      started.push(app);
      return app;
    },
    async remove(): Promise<void> {
      for (const app of started) await app.remove();
      await removeVolume(volume);
      await image.remove();
    },
  };
}

export class TodoApp extends TodoClient {
  readonly url: string;

  constructor(readonly container: StartedTestContainer) {
    super();
    this.url = `http://${container.getHost()}:${container.getMappedPort(3000)}`;
  }

  /** Removes the container whatever state it is in, with its anonymous volumes. */
  remove(): Promise<void> {
    return removeContainer(this.container.getId());
  }
}
