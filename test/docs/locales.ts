import { PageError } from './errors';
import { LOCALE_DIRS } from './pages';
import { where, type Block, type Page } from './types';

export interface LocalePair {
  readonly ko: Page;
  readonly en: Page;
}

/** Matches each Korean page with its English mirror by slug; a missing or orphaned mirror is a problem. */
export function pairPages(ko: readonly Page[], en: readonly Page[]): { pairs: LocalePair[]; problems: PageError[] } {
  const bySlug = new Map(en.map((p) => [p.slug, p]));
  const pairs: LocalePair[] = [];
  const problems: PageError[] = [];
  for (const page of ko) {
    const mirror = bySlug.get(page.slug);
    bySlug.delete(page.slug);
    if (mirror) pairs.push({ ko: page, en: mirror });
    else problems.push(new PageError(page.file, 1, `no English translation: expected ${LOCALE_DIRS.en}/${page.slug}.md(x)`));
  }
  for (const orphan of bySlug.values()) {
    const expected = `${LOCALE_DIRS.ko}/${orphan.slug}.md(x)`;
    problems.push(new PageError(orphan.file, 1, `English page without a Korean source: expected ${expected}`));
  }
  return { pairs, problems };
}

/** What decides how a block runs; translations must not change any of it. */
const RUN_FIELDS = ['text', 'id', 'fails', 'norun', 'background', 'timeoutSeconds'] as const;

/**
 * The English page must hold the same shell blocks as the Korean one, in the same order, with the same
 * text and run meta. Identical text means identical commands, so running the Korean page proves both.
 */
export function compareRunnableBlocks({ ko, en }: LocalePair): PageError[] {
  const koBlocks = ko.blocks.filter((b) => b.runnable);
  const enBlocks = en.blocks.filter((b) => b.runnable);
  const problems: PageError[] = [];
  const count = Math.max(koBlocks.length, enBlocks.length);
  for (let i = 0; i < count; i++) {
    const [k, e] = [koBlocks[i], enBlocks[i]];
    if (!k || !e) {
      const extra = (k ?? e) as Block;
      const counts = `${koBlocks.length} vs ${enBlocks.length} shell blocks`;
      const other = k ? en.file : ko.file;
      problems.push(new PageError(extra.file, extra.line, `shell block #${i + 1} has no counterpart in ${other} (${counts})`));
      break;
    }
    const differing = RUN_FIELDS.filter((f) => k[f] !== e[f]);
    if (differing.length > 0) {
      const show = (b: Block): string => differing.map((f) => `${f}=${JSON.stringify(b[f])}`).join(' ');
      problems.push(new PageError(e.file, e.line, `shell block #${i + 1} differs from ${where(k)}: ${show(e)} vs ${show(k)}`));
    }
  }
  return problems;
}
