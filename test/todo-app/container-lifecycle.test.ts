import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerode } from '../support/docker';
import { buildTodoImage, startTodo, type TodoApp } from '../support/todo-image';

// Docker waits 10 s after SIGTERM before it kills; an app that handles SIGTERM stops far sooner.
// Half of Docker's 10 s grace: an app that ignored SIGTERM would be killed at 10 s (and exit 137, not 0).
const STOP_BUDGET_MS = 5_000;

describe('todo-app image: process and lifecycle', () => {
  let image: Awaited<ReturnType<typeof buildTodoImage>>;
  let app: TodoApp;

  beforeAll(async () => {
    image = await buildTodoImage();
    app = await startTodo(image.tag);
  });

  afterAll(async () => {
    await app?.remove();
    await image?.remove();
  });

  it('should run the app as a non-root user', async () => {
    const { output, exitCode } = await app.container.exec(['id', '-u']);
    expect(exitCode).toBe(0);
    expect(Number(output.trim())).not.toBe(0);
    const status = await app.container.exec(['sh', '-c', 'grep ^Uid: /proc/1/status']);
    expect(status.output).not.toMatch(/^Uid:\s+0\s/);
  });

  it('should log where its database is', async () => {
    const logs = await (await dockerode()).getContainer(app.container.getId()).logs({ stdout: true, stderr: true });
    expect(logs.toString('utf8')).toContain('/etc/todos/todo.db');
  });

  it('should exit cleanly on docker stop, well under the 10 s kill timeout', async () => {
    const docker = await dockerode();
    const handle = docker.getContainer(app.container.getId());
    const started = performance.now();
    await handle.stop({ t: 10 });
    const elapsed = performance.now() - started;
    const state = (await handle.inspect()).State;
    expect(state.ExitCode).toBe(0);
    expect(elapsed).toBeLessThan(STOP_BUDGET_MS);
  });
});
