import type { Code, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { metaValue, OUTPUT_LANG } from '../contract/fence-meta';
import { localeOfPage } from '../contract/paths';
import { norunReasons } from '../data/norun-reasons';

type Locale = keyof (typeof norunReasons)[keyof typeof norunReasons];

const TITLE: Record<'command' | 'output', Record<Locale, string>> = {
  command: { ko: 'CI에서 실행하지 않는 명령어', en: 'Not run in CI' },
  output: { ko: 'CI에서 확인하지 않는 출력', en: 'Output not checked in CI' },
};

const localeOf = (filePath: string | undefined): Locale => (filePath && localeOfPage(filePath)) || 'ko';

/**
 * Puts the reason a block (a command, or a shown output) is excused from CI right under it, in the page's
 * language, so no reader mistakes an unverified command or output for a verified one.
 */
export default function norunNotes() {
  return (tree: Root, file: { path?: string }) => {
    const locale = localeOf(file.path);
    visit(tree, 'code', (node: Code, index, parent: Parent | undefined) => {
      const key = metaValue(node.meta, 'norun');
      if (!key || !parent || index === undefined) return;
      // src/remark/page-rules.ts has checked the key.
      const reason = norunReasons[key as keyof typeof norunReasons];
      const note = {
        type: 'mdxJsxFlowElement',
        name: 'admonition',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'type', value: 'note' },
          {
            type: 'mdxJsxAttribute',
            name: 'title',
            value: TITLE[node.lang === OUTPUT_LANG ? 'output' : 'command'][locale],
          },
        ],
        children: [{ type: 'paragraph', children: [{ type: 'text', value: reason[locale] }] }],
      };
      parent.children.splice(index + 1, 0, note as unknown as Parent['children'][number]);
      return [SKIP, index + 2];
    });
  };
}
