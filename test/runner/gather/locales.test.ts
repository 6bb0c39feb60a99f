import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../../src/contract/paths';
import { FIXTURES, rel } from '../fixtures';
import { compareRunnableBlocks, pairPages } from './locales';
import { gatherPages } from './pages';

const ko = gatherPages('ko', { repoRoot: REPO_ROOT, localeRoot: path.join(FIXTURES, 'locales/ko') });
const en = gatherPages('en', { repoRoot: REPO_ROOT, localeRoot: path.join(FIXTURES, 'locales/en') });
const { pairs, problems } = pairPages(ko, en);
const pair = (slug: string) => pairs.find((p) => p.ko.slug === slug)!;

describe('translations hold the same shell blocks', () => {
  test('pages with different prose but identical blocks match', () => {
    expect(compareRunnableBlocks(pair('same'))).toEqual([]);
  });

  test('a block whose text differs is an error naming both places', () => {
    expect(compareRunnableBlocks(pair('differs')).map((p) => p.message)).toEqual([
      `${rel('locales', 'en/differs.md')}:5: shell block #2 differs from ${rel('locales', 'ko/differs.md')}:5: ` +
        'text="docker run --name todo todo" vs text="docker run --name 할일 todo"',
    ]);
  });

  test('different run meta or a missing block is an error', () => {
    expect(compareRunnableBlocks(pair('meta')).map((p) => p.message)).toEqual([
      `${rel('locales', 'en/meta.md')}:1: shell block #1 differs from ${rel('locales', 'ko/meta.md')}:1: id="b" vs id="a"`,
      `${rel('locales', 'ko/meta.md')}:5: shell block #2 has no counterpart in ${rel('locales', 'en/meta.md')} (2 vs 1 shell blocks)`,
    ]);
  });

  test('a page without its translation, or a translation without its page, is an error', () => {
    expect(problems.map((p) => p.message)).toEqual([
      `${rel('locales', 'ko/only-ko.md')}:1: no English translation: ` +
        'expected i18n/en/docusaurus-plugin-content-docs/current/only-ko.md(x)',
      `${rel('locales', 'en/only-en.md')}:1: English page without a Korean source: expected docs/only-en.md(x)`,
    ]);
  });
});
