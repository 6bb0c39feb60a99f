import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DOCUSAURUS = path.join(ROOT, 'node_modules/.bin/docusaurus');

/**
 * `docusaurus build` of the site in `siteDir` into `outDir`, without Docusaurus's persistent bundler cache,
 * as a fresh clone (or CI) builds it. Returns the seconds it took.
 */
export function buildSite(siteDir: string, outDir: string): number {
  const start = performance.now();
  execFileSync(DOCUSAURUS, ['build', siteDir, '--out-dir', outDir], {
    cwd: siteDir,
    env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return (performance.now() - start) / 1000;
}
