import { expect, test } from 'vitest';
import { REPO_ROOT } from '../../src/contract/paths';
import { formatCoverageLine } from '../../src/contract/run-report';
import { digestRunSources } from '../../src/contract/run-sources';
import { gatherPages } from '../runner/gather/pages';
import { computeCoverage, summarize } from '../runner/report/coverage';
import { writeReport } from '../runner/report/report';
import type { BlockOutcome } from '../runner/run/outcome';
import { describePage } from '../runner/vitest/page-suite';

// Only the Korean pages run: pages.test.ts proves each English page holds the very same shell blocks and shown
// outputs, and identical text means identical commands, so a second run would only double the engine time.
const ko = gatherPages('ko');
const en = gatherPages('en');
const outcomes: BlockOutcome[] = [];
// Taken before any page runs: the stamps vouch for the files as they were when the commands ran.
const sources = digestRunSources(REPO_ROOT);

for (const page of ko) describePage(page, (pageOutcomes) => outcomes.push(...pageOutcomes));

// Defined last, so it runs after every page suite (and its cleanup) in this file.
test('every shell block and shown output of both languages ran (was verified) or is excused', () => {
  const entries = computeCoverage(ko, en, outcomes);
  const { summary } = writeReport(entries, sources);
  const open = entries.flatMap((e) => [
    ...(e.status !== 'ran' && e.status !== 'excused'
      ? [`${e.page}:${e.line} ${e.status}${e.reason ? `: ${e.reason}` : ''}`]
      : []),
    ...(e.output && e.output.status !== 'verified' && e.output.status !== 'excused'
      ? [`${e.page}:${e.output.line} output ${e.output.status}${e.output.reason ? `: ${e.output.reason}` : ''}`]
      : []),
  ]);
  expect(
    summary.unaccounted + summary.outputs.unaccounted,
    `${formatCoverageLine(summarize(entries))}\n${open.join('\n')}`,
  ).toBe(0);
});
