import type { DocMetadata, LoadedContent } from '@docusaurus/plugin-content-docs';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { type Chapter, type ChapterPathGlobalData, type Part, type PartId, PLUGIN_NAME } from './types';

/** The sidebar whose chapters make the path (sidebars.ts). */
const SIDEBAR = 'tutorial';
/** The notes' path ends with compose and multi-container (sidebar_position 10 and 11); later chapters go beyond. */
export const PATH_ENDS_AT_POSITION = 11;

interface SidebarItem {
  readonly type: string;
  readonly id?: string;
  readonly items?: readonly SidebarItem[];
  readonly link?: { readonly type: string; readonly id?: string };
}

/** Doc ids in the order the sidebar shows them. */
function sidebarOrder(items: readonly SidebarItem[]): string[] {
  return items.flatMap((item) => [
    ...(item.type === 'doc' || item.type === 'ref' ? [item.id!] : []),
    ...(item.link?.type === 'doc' && item.link.id ? [item.link.id] : []),
    ...sidebarOrder(item.items ?? []),
  ]);
}

/** `다음을 합니다. 그리고…` → `다음을 합니다.`: one line on a card. */
export const firstSentence = (text: string): string => /^.*?[.!?。](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();

const partOf = (doc: DocMetadata): PartId =>
  (doc.sidebarPosition ?? Infinity) <= PATH_ENDS_AT_POSITION ? 'path' : 'beyond';

/** The chapters in sidebar order, grouped into the path and beyond. */
export function chapterParts(docs: readonly DocMetadata[], sidebar: readonly SidebarItem[] | undefined): Part[] {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const ordered = sidebar
    ? sidebarOrder(sidebar).flatMap((id) => byId.get(id) ?? [])
    : [...docs].sort((a, b) => (a.sidebarPosition ?? Infinity) - (b.sidebarPosition ?? Infinity));
  // The front matter's own description: without one, Docusaurus makes up an excerpt from the page's first lines.
  const summary = (doc: DocMetadata): string =>
    typeof doc.frontMatter.description === 'string' ? firstSentence(doc.frontMatter.description) : '';
  const chapter = (doc: DocMetadata): Chapter => ({
    title: doc.title,
    summary: summary(doc),
    permalink: doc.permalink,
  });
  return (['path', 'beyond'] as const)
    .map((id) => ({ id, chapters: ordered.filter((doc) => partOf(doc) === id).map(chapter) }))
    .filter((part) => part.chapters.length > 0);
}

/**
 * Publishes the tutorial's chapters, read from the docs themselves (title, description, sidebar position), for
 * the home page and the 404 page: a chapter added to docs/ appears there without anything else to edit.
 */
export default function chapterPath(_context: LoadContext): Plugin {
  return {
    name: PLUGIN_NAME,
    async allContentLoaded({ allContent, actions }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const version = docs?.loadedVersions[0];
      const sidebar = version?.sidebars[SIDEBAR] as readonly SidebarItem[] | undefined;
      const data: ChapterPathGlobalData = { parts: version ? chapterParts(version.docs, sidebar) : [] };
      actions.setGlobalData(data);
    },
  };
}
