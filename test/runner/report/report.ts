import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BlockEntry, type DocsRunReport, REPORT_PATH } from '../../../src/contract/run-report';
import { summarize } from './coverage';

const ask = (args: string[]): string => {
  try {
    return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unavailable';
  }
};

/** Writes reports/docs-run.json: what the coverage line, the site's stamps and badges and the home page read. */
export function writeReport(
  entries: readonly BlockEntry[],
  sources: Readonly<Record<string, string>>,
  file: string = REPORT_PATH,
): DocsRunReport {
  const report: DocsRunReport = {
    date: new Date().toISOString(),
    engine: {
      version: ask(['version', '--format', '{{.Server.Version}}']),
      compose: ask(['compose', 'version', '--short']),
    },
    summary: summarize(entries),
    blocks: entries,
    sources,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
