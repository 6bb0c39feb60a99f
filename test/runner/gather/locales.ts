import { RUN_KEYS } from '../../../src/contract/fence-meta';
import { PageError } from '../../../src/contract/page-error';
import { LOCALE_DIRS } from '../../../src/contract/paths';
import { type Block, type Page, where } from './types';

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
    else
      problems.push(
        new PageError(page.file, 1, `no English translation: expected ${LOCALE_DIRS.en}/${page.slug}.md(x)`),
      );
  }
  for (const orphan of bySlug.values()) {
    const expected = `${LOCALE_DIRS.ko}/${orphan.slug}.md(x)`;
    problems.push(new PageError(orphan.file, 1, `English page without a Korean source: expected ${expected}`));
  }
  return { pairs, problems };
}

/** What decides how a block runs and what it is checked against; a translation must not change any of it. */
function runFields(block: Block): Record<string, string> {
  const fields: Record<string, string> = { text: block.text };
  for (const key of RUN_KEYS) if (block.meta.values[key] !== undefined) fields[key] = String(block.meta.values[key]);
  const output = block.output;
  fields.output = output ? output.text : '(none)';
  if (output)
    for (const key of RUN_KEYS)
      if (output.meta.values[key] !== undefined) fields[`output ${key}`] = String(output.meta.values[key]);
  return fields;
}

/**
 * The English page must hold the same shell blocks as the Korean one, in the same order, with the same text,
 * run meta and shown output. Identical text means identical commands, so running the Korean page proves both.
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
      problems.push(
        new PageError(extra.file, extra.line, `shell block #${i + 1} has no counterpart in ${other} (${counts})`),
      );
      break;
    }
    const [kf, ef] = [runFields(k), runFields(e)];
    const differing = [...new Set([...Object.keys(kf), ...Object.keys(ef)])].filter((f) => kf[f] !== ef[f]);
    if (differing.length > 0) {
      const show = (fields: Record<string, string>): string =>
        differing.map((f) => `${f}=${JSON.stringify(fields[f] ?? null)}`).join(' ');
      problems.push(
        new PageError(e.file, e.line, `shell block #${i + 1} differs from ${where(k)}: ${show(ef)} vs ${show(kf)}`),
      );
    }
  }
  return problems;
}

/** Twin pairs of English → Korean shell blocks for pages proven identical; English blocks of other pages have none. */
export function twinBlocks(pairs: readonly LocalePair[]): Map<Block, Block | undefined> {
  const twins = new Map<Block, Block | undefined>();
  for (const pair of pairs) {
    const identical = compareRunnableBlocks(pair).length === 0;
    const koBlocks = pair.ko.blocks.filter((b) => b.runnable);
    for (const [i, b] of pair.en.blocks.filter((b) => b.runnable).entries())
      twins.set(b, identical ? koBlocks[i] : undefined);
  }
  return twins;
}
