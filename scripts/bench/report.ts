import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Figure } from './measure';

/** A measured value a page quotes that has no goal of its own (e.g. the naive image's size). */
export interface Fact {
  name: string;
  value: number;
  unit: string;
}

/** What one measure returns: figures with goals, and the facts behind them. */
export interface Measured {
  figures: Figure[];
  facts?: Fact[];
  /** Why the numbers cannot be trusted (the measured run failed); printed, and the bench exits non-zero. */
  problems?: string[];
}

export interface BenchReport {
  date: string;
  figures: Figure[];
  facts: Fact[];
}

const ROOT = path.resolve(__dirname, '../..');
/** The full report, and the copy the site imports (committed, so the pages show measured numbers). */
export const REPORT_FILES = [path.join(ROOT, 'reports/bench.json'), path.join(ROOT, 'src/data/bench.json')];

export function writeBenchReport(report: BenchReport, files: readonly string[] = REPORT_FILES): void {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  for (const file of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
