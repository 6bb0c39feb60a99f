import { describe, expect, test } from 'vitest';
import { compareRunnableBlocks, pairPages } from './locales';
import { gatherPages } from './pages';

const en = gatherPages('en');
const { pairs, problems } = pairPages(gatherPages('ko'), en);

describe('translations', () => {
  test('every Korean page has an English mirror and every mirror a Korean source', () => {
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  // The Korean pages' rule checks fail in docs.test.ts, where they would otherwise run.
  test('English pages follow the page rules of CONTRIBUTING.md', () => {
    expect(en.flatMap((p) => p.problems).map((p) => p.message)).toEqual([]);
  });

  for (const pair of pairs) {
    test(`${pair.en.file} holds the same shell blocks as ${pair.ko.file}`, () => {
      expect(compareRunnableBlocks(pair).map((p) => p.message)).toEqual([]);
    });
  }
});
