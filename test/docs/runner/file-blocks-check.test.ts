import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFileBlocks } from '../file-blocks';
import { fixturePage, FIXTURES } from './helpers';

const root = path.join(FIXTURES, 'file-blocks');

describe('file blocks', () => {
  test('file= with an empty body or the file exactly, and text blocks, are fine', () => {
    expect(checkFileBlocks(fixturePage('file-blocks', 'docs/good.md'), root)).toEqual([]);
  });

  test('inline content, a missing file, a file outside examples/ and a changed body are errors', () => {
    const page = fixturePage('file-blocks', 'docs/bad.md');
    expect(checkFileBlocks(page, root).map((p) => p.message.replace(`${page.file}:`, 'L'))).toEqual([
      'L1: dockerfile block without file=: show files from examples/ with file=examples/<folder>/<file> and an empty body',
      'L5: file=examples/app/compose.yaml does not exist',
      'L8: file=package.json must point under examples/',
      'L11: block body differs from examples/app/Dockerfile: leave the body empty, the site fills it from the file',
    ]);
  });
});
