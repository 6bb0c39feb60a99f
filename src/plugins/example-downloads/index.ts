import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { downloadPath } from './front-matter';
import { zipFolder } from './zip-folder';

/**
 * Zips every folder under examples/ into the build (`/downloads/<name>.zip`, per locale), so the pages
 * that use an example can offer it as one download. Not available in `docusaurus start`.
 */
export default function exampleDownloads(context: LoadContext): Plugin {
  const examplesDir = path.join(context.siteDir, 'examples');
  return {
    name: 'example-downloads',
    async postBuild({ outDir }) {
      if (!existsSync(examplesDir)) return;
      const names = readdirSync(examplesDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => e.name);
      for (const name of names) {
        const target = path.join(outDir, downloadPath(name));
        mkdirSync(path.dirname(target), { recursive: true });
        await zipFolder(path.join(examplesDir, name), name, target);
      }
    },
  };
}
