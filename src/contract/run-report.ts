import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from './paths';
import { REPO_ROOT, REPORT_FILE } from './paths';

/**
 * What a doc run leaves in reports/docs-run.json: read by the coverage line, the site's stamps and badges, and
 * the home page's figures. Written by the doc runner (test/runner/report/).
 */

/** ran: executed and did what the page says; excused: norun; failed; skipped: not reached. */
export type BlockStatus = 'ran' | 'excused' | 'failed' | 'skipped';

/** verified: the shown output matched what the command printed; excused: its reason is shown to the reader. */
export type OutputStatus = 'verified' | 'excused' | 'failed' | 'skipped';

export interface OutputEntry {
  /** Line of the output block's opening fence. */
  readonly line: number;
  readonly status: OutputStatus;
  readonly reason?: string;
}

export interface BlockEntry {
  readonly locale: Locale;
  readonly page: string;
  readonly line: number;
  readonly id?: string;
  readonly lang: string;
  readonly status: BlockStatus;
  readonly reason?: string;
  /** The block's shown output, when the page shows one. */
  readonly output?: OutputEntry;
}

export interface CoverageSummary {
  readonly total: number;
  readonly ran: number;
  readonly excused: number;
  readonly unaccounted: number;
  readonly outputs: {
    readonly total: number;
    readonly verified: number;
    readonly excused: number;
    readonly unaccounted: number;
  };
}

export interface DocsRunReport {
  readonly date: string;
  readonly engine: { readonly version: string; readonly compose: string };
  readonly summary: CoverageSummary;
  readonly blocks: readonly BlockEntry[];
  /** sha256 of each page and example file as the run read them: what the site's stamps vouch for. */
  readonly sources: Readonly<Record<string, string>>;
}

export const REPORT_PATH = path.join(REPO_ROOT, REPORT_FILE);

/** A report of this version, or undefined for anything else (another version's shape, a hand-edited file). */
export function asReport(value: unknown): DocsRunReport | undefined {
  const r = value as Partial<DocsRunReport> | undefined;
  const ok =
    !!r &&
    typeof r.date === 'string' &&
    !Number.isNaN(Date.parse(r.date)) &&
    typeof r.engine?.version === 'string' &&
    typeof r.engine?.compose === 'string' &&
    typeof r.summary?.unaccounted === 'number' &&
    typeof r.summary?.outputs?.unaccounted === 'number' &&
    typeof r.sources === 'object' &&
    r.sources !== null &&
    Array.isArray(r.blocks);
  return ok ? (r as DocsRunReport) : undefined;
}

export type ReadResult =
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'report'; readonly report: DocsRunReport };

/** The report a doc run left, told apart from none at all and from a file that is not a report of this version. */
export function readReport(file: string = REPORT_PATH): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  try {
    const report = asReport(JSON.parse(text));
    return report ? { kind: 'report', report } : { kind: 'unreadable', reason: 'not a doc run report of this version' };
  } catch (error) {
    return { kind: 'unreadable', reason: (error as Error).message };
  }
}

/** The `npm test` line; the site's stamp and CI read the same numbers from the report. */
export const formatCoverageLine = (s: CoverageSummary): string =>
  `docs: ${s.total} shell blocks, ${s.ran} ran, ${s.excused} excused, ${s.unaccounted} unaccounted; ` +
  `${s.outputs.total} outputs, ${s.outputs.verified} verified, ${s.outputs.excused} excused, ${s.outputs.unaccounted} unaccounted`;
