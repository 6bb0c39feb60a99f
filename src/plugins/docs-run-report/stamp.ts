import { asReport } from '../../contract/run-report';
import type { DocsRunStamp, PageRun } from './types';

/** A page of the locale being built and the files its commands depend on (all repository-relative). */
export interface PageSources {
  readonly file: string;
  /** The page itself, its Korean source for an English page, and its example folders' files. */
  readonly dependsOn: readonly string[];
}

export interface StampInput {
  /** The parsed report, or undefined when there is none. */
  readonly report: unknown;
  readonly locale: string;
  readonly pages: readonly PageSources[];
  /** The file's content digest now (as in the report's `sources`), or undefined when it is gone. */
  readonly digest: (file: string) => string | undefined;
}

export interface StampResult {
  readonly stamp: DocsRunStamp | null;
  /** Why no stamp (or why a page has none), for the build log. */
  readonly notes: readonly string[];
}

/**
 * Decides what the site may claim. Only a report of a run with no unaccounted block or output counts, and a page
 * is stamped only when each of its blocks ran or is excused, each shown output was verified or is excused, and
 * none of the files it depends on changed since that run (same content as the run read). Anything else gives no
 * stamp, never a guessed one.
 */
export function stampFromReport({ report: raw, locale, pages, digest }: StampInput): StampResult {
  if (raw === undefined) return { stamp: null, notes: ['no reports/docs-run.json: run npm test to stamp pages'] };
  const report = asReport(raw);
  if (!report)
    return {
      stamp: null,
      notes: ['reports/docs-run.json is not a doc run report of this version: run npm test to stamp pages'],
    };
  if (report.summary.unaccounted !== 0 || report.summary.outputs.unaccounted !== 0) {
    const { unaccounted, outputs } = report.summary;
    return {
      stamp: null,
      notes: [`the last doc run left ${unaccounted} blocks and ${outputs.unaccounted} outputs unaccounted: no stamps`],
    };
  }
  const notes: string[] = [];
  const stamped: Record<string, PageRun> = {};
  for (const page of pages) {
    const blocks = report.blocks.filter((b) => b.locale === locale && b.page === page.file);
    if (blocks.length === 0) continue;
    if (blocks.some((b) => b.status !== 'ran' && b.status !== 'excused')) {
      notes.push(`${page.file}: not every block ran or is excused`);
      continue;
    }
    if (blocks.some((b) => b.output && b.output.status !== 'verified' && b.output.status !== 'excused')) {
      notes.push(`${page.file}: not every shown output was verified or is excused`);
      continue;
    }
    const changed = page.dependsOn.find((file) => {
      const now = digest(file);
      return now === undefined || now !== report.sources[file];
    });
    if (changed) {
      notes.push(`${page.file}: ${changed} is not what the doc run of ${report.date} read`);
      continue;
    }
    const lines = (status: string): number[] => blocks.filter((b) => b.status === status).map((b) => b.line);
    const ran = lines('ran');
    if (ran.length === 0) continue; // Nothing on the page ran: there is nothing to vouch for.
    const outputs = blocks.flatMap((b) => (b.output?.status === 'verified' ? [b.output.line] : []));
    stamped[page.file] = { ran, excused: lines('excused'), outputs };
  }
  return {
    stamp: { date: report.date, engine: report.engine.version, compose: report.engine.compose, pages: stamped },
    notes,
  };
}
