import path from 'node:path';
import { firstResponse } from './first-response';
import { docker, type Figure, median, timed } from './measure';

const EXAMPLE = path.resolve(__dirname, '../../examples/todo-app');
const TAG = 'docker101-bench/todo-app:latest';

/**
 * The todo image as a reader runs it: its size, `docker run` to the first HTTP 200, and `docker stop`.
 * Startup and stop are noisy, so each is the median of `rounds` runs.
 */
export async function measureTodoRuntime(rounds = 5): Promise<Figure[]> {
  docker('build', '-q', '-t', TAG, EXAMPLE);
  try {
    const size = Number(docker('image', 'inspect', '-f', '{{.Size}}', TAG)) / 1e6;
    const starts: number[] = [];
    const stops: number[] = [];
    for (let i = 0; i < rounds; i++) {
      // Named, so it can be removed even when `docker run` fails after creating it.
      const name = `docker101-bench-todo-${process.pid}-${i}`;
      try {
        const since = performance.now();
        docker('run', '-d', '--name', name, '-p', '127.0.0.1::3000', TAG);
        const port = docker('port', name, '3000/tcp').split(':').pop();
        starts.push(await firstResponse(`http://127.0.0.1:${port}/`, since));
        stops.push(timed(() => docker('stop', name)));
      } finally {
        docker('rm', '-f', name);
      }
    }
    return [
      { name: 'todo_image_size', value: Math.round(size), unit: 'MB', op: '<=', goal: 300 },
      { name: 'first_response', value: median(starts), unit: 's', op: '<=', goal: 1.5, note: `median of ${rounds}` },
      { name: 'todo_stop', value: median(stops), unit: 's', op: '<=', goal: 1, note: `median of ${rounds}` },
    ];
  } finally {
    docker('image', 'rm', TAG);
  }
}
