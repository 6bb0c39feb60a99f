import type { Code, Heading, Parent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe } from './describe';
import { cacheDirOf, drawCached, writeSvgs } from './files';
import { DiagramRenderer, type Drawn, NoBrowserError } from './render';

export interface Options {
  readonly siteDir: string;
  readonly defaultLocale: string;
}

/** One browser for every page of the build; the plugin closes it once the pages are built. */
export const renderer = new DiagramRenderer();
// Once per process: Docusaurus loads this module again for each language it builds.
const TOLD_NO_BROWSER = Symbol.for('docker101.diagrams.toldNoBrowser');
const told = globalThis as { [TOLD_NO_BROWSER]?: boolean };

const localeOf = (file: string | undefined, defaultLocale: string): string =>
  /[\\/]i18n[\\/]([^\\/]+)[\\/]docusaurus-plugin-content-docs[\\/]/.exec(file ?? '')?.[1] ?? defaultLocale;

function textOf(node: RootContent | Heading): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '';
}

/** A heading as the reader sees it, without its pinned id (`## 볼륨 {#volumes}`). */
const headingText = (heading: Heading): string =>
  textOf(heading)
    .replace(/\s*\\?\{#[^}]*\}\s*$/, '')
    .trim();

interface Found {
  readonly node: Code;
  readonly parent: Parent;
  readonly section: string;
}

/**
 * Draws every ```mermaid fence at build time, in the site's light and dark modes, and puts a `<Diagram>` in
 * its place: the page's HTML then holds the SVGs, and no page loads mermaid. Without a browser the fence
 * stays a code block, so the page still shows the diagram's source.
 */
export default function remarkDiagrams({ siteDir, defaultLocale }: Options) {
  const cacheDir = cacheDirOf(siteDir);
  return async (tree: Root, file: { path?: string }): Promise<void> => {
    const found: Found[] = [];
    let section = '';
    visit(tree, (node, _index, parent) => {
      if (node.type === 'heading') section = headingText(node);
      if (node.type === 'code' && node.lang === 'mermaid' && parent) found.push({ node, parent, section });
    });
    if (found.length === 0) return;
    const locale = localeOf(file.path, defaultLocale);
    for (const { node, parent, section } of found) {
      let drawn: Drawn;
      try {
        drawn = await drawCached(renderer, cacheDir, node.value);
      } catch (error) {
        if (!(error instanceof NoBrowserError) || process.env.DOCKER101_REQUIRE_DIAGRAMS === '1') {
          throw new Error(
            `${file.path}:${node.position?.start.line ?? '?'}: the mermaid diagram could not be drawn: ${(error as Error).message}`,
          );
        }
        if (!told[TOLD_NO_BROWSER]) {
          console.warn(
            `[diagrams] ${error.message} (set CHROMIUM_PATH, or run bash scripts/site/install-browser.sh): pages show each diagram as its mermaid source; once a browser is there, run npm run clear and build again.`,
          );
          told[TOLD_NO_BROWSER] = true;
        }
        return;
      }
      const id = writeSvgs(cacheDir, drawn, describe(drawn.outline, locale, section));
      const attributes = { id, width: String(drawn.width), height: String(drawn.height) };
      const diagram = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: Object.entries(attributes).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
        children: [],
      } as unknown as RootContent;
      parent.children.splice(parent.children.indexOf(node), 1, diagram);
    }
  };
}
