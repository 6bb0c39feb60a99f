import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../src/contract/paths';
import { gatherPage } from './gather/gather-page';
import type { Locale, Page } from './gather/types';
import type { PageRunOptions } from './run/page-run';
import { type PageReport, runPage } from './run/page-run';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** Reads `fixtures/<scenario>/<dir>/<file>` as a page whose slug is relative to that dir. */
export function fixturePage(scenario: string, relFile: string, locale: Locale = 'ko'): Page {
  const abs = path.join(FIXTURES, scenario, relFile);
  return gatherPage(abs, { repoRoot: REPO_ROOT, localeRoot: path.dirname(abs), locale });
}

/** Runs a fixture page without engine cleanup (these pages never touch Docker). */
export function runFixture(
  scenario: string,
  relFile: string,
  options: Partial<PageRunOptions> = {},
): Promise<PageReport> {
  return runPage(fixturePage(scenario, relFile), {
    engine: false,
    examplesDir: path.join(FIXTURES, scenario, 'examples'),
    scenariosDir: path.join(FIXTURES, scenario, 'scenarios'),
    ...options,
  });
}

export const rel = (scenario: string, relFile: string): string =>
  path.relative(REPO_ROOT, path.join(FIXTURES, scenario, relFile));

/** Whether a process whose command line matches `pattern` (pgrep -f) is running: what a page must not leave behind. */
export function processRunning(pattern: string): boolean {
  try {
    execFileSync('pgrep', ['-f', pattern]);
    return true;
  } catch {
    return false;
  }
}
