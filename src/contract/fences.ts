import type { Code, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import {
  type BlockKind,
  type FenceMeta,
  FILE_LANGS,
  metaString,
  OUTPUT_LANG,
  parseMeta,
  SHELL_LANGS,
} from './fence-meta';
import { PageError } from './page-error';

/** One fenced block of a page, as both the doc runner and the site's remark plugins see it. */
export interface Fence {
  /** Repository-relative page file. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly rawMeta: string;
  readonly meta: FenceMeta;
  readonly text: string;
  readonly kind: BlockKind;
  /** The mdast node, for the site's plugins that rewrite it. */
  readonly node: Code;
  /** The shell tab group it belongs to (consecutive `tab=` fences), numbered in page order. */
  readonly tabGroup?: number;
  /** For an output: the command whose output it shows (in a tab group, the variant that runs). */
  readonly outputOf?: Fence;
  /** For a command: its shown output, if the page shows one. */
  readonly output?: Fence;
}

export interface PageFences {
  readonly fences: readonly Fence[];
  readonly problems: readonly PageError[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const kindOf = (lang: string): BlockKind =>
  SHELL_LANGS.has(lang) ? 'shell' : FILE_LANGS.has(lang.toLowerCase()) ? 'file' : 'other';

/**
 * Every fence of a page in document order, with its kind. A `text` fence is an output when the fence before
 * it, with no heading between them, is a command (or the group of shell tabs holding one).
 */
export function readFences(tree: Root, source: string, file: string): PageFences {
  const problems: PageError[] = [];
  const fences: Mutable<Fence>[] = [];
  let group = -1;
  let lastParent: Parent | undefined;
  let lastIndex = -2;
  let afterHeading = false;

  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') afterHeading = true;
    if (node.type !== 'code') return;
    const code = node as Code;
    const line = code.position?.start.line ?? 0;
    const opening = source.slice(code.position?.start.offset ?? 0).trimStart();
    if (!opening.startsWith('```') && !opening.startsWith('~~~')) {
      problems.push(new PageError(file, line, 'indented code block: write a fenced block with a language'));
      return;
    }
    const fenceChars = /^(`{3,}|~{3,})/.exec(opening)?.[1] ?? '```';
    const body = source.slice(code.position?.start.offset ?? 0, code.position?.end.offset ?? 0).trimEnd();
    const lastLine = body.slice(body.lastIndexOf('\n') + 1).trim();
    if (body.indexOf('\n') < 0 || !lastLine.startsWith(fenceChars) || lastLine.replace(/[`~]/g, '') !== '') {
      problems.push(new PageError(file, line, `the fence opened here is never closed (add a line with ${fenceChars})`));
      return;
    }
    if (!code.lang) {
      problems.push(
        new PageError(file, line, 'fenced block without a language (use bash for commands, text for output)'),
      );
      return;
    }
    let meta: FenceMeta = { values: {}, highlights: [] };
    try {
      meta = parseMeta(code.meta);
    } catch (error) {
      problems.push(new PageError(file, line, (error as Error).message));
    }
    const fence: Mutable<Fence> = {
      file,
      line,
      lang: code.lang,
      rawMeta: code.meta ?? '',
      meta,
      text: code.value,
      kind: kindOf(code.lang),
      node: code,
    };
    const previous = fences.at(-1);
    if (metaString(meta, 'tab') !== undefined) {
      const continues = previous?.tabGroup !== undefined && parent === lastParent && index === lastIndex + 1;
      fence.tabGroup = continues ? group : ++group;
    }
    // A text fence filled from a file (`file=`) shows that file, not a command's output.
    const showsFile = metaString(meta, 'file') !== undefined;
    if (code.lang === OUTPUT_LANG && previous?.kind === 'shell' && !afterHeading && !showsFile) {
      const command = commandOf(previous, fences);
      fence.kind = 'output';
      fence.outputOf = command;
      (command as Mutable<Fence>).output = fence;
    }
    fences.push(fence);
    lastParent = parent;
    lastIndex = index ?? -2;
    afterHeading = false;
  });
  return { fences, problems };
}

/** The command a shown output belongs to: in a group of shell tabs, the variant the tests run. */
function commandOf(last: Fence, fences: readonly Fence[]): Fence {
  if (last.tabGroup === undefined) return last;
  const members = fences.filter((f) => f.tabGroup === last.tabGroup);
  return members.find((f) => metaString(f.meta, 'norun') === undefined) ?? last;
}
