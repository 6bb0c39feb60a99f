import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { downloadPath } from '../../contract/front-matter';
import { EXAMPLES_DIR } from '../../contract/paths';
import { exampleNames } from '../../contract/run-sources';
import { zipFolder } from './zip-folder';

/**
 * Zips every folder under examples/ into the build (`/downloads/<name>.zip`, per locale), so the pages
 * that use an example can offer it as one download. Not available in `docusaurus start`.
 */
export default function exampleDownloads(context: LoadContext): Plugin {
  const examplesDir = path.join(context.siteDir, EXAMPLES_DIR);
  return {
    name: 'example-downloads',
    async postBuild({ outDir }) {
      for (const name of exampleNames(context.siteDir)) {
        const target = path.join(outDir, downloadPath(name));
        mkdirSync(path.dirname(target), { recursive: true });
        await zipFolder(path.join(examplesDir, name), name, target);
      }
    },
  };
}
