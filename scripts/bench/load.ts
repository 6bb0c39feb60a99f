import { addItemsUnderLoad } from '../../test/support/load';
import { todoOnVolume } from '../../test/support/todo-image';
import type { Measured } from './report';

/**
 * The todo app in its container, on a named volume, under 20 clients adding items for 10 s: the request rate and
 * the counts. That nothing answered 201 is lost, even across a SIGKILL, is what test/todo-app/container-load proves.
 */
export async function measureLoad(): Promise<Measured> {
  const todo = await todoOnVolume('docker101-bench-load');
  try {
    const app = await todo.start();
    const load = await addItemsUnderLoad(app.url, { connections: 20, seconds: 10 });
    const stored = (await app.items()).length;
    const non201 = Object.entries(load.statuses).filter(([status]) => status !== '201');
    return {
      figures: [
        {
          name: 'todo_load_rps',
          value: load.requestsPerSecond,
          unit: 'req/s',
          op: '>=',
          goal: 100,
          note: `20 clients POST /items for 10 s: ${load.created.length} answered 201, ${stored} stored, ${non201.length} other statuses, ${load.errors} errors`,
        },
      ],
      problems:
        non201.length > 0 || load.errors > 0
          ? [`under load: statuses ${JSON.stringify(load.statuses)}, ${load.errors} errors`]
          : [],
    };
  } finally {
    await todo.remove();
  }
}
