import path from 'node:path';
import { docker } from './measure';
import type { Measured } from './report';
import { BEST_PRACTICES, TODO_APP, workingFolder } from './working-folder';

const NAIVE = 'docker101-bench/naive:latest';
const SMALL = 'docker101-bench/multi-stage:latest';
const TODO = 'docker101-bench/size-todo:latest';

const megabytes = (image: string): number => Number(docker('image', 'inspect', '-f', '{{.Size}}', image)) / 1e6;
/** Bytes under `dir` inside `image`, read as root (the todo image runs as node, which cannot read /root). */
const folderMegabytes = (image: string, dir: string): number =>
  Number(docker('run', '--rm', '--user', 'root', '--entrypoint', 'du', image, '-sb', dir).split('\t')[0]) / 1e6;

/**
 * The same todo app, same base image, two Dockerfiles: the naive one (`COPY . .`, a full `npm install`,
 * no .dockerignore) in a real working folder, and the multi-stage one whose final stage holds only node,
 * its libraries and the app. Sizes are exact, so one build each. The todo image's npm download cache and
 * node_modules explain why it is hardly smaller than the naive one.
 */
export function measureImageSize(): Measured {
  try {
    using folder = workingFolder();
    docker('build', '-q', '-f', path.join(BEST_PRACTICES, 'naive.Dockerfile'), '-t', NAIVE, folder.dir);
    docker('build', '-q', '-f', path.join(BEST_PRACTICES, 'multi-stage.Dockerfile'), '-t', SMALL, TODO_APP);
    docker('build', '-q', '-t', TODO, TODO_APP);
    const [naive, small] = [megabytes(NAIVE), megabytes(SMALL)];
    return {
      figures: [
        {
          name: 'image_size_ratio',
          value: small / naive,
          unit: 'x',
          op: '<=',
          goal: 0.7,
          note: `multi-stage ${small.toFixed(1)} MB vs naive ${naive.toFixed(1)} MB (context with node_modules, .git, .env)`,
        },
      ],
      facts: [
        { name: 'naive_image_size', value: Math.round(naive), unit: 'MB' },
        { name: 'multi_stage_image_size', value: Math.round(small), unit: 'MB' },
        { name: 'todo_npm_cache_size', value: Math.round(folderMegabytes(TODO, '/root/.npm')), unit: 'MB' },
        { name: 'todo_node_modules_size', value: Math.round(folderMegabytes(TODO, '/app/node_modules')), unit: 'MB' },
      ],
    };
  } finally {
    docker('image', 'rm', '-f', NAIVE, SMALL, TODO);
  }
}
