import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** The Docusaurus version this site builds with. */
export const docusaurusVersion = (): string =>
  (
    JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@docusaurus/core/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/**
 * Lays out the untouched "classic" template of create-docusaurus (same version as this site) in `dir`, as
 * `npx create-docusaurus my-site classic` would, using this repository's installed packages: the baseline
 * a doc page's weight is compared with.
 */
export function bareClassicSite(dir: string): string {
  const version = docusaurusVersion();
  const pack = path.join(dir, 'pack');
  mkdirSync(pack, { recursive: true });
  const tarball = execFileSync(
    'npm',
    ['pack', `create-docusaurus@${version}`, '--silent', '--pack-destination', pack],
    {
      encoding: 'utf8',
    },
  ).trim();
  execFileSync('tar', ['-xzf', path.join(pack, tarball), '-C', pack]);
  const site = path.join(dir, 'classic');
  cpSync(path.join(pack, 'package/templates/shared'), site, { recursive: true });
  cpSync(path.join(pack, 'package/templates/classic'), site, { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'), 'dir');
  return site;
}
