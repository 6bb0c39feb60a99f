import { expect, test } from 'vitest';
import { computeCoverage, formatCoverageLine, summarize } from './coverage';
import type { BlockOutcome } from './outcome';
import { describePage } from './page-suite';
import { digestRunSources } from '../../src/plugins/docs-run-report/source-digest';
import { gatherPages, REPO_ROOT } from './pages';
import { writeReport } from './report';

// Only the Korean pages run: locales.test.ts proves each English page holds the very same shell blocks,
// and identical text means identical commands, so a second run would only double the engine time.
const ko = gatherPages('ko');
const en = gatherPages('en');
const outcomes: BlockOutcome[] = [];
// Taken before any page runs: the stamps vouch for the files as they were when the commands ran.
const sources = digestRunSources(REPO_ROOT);

for (const page of ko) describePage(page, (pageOutcomes) => outcomes.push(...pageOutcomes));

// Defined last, so it runs after every page suite (and its cleanup) in this file.
test('every shell block of both languages ran or is excused', () => {
  const entries = computeCoverage(ko, en, outcomes);
  const report = writeReport(entries, sources);
  const open = entries.filter((e) => e.status !== 'ran' && e.status !== 'excused');
  const list = open.map((e) => `${e.page}:${e.line} ${e.status}${e.reason ? `: ${e.reason}` : ''}`).join('\n');
  expect(report.summary.unaccounted, `${formatCoverageLine(summarize(entries))}\n${list}`).toBe(0);
});
