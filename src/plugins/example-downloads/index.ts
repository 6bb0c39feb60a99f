import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { downloadPath } from '../../contract/front-matter';
import { EXAMPLES_DIR } from '../../contract/paths';
import { readerFiles } from '../../contract/reader-files';
import { exampleNames } from '../../contract/run-sources';
import { devServerStatic } from '../dev-server-static';
import { zipFolder } from './zip-folder';

/** Writes `<siteRoot>/downloads/<name>.zip` for every example: the build's output folder, or the dev server's. */
async function writeDownloads(siteDir: string, examplesDir: string, siteRoot: string): Promise<void> {
  for (const name of exampleNames(siteDir)) {
    const target = path.join(siteRoot, downloadPath(name));
    mkdirSync(path.dirname(target), { recursive: true });
    await zipFolder(path.join(examplesDir, name), name, target);
  }
}

/**
 * Zips every folder under examples/ as `/downloads/<name>.zip` (per locale), so the pages that use an
 * example can offer it as one download: into the build, and for `docusaurus start` into a folder its dev
 * server serves, made again whenever an example changes.
 */
export default function exampleDownloads(context: LoadContext): Plugin {
  const examplesDir = path.join(context.siteDir, EXAMPLES_DIR);
  const devRoot = path.join(context.generatedFilesDir, 'example-downloads');
  // `docusaurus build` sets production; `docusaurus start` leaves development.
  const devServer = process.env.NODE_ENV !== 'production';
  return {
    name: 'example-downloads',
    getPathsToWatch: () =>
      exampleNames(context.siteDir).flatMap((name) => [
        path.join(examplesDir, name, '*'),
        ...readerFiles(path.join(examplesDir, name)).map((file) => path.join(examplesDir, name, file)),
      ]),
    async loadContent() {
      if (devServer) await writeDownloads(context.siteDir, examplesDir, devRoot);
    },
    configureWebpack(_config, isServer) {
      return isServer || !devServer ? undefined : devServerStatic(context.baseUrl, devRoot);
    },
    async postBuild({ outDir }) {
      await writeDownloads(context.siteDir, examplesDir, outDir);
    },
  };
}
