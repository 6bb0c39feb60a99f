import { PageError } from '../../../src/contract/page-error';
import type { Block } from './types';

/**
 * Test values for the placeholders pages show the reader, e.g. `docker tag todo-app {YOUR-USER-NAME}/todo-app`.
 * One table for every page, so the same placeholder always means the same thing.
 */
export const placeholders: Readonly<Record<string, string>> = {
  'YOUR-USER-NAME': 'docker101-reader',
  'IMAGE-NAME': 'todo-app',
  'REPO-NAME': 'todo-app',
};

// `{UPPER-CASE}` not preceded by `$`, so `${HOME}` stays a shell expansion.
const PLACEHOLDER = /(?<!\$)\{([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\}/g;

/** Replaces every placeholder in a block's text; an unknown one is an error naming the block. */
export function substitutePlaceholders(block: Block, table: Readonly<Record<string, string>> = placeholders): string {
  return block.text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = table[name];
    if (value === undefined) {
      throw new PageError(
        block.file,
        block.line,
        `unknown placeholder ${whole}; add it to test/runner/gather/placeholders.ts`,
      );
    }
    return value;
  });
}
