import { stripVTControlCharacters } from 'node:util';
import { timedCommand } from './measure';
import type { Measured } from './report';

const SUMMARY = /^\s*Tests\s+.*$/m;

/** The site tests (test/site/, their own vitest config) on the build in `siteDir`, timed once. */
export async function measureSiteTests(siteDir: string): Promise<Measured> {
  const { seconds, code, output } = await timedCommand(
    ['npx', 'vitest', 'run', '--config', 'test/site/vitest.config.mts'],
    {
      SITE_DIR: siteDir,
    },
  );
  const summary = SUMMARY.exec(stripVTControlCharacters(output))?.[0].trim().replace(/\s+/g, ' ') ?? 'no summary line';
  return {
    figures: [
      {
        name: 'site_tests',
        value: seconds,
        unit: 's',
        op: '<=',
        goal: 60,
        note: `test/site/ on this build: ${summary}`,
      },
    ],
    problems: code === 0 ? [] : [`the site tests exited with ${code}:\n${output.slice(-4000)}`],
  };
}
