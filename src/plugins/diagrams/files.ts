import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Description } from './describe';
import { type DiagramRenderer, type Drawn, MERMAID_CONFIG, mermaidVersion, THEMES, type Theme } from './render';

/** Where drawn diagrams are kept between builds; `docusaurus clear` empties it with the bundler's cache. */
export const cacheDirOf = (siteDir: string): string => path.join(siteDir, 'node_modules/.cache/docker101-diagrams');
/** The finished SVGs, one file per diagram and color mode, as the site serves them under ASSET_PATH. */
export const svgDirOf = (cacheDir: string): string => path.join(cacheDir, 'svg');
export const ASSET_PATH = '/assets/diagrams/';
export const svgFileName = (id: string, theme: Theme): string => `${id}.${theme}.svg`;

const sha = (...parts: string[]): string => createHash('sha256').update(parts.join('\0')).digest('hex');

/** Written whole or not at all, so a build running at the same time never reads half a file. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

const drawing = new Map<string, Promise<Drawn>>();

/** The diagram drawn in both modes, from the cache when this mermaid, config and drawing script drew it before. */
export function drawCached(renderer: DiagramRenderer, cacheDir: string, source: string): Promise<Drawn> {
  const script = readFileSync(path.join(__dirname, 'in-page.js'), 'utf8');
  const key = sha(mermaidVersion(), JSON.stringify(MERMAID_CONFIG), script, source).slice(0, 20);
  const file = path.join(cacheDir, 'drawn', `${key}.json`);
  if (existsSync(file)) return Promise.resolve(JSON.parse(readFileSync(file, 'utf8')) as Drawn);
  let pending = drawing.get(key);
  if (!pending) {
    pending = renderer.draw(source, `d${key.slice(0, 10)}`).then((drawn) => {
      writeAtomically(file, JSON.stringify(drawn));
      return drawn;
    });
    pending.catch(() => drawing.delete(key));
    drawing.set(key, pending);
  }
  return pending;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Gives the SVG its accessible name and description, as the first children screen readers look for. */
function named(svg: string, { title, description }: Description): string {
  const open = svg.indexOf('>');
  const svgId = /\sid="([^"]+)"/.exec(svg.slice(0, open))?.[1] ?? 'diagram';
  const aria = ` aria-labelledby="${svgId}-title" aria-describedby="${svgId}-desc"`;
  const texts = `<title id="${svgId}-title">${escapeXml(title)}</title><desc id="${svgId}-desc">${escapeXml(description)}</desc>`;
  return `${svg.slice(0, open)}${aria}>${texts}${svg.slice(open + 1)}`;
}

/** Writes the named SVGs of a diagram; returns their id, which changes whenever what they hold changes. */
export function writeSvgs(cacheDir: string, drawn: Drawn, description: Description): string {
  const svgs = Object.fromEntries(THEMES.map((theme) => [theme, named(drawn.svgs[theme], description)])) as Record<
    Theme,
    string
  >;
  const id = sha(...THEMES.map((theme) => svgs[theme])).slice(0, 16);
  for (const theme of THEMES) {
    const file = path.join(svgDirOf(cacheDir), svgFileName(id, theme));
    if (!existsSync(file)) writeAtomically(file, svgs[theme]);
  }
  return id;
}
