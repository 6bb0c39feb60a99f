import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { metaString } from '../../../src/contract/fence-meta';
import { type Fence, readFences } from '../../../src/contract/fences';
import { readExamples } from '../../../src/contract/front-matter';
import { PageError } from '../../../src/contract/page-error';
import { checkFences } from '../../../src/contract/page-rules';
import { repoPath } from '../../../src/contract/paths';
import type { Block, Locale, Page } from './types';

export interface GatherOptions {
  readonly repoRoot: string;
  /** Absolute directory the slug is relative to (`docs/` or the English mirror). */
  readonly localeRoot: string;
  readonly locale: Locale;
}

/** Reads one page: front matter, then every fenced block with its line, meta, text and shown output. */
export function gatherPage(absFile: string, options: GatherOptions): Page {
  const source = readFileSync(absFile, 'utf8');
  const file = repoPath(absFile, options.repoRoot);
  const slug = repoPath(absFile, options.localeRoot).replace(/\.mdx?$/, '');
  const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  const tree = (absFile.endsWith('.mdx') ? parser.use(remarkMdx) : parser).parse(source) as Root;

  const problems: Error[] = [];
  let frontMatter: Record<string, unknown> = {};
  visit(tree, 'yaml', (node) => {
    frontMatter = readFrontMatter(node.value, file, problems);
  });
  const fences = readFences(tree, source, file);
  problems.push(...checkFences(fences, options.repoRoot));
  const { examples, problem } = readExamples(frontMatter);
  if (problem) problems.push(new PageError(file, 1, problem));
  return {
    locale: options.locale,
    file,
    slug,
    sidebarPosition: typeof frontMatter.sidebar_position === 'number' ? frontMatter.sidebar_position : undefined,
    examples,
    blocks: toBlocks(fences.fences),
    problems: problems.sort((a, b) => lineOf(a) - lineOf(b)),
  };
}

const lineOf = (e: Error): number => (e instanceof PageError ? e.line : 0);

function readFrontMatter(yaml: string, file: string, problems: Error[]): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(yaml);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch (error) {
    problems.push(new PageError(file, 1, `front matter is not valid YAML: ${(error as Error).message}`));
    return {};
  }
}

/** The runner's view of each fence; a command keeps a link to the output the page shows under it. */
function toBlocks(fences: readonly Fence[]): Block[] {
  const blocks = new Map<Fence, Block>();
  for (const fence of fences) {
    const { output: _output, outputOf: _outputOf, ...rest } = fence;
    const timeout = metaString(fence.meta, 'timeout');
    blocks.set(fence, {
      ...rest,
      runnable: fence.kind === 'shell',
      id: metaString(fence.meta, 'id'),
      fails: metaString(fence.meta, 'fails'),
      background: fence.meta.values.background === true,
      timeoutSeconds: timeout === undefined ? undefined : Number(timeout),
      norun: metaString(fence.meta, 'norun'),
      fileRef: metaString(fence.meta, 'file'),
    });
  }
  for (const fence of fences) {
    if (fence.output) (blocks.get(fence) as { output?: Block }).output = blocks.get(fence.output);
  }
  return [...blocks.values()];
}
