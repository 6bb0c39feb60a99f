import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/contract/paths';
import type { Figure } from './measure';

/** Seconds a command takes, run as a contributor runs it (its output kept for a failure). */
async function timed(command: string[]): Promise<{ seconds: number; ok: boolean; output: string }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: (performance.now() - start) / 1000, ok: code === 0, output }));
  });
}

/** `npm run test:unit` and `npm run docs:run -- why-containers` (warm: run once before it is timed). */
export async function measureInnerLoop(): Promise<Figure[]> {
  const unit = await timed(['npm', 'run', 'test:unit']);
  const page = ['npm', 'run', 'docs:run', '--', 'why-containers'];
  await timed(page);
  const onePage = await timed(page);
  const failed = [unit, onePage].find((r) => !r.ok);
  if (failed) throw new Error(`a timed command failed:\n${failed.output.slice(-3000)}`);
  return [
    {
      name: 'unit_tests',
      value: unit.seconds,
      unit: 's',
      op: '<=',
      goal: 30,
      note: 'npm run test:unit: no engine, no browser',
    },
    {
      name: 'one_page',
      value: onePage.seconds,
      unit: 's',
      op: '<=',
      goal: 15,
      note: 'npm run docs:run -- why-containers, warm (engine set up by the command)',
    },
  ];
}

interface TestRun {
  readonly date: string;
  readonly seconds: number;
  readonly ok: boolean;
  readonly phases: ReadonlyArray<{ readonly phase: string; readonly seconds: number }>;
}

/** The last whole `npm test`, as that run timed itself (reports/test-run.json); it has to have passed. */
export function measureLastTestRun(): Figure[] {
  const run = JSON.parse(readFileSync(path.join(REPO_ROOT, 'reports/test-run.json'), 'utf8')) as TestRun;
  const all = run.phases.length >= 8 && run.ok;
  const phases = run.phases.map((p) => `${p.phase} ${p.seconds.toFixed(0)} s`).join(', ');
  return [
    {
      name: 'npm_test_warm',
      value: run.seconds,
      unit: 's',
      op: '<=',
      goal: 300,
      note: `${all ? '' : 'NOT a whole passing run: '}npm test of ${run.date}: ${phases}`,
    },
  ];
}
