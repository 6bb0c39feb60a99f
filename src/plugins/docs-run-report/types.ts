/** What a page may claim about its commands, taken from the last passing doc run (reports/docs-run.json). */
export interface DocsRunStamp {
  /** When that run finished (ISO 8601). */
  readonly date: string;
  /** `docker version` server version and `docker compose version --short` of that run. */
  readonly engine: string;
  readonly compose: string;
  /** Per page (repository-relative path, e.g. `docs/volumes.md`): fence lines that ran, are excused, were verified. */
  readonly pages: Readonly<Record<string, PageRun>>;
}

export interface PageRun {
  /** Lines of shell fences the run executed. */
  readonly ran: readonly number[];
  readonly excused: readonly number[];
  /** Lines of shown-output fences the run found equal to what their command printed. */
  readonly outputs: readonly number[];
}

/** The plugin's global data; `stamp` is null when no passing report was found at build time. */
export interface DocsRunGlobalData {
  readonly stamp: DocsRunStamp | null;
}

export const PLUGIN_NAME = 'docs-run-report';
