import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES } from '../fixtures';
import { gatherPage } from './gather-page';

const root = path.join(FIXTURES, 'file-blocks');
// The fixture is a repository of its own: file= paths are relative to it, as to the real repository.
const problemsOf = (file: string): string[] =>
  gatherPage(path.join(root, file), { repoRoot: root, localeRoot: path.join(root, 'docs'), locale: 'ko' }).problems.map(
    (p) => p.message.replace(`${file}:`, 'L'),
  );

describe('file blocks', () => {
  test('file= with an empty body or the file exactly, and text blocks, are fine', () => {
    expect(problemsOf('docs/good.md')).toEqual([]);
  });

  test('inline content, a missing file, a file outside examples/ and a changed body are errors', () => {
    expect(problemsOf('docs/bad.md')).toEqual([
      'L1: dockerfile block without file=: show files from examples/ with file=examples/<folder>/<file> and an empty body',
      'L5: file=examples/app/compose.yaml does not exist',
      'L8: file=package.json must be a path under examples/',
      'L11: block body differs from examples/app/Dockerfile: leave the body empty, the site fills it from the file',
    ]);
  });
});
