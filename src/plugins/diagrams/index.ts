import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { devServerStatic } from '../dev-server-static';
import { ASSET_PATH, cacheDirOf, svgDirOf, svgFileName } from './files';
import { renderer } from './remark';
import { THEMES } from './render';

/** What src/components/Diagram imports: the SVGs on the server, nothing in the browser (markup.d.ts). */
const MARKUP_MODULE = '@docker101/diagram-markup';

/** The server build's markup module: it reads the drawn SVGs from the cache, so only the HTML holds them. */
function writeServerModule(generatedDir: string, svgDir: string): string {
  const file = path.join(generatedDir, 'diagrams', 'markup.server.js');
  mkdirSync(path.dirname(file), { recursive: true });
  const body = `import { readFileSync } from 'node:fs';
import path from 'node:path';
const DIR = ${JSON.stringify(svgDir)};
export default function diagramMarkup(id, theme) {
  try {
    return readFileSync(path.join(DIR, id + '.' + theme + '.svg'), 'utf8');
  } catch (error) {
    throw new Error('diagram ' + id + ' is not in ' + DIR + ' (' + error.code + '): run npm run clear, then build again');
  }
}
`;
  writeFileSync(file, body);
  return file;
}

/** Ids of the diagrams the built pages of this locale show (not those under `skip`), read back from their HTML. */
function diagramsIn(outDir: string, skip: readonly string[]): Set<string> {
  const ids = new Set<string>();
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter(
    (e) =>
      e.isFile() && e.name.endsWith('.html') && !skip.includes(path.relative(outDir, e.parentPath).split(path.sep)[0]),
  );
  for (const entry of files) {
    for (const match of readFileSync(path.join(entry.parentPath, entry.name), 'utf8').matchAll(
      /data-diagram=["']?([0-9a-f]{16})\b/g,
    ))
      ids.add(match[1]);
  }
  return ids;
}

/**
 * Serves the SVGs src/plugins/diagrams/remark.ts drew: the server build reads them into the HTML, and the
 * site serves them as files (`/assets/diagrams/`, in `docusaurus start` too) for a page the browser draws
 * itself, after a click on a link.
 */
export default function diagrams(context: LoadContext): Plugin {
  const svgDir = svgDirOf(cacheDirOf(context.siteDir));
  mkdirSync(svgDir, { recursive: true });
  const serverModule = writeServerModule(context.generatedFilesDir, svgDir);
  return {
    name: 'diagrams',
    configureWebpack(_config, isServer) {
      const markup = isServer ? serverModule : path.join(__dirname, 'markup.client.ts');
      const served = isServer ? {} : devServerStatic(`${context.baseUrl.replace(/\/$/, '')}${ASSET_PATH}`, svgDir);
      return { ...served, resolve: { alias: { [MARKUP_MODULE]: markup } } };
    },
    async postBuild({ outDir }) {
      await renderer.close();
      const target = path.join(outDir, ASSET_PATH);
      mkdirSync(target, { recursive: true });
      const otherLocales = context.i18n.locales.filter((l) => l !== context.i18n.currentLocale);
      for (const id of diagramsIn(outDir, otherLocales)) {
        for (const theme of THEMES)
          copyFileSync(path.join(svgDir, svgFileName(id, theme)), path.join(target, svgFileName(id, theme)));
      }
    },
  };
}
