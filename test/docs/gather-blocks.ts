import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { PageError } from './errors';
import { validateBlock } from './validate-block';
import { parseMeta } from './meta';
import type { Block, BlockMeta, Locale, Page } from './types';

/** Fence languages the runner executes; all run in bash, as a reader on Linux or macOS would paste them. */
export const SHELL_LANGS: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'console']);

export interface GatherOptions {
  readonly repoRoot: string;
  /** Absolute directory the slug is relative to (`docs/` or the English mirror). */
  readonly localeRoot: string;
  readonly locale: Locale;
}

/** Reads one page: front matter, then every fenced block with its line, meta and text. */
export function gatherPage(absFile: string, options: GatherOptions): Page {
  const source = readFileSync(absFile, 'utf8');
  const file = path.relative(options.repoRoot, absFile).split(path.sep).join('/');
  const slug = path.relative(options.localeRoot, absFile).replace(/\.mdx?$/, '').split(path.sep).join('/');
  const problems: Error[] = [];
  const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  const tree = (absFile.endsWith('.mdx') ? parser.use(remarkMdx) : parser).parse(source) as Root;

  let frontMatter: Record<string, unknown> = {};
  const blocks: Block[] = [];
  visit(tree, (node) => {
    if (node.type === 'yaml') frontMatter = readFrontMatter(node.value, file, problems);
    if (node.type !== 'code') return;
    const block = readBlock(node, source, file, problems);
    if (block) blocks.push(block);
  });
  const seenIds = new Set<string>();
  for (const block of blocks) {
    problems.push(...validateBlock(block));
    if (block.id && seenIds.has(block.id)) {
      problems.push(new PageError(file, block.line, `id=${block.id} is used twice on this page`));
    }
    if (block.id) seenIds.add(block.id);
  }
  return {
    locale: options.locale,
    file,
    slug,
    sidebarPosition: typeof frontMatter.sidebar_position === 'number' ? frontMatter.sidebar_position : undefined,
    examples: readExamples(frontMatter.example, file, problems),
    blocks,
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

function readExamples(value: unknown, file: string, problems: Error[]): string[] {
  const names = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const valid = names.filter((n): n is string => typeof n === 'string' && /^[\w.-]+$/.test(n) && !n.startsWith('.'));
  if (valid.length !== names.length) {
    problems.push(new PageError(file, 1, `front matter "example" must be a folder name under examples/ or a list of them`));
  }
  return valid;
}

function readBlock(node: Code, source: string, file: string, problems: Error[]): Block | undefined {
  const line = node.position?.start.line ?? 0;
  const opening = source.slice(node.position?.start.offset ?? 0).trimStart();
  if (!opening.startsWith('```') && !opening.startsWith('~~~')) {
    problems.push(new PageError(file, line, 'indented code block: write a fenced block with a language'));
    return undefined;
  }
  if (!node.lang) {
    problems.push(new PageError(file, line, 'fenced block without a language (use bash for commands, text for output)'));
    return undefined;
  }
  const rawMeta = node.meta ?? '';
  let meta: BlockMeta = { values: {}, highlights: [] };
  try {
    meta = parseMeta(rawMeta);
  } catch (error) {
    problems.push(new PageError(file, line, (error as Error).message));
  }
  const v = meta.values;
  const str = (key: string): string | undefined => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  const timeout = str('timeout');
  return {
    file,
    line,
    lang: node.lang,
    rawMeta,
    meta,
    text: node.value,
    runnable: SHELL_LANGS.has(node.lang),
    id: str('id'),
    fails: str('fails'),
    background: v.background === true,
    timeoutSeconds: timeout === undefined ? undefined : Number(timeout),
    norun: str('norun'),
    fileRef: str('file'),
  };
}
