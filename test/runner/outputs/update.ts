import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/contract/paths';
import { pairPages } from '../gather/locales';
import { gatherPages } from '../gather/pages';
import type { Block, Page } from '../gather/types';
import type { BlockOutcome } from '../run/outcome';

interface Edit {
  readonly block: Block;
  readonly body: string;
}

/** The shown output's fence with a new body: the opening and closing lines as written, the body indented as they are. */
function rewriteFence(source: string, block: Block, body: string): string {
  const start = block.node.position!.start.offset!;
  const end = block.node.position!.end.offset!;
  const fence = source.slice(start, end);
  const opening = fence.slice(0, fence.indexOf('\n'));
  const closing = fence.slice(fence.lastIndexOf('\n') + 1);
  const indent = ' '.repeat((block.node.position!.start.column ?? 1) - 1);
  const lines = body === '' ? [] : body.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`));
  return `${source.slice(0, start)}${[opening, ...lines, closing].join('\n')}${source.slice(end)}`;
}

/**
 * Writes the outputs an updating run rewrote into the Korean pages and their English mirrors (the bodies are the same
 * in both languages; titles stay translated). Returns how many shown outputs changed.
 */
export function writeUpdatedOutputs(
  outcomes: readonly BlockOutcome[],
  en: readonly Page[] = gatherPages('en'),
): number {
  const edits = new Map<string, Edit[]>();
  const add = (block: Block, body: string): boolean => {
    if (block.text === body) return false;
    edits.set(block.file, [...(edits.get(block.file) ?? []), { block, body }]);
    return true;
  };
  let changed = 0;
  const koPages = gatherPages('ko');
  const ko = [...new Set(outcomes.map((o) => o.block.file))].flatMap((file) => koPages.filter((p) => p.file === file));
  const pairs = pairPages(ko, en).pairs;
  for (const outcome of outcomes) {
    const updated = outcome.output?.updated;
    const shown = outcome.block.output;
    if (updated === undefined || !shown) continue;
    if (add(shown, updated)) changed++;
    const pair = pairs.find((p) => p.ko.file === outcome.block.file);
    const index = pair?.ko.blocks.filter((b) => b.runnable).findIndex((b) => b.line === outcome.block.line) ?? -1;
    const twin = index >= 0 ? pair!.en.blocks.filter((b) => b.runnable)[index] : undefined;
    if (twin?.output) add(twin.output, updated);
  }
  for (const [file, fileEdits] of edits) {
    const abs = path.join(REPO_ROOT, file);
    let source = readFileSync(abs, 'utf8');
    // From the end of the file, so the offsets of earlier fences still hold.
    for (const edit of [...fileEdits].sort(
      (a, b) => b.block.node.position!.start.offset! - a.block.node.position!.start.offset!,
    )) {
      source = rewriteFence(source, edit.block, edit.body);
    }
    writeFileSync(abs, source);
  }
  return changed;
}
