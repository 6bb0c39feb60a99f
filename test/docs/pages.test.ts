import { describe, expect, test } from 'vitest';
import { compareRunnableBlocks, pairPages } from '../runner/gather/locales';
import { gatherPages } from '../runner/gather/pages';

const ko = gatherPages('ko');
const en = gatherPages('en');
const { pairs, problems } = pairPages(ko, en);

describe('the pages of both languages', () => {
  test('every Korean page has an English mirror and every mirror a Korean source', () => {
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  // The same rules the site build enforces (src/contract/page-rules.ts), met here without an engine.
  test('follow the page rules of CONTRIBUTING.md', () => {
    expect([...ko, ...en].flatMap((p) => p.problems).map((p) => p.message)).toEqual([]);
  });

  for (const pair of pairs) {
    test(`${pair.en.file} holds the same shell blocks and shown outputs as ${pair.ko.file}`, () => {
      expect(compareRunnableBlocks(pair).map((p) => p.message)).toEqual([]);
    });
  }
});
