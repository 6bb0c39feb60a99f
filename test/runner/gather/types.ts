import type { Fence } from '../../../src/contract/fences';
import type { Locale } from '../../../src/contract/paths';

export type { Locale };

/** A fenced block of a page, with what the runner needs to run or check it read off its meta. */
export interface Block extends Omit<Fence, 'output' | 'outputOf'> {
  /** Shell blocks are the ones the runner executes. */
  readonly runnable: boolean;
  readonly id?: string;
  readonly fails?: string;
  readonly background: boolean;
  readonly timeoutSeconds?: number;
  readonly norun?: string;
  readonly fileRef?: string;
  /** For a shell block: the output the page shows under it, which the run's output must match. */
  readonly output?: Block;
}

export interface Page {
  readonly locale: Locale;
  /** Repository-relative path, e.g. `docs/build-and-run.md`. */
  readonly file: string;
  /** Path under the locale root without extension: `build-and-run`. Names the scenario file. */
  readonly slug: string;
  readonly sidebarPosition?: number;
  /** Example folders from the front matter, in order; the shell starts in the first. */
  readonly examples: readonly string[];
  readonly blocks: readonly Block[];
  /** Problems found while gathering (unknown meta key, bad norun …); a page with problems does not run. */
  readonly problems: readonly Error[];
}

export const where = (b: { file: string; line: number }): string => `${b.file}:${b.line}`;
