/** A page breaks a rule of CONTRIBUTING.md; the site build and the doc runner report it the same way. */
export class PageError extends Error {
  override name = 'PageError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

/** One error for several problems, each on its own `file:line:` line, in page order. */
export class PageErrors extends Error {
  override name = 'PageErrors';
  constructor(readonly problems: readonly PageError[]) {
    super(
      [...problems]
        .sort((a, b) => a.line - b.line)
        .map((p) => p.message)
        .join('\n'),
    );
  }
}
