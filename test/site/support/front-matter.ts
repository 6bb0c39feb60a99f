import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './site';

/** A page's front matter as its author wrote it. */
export function frontMatterOf(file: string): Record<string, unknown> {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  return block ? ((parse(block) as Record<string, unknown>) ?? {}) : {};
}
