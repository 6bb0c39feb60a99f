import { timedCommand } from './measure';
import type { Measured } from './report';

const COVERAGE_LINE = /^docs: .*unaccounted$/m;

/**
 * The whole doc suite as CI runs it (`vitest run --project engine test/docs/`: every Korean page against the engine, the
 * English pages proven identical), timed once. It runs after the other measures, so the build cache is warm.
 */
export async function measureDocSuite(): Promise<Measured> {
  const { seconds, code, output } = await timedCommand(['npx', 'vitest', 'run', '--project', 'engine', 'test/docs/']);
  const coverage = COVERAGE_LINE.exec(output)?.[0] ?? 'no coverage line';
  return {
    figures: [
      { name: 'doc_suite', value: seconds, unit: 's', op: '<=', goal: 180, note: `1 warm run, ko + en: ${coverage}` },
    ],
    problems: code === 0 ? [] : [`vitest run test/docs exited with ${code}:\n${output.slice(-4000)}`],
  };
}
