import type { Root, Code, Parent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { norunReasons } from '../data/norun-reasons';
import { metaValue } from './fence-meta';

type Locale = keyof (typeof norunReasons)[keyof typeof norunReasons];

const TITLE: Record<Locale, string> = { ko: 'CI에서 실행하지 않는 명령어', en: 'Not run in CI' };

function localeOf(filePath: string | undefined): Locale {
  return filePath && /[\\/]i18n[\\/]en[\\/]/.test(filePath) ? 'en' : 'ko';
}

/**
 * Puts the reason a block is excused from CI right under it, in the page's language, so no reader
 * mistakes an unverified command for a verified one.
 */
export default function norunNotes() {
  return (tree: Root, file: { path?: string }) => {
    const locale = localeOf(file.path);
    visit(tree, 'code', (node: Code, index, parent: Parent | undefined) => {
      const key = metaValue(node.meta, 'norun');
      if (!key || !parent || index === undefined) return;
      const reason = norunReasons[key as keyof typeof norunReasons];
      if (!reason) {
        throw new Error(`${file.path}:${node.position?.start.line}: unknown norun reason "${key}"`);
      }
      const note = {
        type: 'mdxJsxFlowElement',
        name: 'admonition',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'type', value: 'note' },
          { type: 'mdxJsxAttribute', name: 'title', value: TITLE[locale] },
        ],
        children: [{ type: 'paragraph', children: [{ type: 'text', value: reason[locale] }] }],
      };
      parent.children.splice(index + 1, 0, note as unknown as Parent['children'][number]);
      return [SKIP, index + 2];
    });
  };
}
