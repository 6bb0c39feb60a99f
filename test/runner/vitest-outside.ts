import Module from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../../src/contract/paths';

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };

/**
 * Lets scenario files (`import { expect } from 'vitest'`) load in the CLI. The package is CommonJS, so tsx
 * turns that import into require('vitest'), whose CommonJS entry refuses to load outside vitest; its ESM
 * entry works anywhere (Node ≥ 20.19 can require ESM) and its `expect` needs no runner.
 */
export function allowVitestOutsideRunner(): void {
  const original = loader._resolveFilename;
  const esmEntry = path.join(REPO_ROOT, 'node_modules/vitest/dist/index.js');
  loader._resolveFilename = (request, ...rest) =>
    request === 'vitest' ? esmEntry : original.call(Module, request, ...rest);
}
