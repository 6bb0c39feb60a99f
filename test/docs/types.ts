export type Locale = 'ko' | 'en';

/** Fence meta after parsing: `id=x fails="no such" background {1,3-4}`. */
export interface BlockMeta {
  /** Every `key=value` and bare flag, as written (flags map to `true`). */
  readonly values: Readonly<Record<string, string | true>>;
  /** Docusaurus highlight ranges such as `{1,3-4}`, kept verbatim. */
  readonly highlights: readonly string[];
}

export interface Block {
  /** Repository-relative path of the page, e.g. `docs/build-and-run.md`. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly rawMeta: string;
  readonly meta: BlockMeta;
  readonly text: string;
  /** Shell blocks are the ones the runner executes. */
  readonly runnable: boolean;
  readonly id?: string;
  readonly fails?: string;
  readonly background: boolean;
  readonly timeoutSeconds?: number;
  readonly norun?: string;
  readonly fileRef?: string;
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
