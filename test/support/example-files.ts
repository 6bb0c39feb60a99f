import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ScenarioContext } from '../runner';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');

/** The page undid its edits: these files of the reader's copy of `folder` are again the repository's, byte for byte. */
export function expectExampleRestored(ctx: ScenarioContext, folder: string, files: readonly string[]): void {
  for (const file of files) {
    const copy = readFileSync(path.join(ctx.workspace, folder, file), 'utf8');
    expect(copy, `${folder}/${file} at the end of the page`).toBe(
      readFileSync(path.join(EXAMPLES, folder, file), 'utf8'),
    );
  }
}
