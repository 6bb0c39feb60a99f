import { compareRunnableBlocks, pairPages } from './locales';
import type { BlockOutcome, BlockStatus } from './outcome';
import { where, type Block, type Locale, type Page } from './types';

export interface BlockEntry {
  readonly locale: Locale;
  readonly page: string;
  readonly line: number;
  readonly id?: string;
  readonly lang: string;
  readonly status: BlockStatus;
  readonly reason?: string;
}

export interface CoverageSummary {
  readonly total: number;
  readonly ran: number;
  readonly excused: number;
  readonly unaccounted: number;
}

/** The line `npm test` prints; the site's "verified" stamp and CI read the same numbers from the JSON report. */
export const formatCoverageLine = (s: CoverageSummary): string =>
  `docs: ${s.total} shell blocks, ${s.ran} ran, ${s.excused} excused, ${s.unaccounted} unaccounted`;

const entry = (block: Block, locale: Locale, status: BlockStatus, reason?: string): BlockEntry => ({
  locale, page: block.file, line: block.line, id: block.id, lang: block.lang, status, reason,
});

/**
 * Every shell block of both locales with its status. Korean blocks take their run outcome; an English block
 * counts as ran when its Korean twin ran and the pages' shell blocks were proven identical.
 */
export function computeCoverage(ko: readonly Page[], en: readonly Page[], outcomes: readonly BlockOutcome[]): BlockEntry[] {
  const byBlock = new Map(outcomes.map((o) => [o.block, o]));
  const entries: BlockEntry[] = [];
  const koStatus = new Map<Block, BlockEntry>();
  for (const page of ko) {
    for (const block of page.blocks.filter((b) => b.runnable)) {
      const outcome = byBlock.get(block);
      const e = block.norun !== undefined
        ? entry(block, 'ko', 'excused', `norun=${block.norun}`)
        : entry(block, 'ko', outcome?.status ?? 'skipped', outcome?.reason ?? (outcome ? undefined : 'not run in this test run'));
      koStatus.set(block, e);
      entries.push(e);
    }
  }
  const { pairs } = pairPages(ko, en);
  const twins = new Map<Block, Block | undefined>();
  for (const pair of pairs) {
    const identical = compareRunnableBlocks(pair).length === 0;
    const koBlocks = pair.ko.blocks.filter((b) => b.runnable);
    pair.en.blocks.filter((b) => b.runnable).forEach((b, i) => twins.set(b, identical ? koBlocks[i] : undefined));
  }
  for (const page of en) {
    for (const block of page.blocks.filter((b) => b.runnable)) {
      const twin = twins.get(block);
      const twinEntry = twin && koStatus.get(twin);
      if (block.norun !== undefined) entries.push(entry(block, 'en', 'excused', `norun=${block.norun}`));
      else if (!twin) entries.push(entry(block, 'en', 'failed', 'no identical Korean block (see locales.test.ts)'));
      else if (twinEntry?.status === 'ran') entries.push(entry(block, 'en', 'ran', `identical to ${where(twin)}, which ran`));
      else entries.push(entry(block, 'en', twinEntry?.status ?? 'skipped', `Korean twin ${where(twin)} did not run`));
    }
  }
  return entries;
}

export function summarize(entries: readonly BlockEntry[]): CoverageSummary {
  const count = (s: BlockStatus): number => entries.filter((e) => e.status === s).length;
  const ran = count('ran');
  const excused = count('excused');
  return { total: entries.length, ran, excused, unaccounted: entries.length - ran - excused };
}
