import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/contract/paths';
import { type Figure, timedCommand } from './measure';

/** `npm run test:unit` and `npm run docs:run -- why-containers` (warm: run once before it is timed). */
export async function measureInnerLoop(): Promise<Figure[]> {
  const unit = await timedCommand(['npm', 'run', 'test:unit']);
  const page = ['npm', 'run', 'docs:run', '--', 'why-containers'];
  await timedCommand(page);
  const onePage = await timedCommand(page);
  const failed = [unit, onePage].find((r) => r.code !== 0);
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
