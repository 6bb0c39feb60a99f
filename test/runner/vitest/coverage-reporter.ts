import { statSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';
import { formatCoverageLine, REPORT_PATH, readReport } from '../../../src/contract/run-report';

/** Prints the docs coverage line after vitest's summary when this run included the docs suite. */
export default class DocsCoverageReporter implements Reporter {
  private startedAt = Date.now();

  onInit(): void {
    this.startedAt = Date.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (!testModules.some((m) => m.moduleId.endsWith('/test/docs/docs.test.ts'))) return;
    // Not written in this run: the coverage test was filtered out (`-t <page>`) or the suite crashed, which fails anyway.
    if ((statSync(REPORT_PATH, { throwIfNoEntry: false })?.mtimeMs ?? 0) < this.startedAt) return;
    const read = readReport();
    if (read.kind !== 'report') return;
    const { summary } = read.report;
    process.stdout.write(`\n${formatCoverageLine(summary)}\n`);
    // docs.test.ts already fails on unaccounted blocks and outputs; this keeps the exit code non-zero whatever else ran.
    if (summary.unaccounted > 0 || summary.outputs.unaccounted > 0) process.exitCode = 1;
  }
}
