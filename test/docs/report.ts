import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { summarize, type BlockEntry, type CoverageSummary } from './coverage';
import { REPO_ROOT } from './pages';

/** Read by the coverage reporter and by the site's "verified" stamp. */
export const REPORT_PATH = path.join(REPO_ROOT, 'reports/docs-run.json');

export interface DocsRunReport {
  readonly date: string;
  readonly engine: { readonly version: string; readonly compose: string };
  readonly summary: CoverageSummary;
  readonly blocks: readonly BlockEntry[];
  /** sha256 of each page and example file as the run read them: what the site's stamps vouch for. */
  readonly sources: Readonly<Record<string, string>>;
}

const ask = (args: string[]): string => {
  try {
    return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unavailable';
  }
};

export function writeReport(
  entries: readonly BlockEntry[],
  sources: Readonly<Record<string, string>>,
  file: string = REPORT_PATH,
): DocsRunReport {
  const report: DocsRunReport = {
    date: new Date().toISOString(),
    engine: { version: ask(['version', '--format', '{{.Server.Version}}']), compose: ask(['compose', 'version', '--short']) },
    summary: summarize(entries),
    blocks: entries,
    sources,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** The report a doc run left, or undefined when there is none (or it is unreadable). */
export function readReport(file: string = REPORT_PATH): DocsRunReport | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DocsRunReport;
  } catch {
    return undefined;
  }
}
