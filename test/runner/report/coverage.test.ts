import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../../src/contract/paths';
import { formatCoverageLine } from '../../../src/contract/run-report';
import { FIXTURES } from '../fixtures';
import { gatherPages } from '../gather/pages';
import type { Page } from '../gather/types';
import { runPage } from '../run/page-run';
import { computeCoverage, summarize } from './coverage';

const pagesOf = (locale: 'ko' | 'en') =>
  gatherPages(locale, { repoRoot: REPO_ROOT, localeRoot: path.join(FIXTURES, 'coverage', locale) });

describe('coverage line', () => {
  test('counts both languages; skipped and failed blocks are unaccounted, English follows its proven Korean twin', async () => {
    const [ko, en] = [pagesOf('ko'), pagesOf('en')];
    const report = await runPage(ko[0]!, { engine: false });
    const entries = computeCoverage(ko, en, report.outcomes);
    expect(entries.map((e) => [e.locale, e.line, e.status])).toEqual([
      ['ko', 3, 'ran'],
      ['ko', 7, 'excused'],
      ['ko', 11, 'failed'],
      ['ko', 15, 'skipped'],
      ['en', 3, 'ran'],
      ['en', 7, 'excused'],
      ['en', 11, 'failed'],
      ['en', 15, 'skipped'],
    ]);
    expect(formatCoverageLine(summarize(entries))).toBe(
      'docs: 8 shell blocks, 2 ran, 2 excused, 4 unaccounted; 0 outputs, 0 verified, 0 excused, 0 unaccounted',
    );
  });

  test('an English block whose page differs from the Korean one is unaccounted even if Korean ran', async () => {
    const ko = pagesOf('ko');
    const changeFirst = (p: Page): Page => ({
      ...p,
      blocks: p.blocks.map((b, i) => (i === 0 ? { ...b, text: 'echo changed' } : b)),
    });
    const en = pagesOf('en').map(changeFirst);
    const report = await runPage(ko[0]!, { engine: false });
    const english = computeCoverage(ko, en, report.outcomes).filter((e) => e.locale === 'en' && e.status !== 'excused');
    expect(english.map((e) => e.status)).toEqual(['failed', 'failed', 'failed']);
  });

  test('no pages still give a line', () => {
    const line = formatCoverageLine(summarize(computeCoverage([], [], [])));
    expect(line).toBe(
      'docs: 0 shell blocks, 0 ran, 0 excused, 0 unaccounted; 0 outputs, 0 verified, 0 excused, 0 unaccounted',
    );
  });
});
