import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TODO_APP = path.resolve(__dirname, '../../examples/todo-app');
export const BEST_PRACTICES = path.resolve(__dirname, '../../examples/best-practices');

export interface Folder extends Disposable {
  readonly dir: string;
}

/** A fresh copy of examples/todo-app, without node_modules, removed when disposed. */
export function copyTodoApp(): Folder {
  const root = mkdtempSync(path.join(os.tmpdir(), 'docker101-bench-'));
  const dir = path.join(root, 'todo-app');
  cpSync(TODO_APP, dir, { recursive: true, filter: (src) => path.basename(src) !== 'node_modules' });
  return { dir, [Symbol.dispose]: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The todo app as a developer's working folder holds it: dependencies installed on the host, a git
 * repository, a `.env` with a secret, and no .dockerignore: the build context a naive Dockerfile sees.
 */
export function workingFolder(): Folder {
  const folder = copyTodoApp();
  const run = (cmd: string, ...args: string[]): void => {
    execFileSync(cmd, args, { cwd: folder.dir, stdio: 'ignore' });
  };
  rmSync(path.join(folder.dir, '.dockerignore'));
  writeFileSync(path.join(folder.dir, '.env'), 'DB_PASSWORD=super-secret\n');
  run('npm', 'ci', '--no-audit', '--no-fund', '--ignore-scripts');
  run('git', 'init', '-q');
  run('git', 'add', '-A');
  run('git', '-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-qm', 'todo app');
  return folder;
}

/** A one-line source edit that no earlier build has seen, so the cache cannot already hold its result. */
export function editOneLine(dir: string): void {
  appendFileSync(path.join(dir, 'src/index.js'), `// edited ${Date.now()}.${process.hrtime.bigint()}\n`);
}
