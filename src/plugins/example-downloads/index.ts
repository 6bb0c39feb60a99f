import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { devServerStatic } from '../dev-server-static';
import { downloadPath } from './front-matter';
import { filesToZip, zipFolder } from './zip-folder';

/** Folders under examples/, each offered as one download. */
function exampleNames(examplesDir: string): string[] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name);
}

/** Writes `<siteRoot>/downloads/<name>.zip` for every example: the build's output folder, or the dev server's. */
async function writeDownloads(examplesDir: string, siteRoot: string): Promise<void> {
  for (const name of exampleNames(examplesDir)) {
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
  const examplesDir = path.join(context.siteDir, 'examples');
  const devRoot = path.join(context.generatedFilesDir, 'example-downloads');
  // `docusaurus build` sets production; `docusaurus start` leaves development.
  const devServer = process.env.NODE_ENV !== 'production';
  return {
    name: 'example-downloads',
    getPathsToWatch: () =>
      exampleNames(examplesDir).flatMap((name) => [
        path.join(examplesDir, name, '*'),
        ...filesToZip(path.join(examplesDir, name)).map((file) => path.join(examplesDir, name, file)),
      ]),
    async loadContent() {
      if (devServer) await writeDownloads(examplesDir, devRoot);
    },
    configureWebpack(_config, isServer) {
      return isServer || !devServer ? undefined : devServerStatic(context.baseUrl, devRoot);
    },
    async postBuild({ outDir }) {
      await writeDownloads(examplesDir, outDir);
    },
  };
}
