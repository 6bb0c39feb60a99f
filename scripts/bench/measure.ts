import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';

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

export interface Timed {
  readonly seconds: number;
  readonly code: number | null;
  /** stdout and stderr, as they came. */
  readonly output: string;
}

/** Runs a command from the repository's root as a contributor would, timing it and keeping its output. */
export function timedCommand(command: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Timed> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: (performance.now() - start) / 1000, code, output }));
  });
}
