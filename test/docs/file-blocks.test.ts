import { expect, test } from 'vitest';
import { checkFileBlocks } from './file-blocks';
import { gatherPages, REPO_ROOT } from './pages';

test('every file block of both languages names a file under examples/ and shows it unchanged', () => {
  const pages = [...gatherPages('ko'), ...gatherPages('en')];
  expect(pages.flatMap((page) => checkFileBlocks(page, REPO_ROOT)).map((p) => p.message)).toEqual([]);
});
