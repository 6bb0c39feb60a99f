import { execFileSync } from 'node:child_process';

export type Op = '<=' | '>=';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  op: Op;
  goal: number;
  note?: string;
}

/** One line per figure, in the format every bench script prints. */
export function formatFigure(f: Figure): string {
  const ok = f.op === '<=' ? f.value <= f.goal : f.value >= f.goal;
  const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(f.value < 10 ? 2 : 1);
  return `${f.name} ${value} ${f.unit} goal ${f.op} ${f.goal} ${ok ? 'ok' : 'MISS'}`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Seconds a synchronous step took. */
export function timed(step: () => void): number {
  const start = performance.now();
  step();
  return (performance.now() - start) / 1000;
}
