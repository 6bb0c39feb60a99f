import type { BlockEntry, CoverageSummary, OutputEntry } from '../../../src/contract/run-report';
import { pairPages, twinBlocks } from '../gather/locales';
import { type Block, type Locale, type Page, where } from '../gather/types';
import type { BlockOutcome, BlockStatus } from '../run/outcome';

export type { BlockEntry, CoverageSummary };

const outputEntry = (block: Block, outcome: BlockOutcome | undefined): OutputEntry | undefined => {
  if (!block.output) return undefined;
  const output = outcome?.output;
  if (!output) return { line: block.output.line, status: 'skipped', reason: 'not compared in this run' };
  // A rewritten output is no proof: update mode never counts as a pass.
  const status = output.status === 'updated' ? 'failed' : output.status;
  return { line: block.output.line, status, reason: output.reason };
};

const entry = (
  block: Block,
  locale: Locale,
  status: BlockStatus,
  reason?: string,
  output?: OutputEntry,
): BlockEntry => ({
  locale,
  page: block.file,
  line: block.line,
  id: block.id,
  lang: block.lang,
  status,
  reason,
  output,
});

/**
 * Every shell block of both locales with its status and its shown output's. Korean blocks take their run
 * outcome; an English block (and its output) counts as ran (verified) when its Korean twin did and the pages'
 * shell blocks and shown outputs were proven identical.
 */
export function computeCoverage(
  ko: readonly Page[],
  en: readonly Page[],
  outcomes: readonly BlockOutcome[],
): BlockEntry[] {
  const byBlock = new Map(outcomes.map((o) => [o.block, o]));
  const entries: BlockEntry[] = [];
  const koEntries = new Map<Block, BlockEntry>();
  for (const page of ko) {
    for (const block of page.blocks.filter((b) => b.runnable)) {
      const outcome = byBlock.get(block);
      const output = outputEntry(block, outcome);
      const e =
        block.norun !== undefined
          ? entry(block, 'ko', 'excused', `norun=${block.norun}`, output)
          : entry(
              block,
              'ko',
              outcome?.status ?? 'skipped',
              outcome?.reason ?? (outcome ? undefined : 'not run in this test run'),
              output,
            );
      koEntries.set(block, e);
      entries.push(e);
    }
  }
  const twins = twinBlocks(pairPages(ko, en).pairs);
  for (const page of en) {
    for (const block of page.blocks.filter((b) => b.runnable)) {
      const twin = twins.get(block);
      const twinEntry = twin && koEntries.get(twin);
      const output =
        block.output && twinEntry?.output
          ? {
              ...twinEntry.output,
              line: block.output.line,
              reason: `identical to ${where(twin!.output!)}: ${twinEntry.output.status}`,
            }
          : block.output && {
              line: block.output.line,
              status: 'failed' as const,
              reason: 'no identical Korean output',
            };
      if (block.norun !== undefined) entries.push(entry(block, 'en', 'excused', `norun=${block.norun}`, output));
      else if (!twin)
        entries.push(entry(block, 'en', 'failed', 'no identical Korean block (see test/docs/pages.test.ts)', output));
      else if (twinEntry?.status === 'ran')
        entries.push(entry(block, 'en', 'ran', `identical to ${where(twin)}, which ran`, output));
      else
        entries.push(
          entry(block, 'en', twinEntry?.status ?? 'skipped', `Korean twin ${where(twin)} did not run`, output),
        );
    }
  }
  return entries;
}

export function summarize(entries: readonly BlockEntry[]): CoverageSummary {
  const count = (s: BlockStatus): number => entries.filter((e) => e.status === s).length;
  const ran = count('ran');
  const excused = count('excused');
  const outputs = entries.flatMap((e) => (e.output ? [e.output] : []));
  const verified = outputs.filter((o) => o.status === 'verified').length;
  const outputsExcused = outputs.filter((o) => o.status === 'excused').length;
  return {
    total: entries.length,
    ran,
    excused,
    unaccounted: entries.length - ran - excused,
    outputs: {
      total: outputs.length,
      verified,
      excused: outputsExcused,
      unaccounted: outputs.length - verified - outputsExcused,
    },
  };
}
