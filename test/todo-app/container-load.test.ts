import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerode } from '../support/docker';
import { addItemsUnderLoad } from '../support/load';
import { type TodoApp, todoOnVolume } from '../support/todo-image';
import { waitUntil } from '../support/wait-until';

const CLIENTS = 20;

describe('todo-app image under load and faults, on a named volume', () => {
  let todo: Awaited<ReturnType<typeof todoOnVolume>>;
  const startWithVolume = (): Promise<TodoApp> => todo.start();

  beforeAll(async () => {
    todo = await todoOnVolume('docker101-test-todo-load');
  });

  afterAll(() => todo?.remove());

  it('should answer 20 clients adding items for 10 s with 201 only, and keep running', async () => {
    const app = await startWithVolume();
    const load = await addItemsUnderLoad(app.url, { connections: CLIENTS, seconds: 10 });
    console.log(`todo-app under load: ${load.requestsPerSecond} requests/s, ${load.created.length} items created`);
    expect(load.statuses).toEqual({ 201: load.created.length });
    expect(load.errors).toBe(0);
    expect((await app.container.exec(['true'])).exitCode).toBe(0);
    // Every 201 is there; a request still in flight when the load stopped may have been stored unanswered.
    const ids = new Set((await app.items()).map((item) => String(item.id)));
    expect(load.created.filter((item) => !ids.has(String(item.id)))).toEqual([]);
    expect(ids.size - load.created.length).toBeLessThanOrEqual(CLIENTS);
  });

  it('should keep every item it answered 201 for, once each, after a SIGKILL during writes and a restart', async () => {
    const app = todo.started.at(-1)!;
    const before = await app.items();
    // Killed while requests are in flight, once some have been answered: the process ends at once, with no shutdown code.
    const kill = (created: () => number): void => {
      void waitUntil('200 items to be created', async () => created() >= 200 || undefined, { intervalMs: 20 }).then(
        () => dockerodeKill(app.container.getId()),
      );
    };
    const load = await addItemsUnderLoad(app.url, { connections: CLIENTS, seconds: 6, during: kill });
    console.log(
      `todo-app killed during writes: ${load.created.length} items created before the kill, ${load.errors} requests unanswered`,
    );
    expect(load.created.length).toBeGreaterThan(0);
    expect(Object.keys(load.statuses).filter((s) => s !== '201')).toEqual([]);

    const after = await (await startWithVolume()).items();
    const counts = new Map<string, number>();
    for (const item of after) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    const kept = new Map(after.map((item) => [String(item.id), item.name]));
    expect([...before, ...load.created].filter((item) => kept.get(String(item.id)) !== item.name)).toEqual([]);
  });
});

async function dockerodeKill(id: string): Promise<void> {
  await (await dockerode()).getContainer(id).kill({ signal: 'SIGKILL' });
}
