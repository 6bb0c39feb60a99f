import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { enterEngine } from '../../test/runner/engine/enter';
import { TESTCONTAINERS_ENV } from '../../test/support/testcontainers-env.mts';
import { insideBox } from '../test/box';
import { measureDocRunnerOverhead } from './doc-runner-overhead';
import { measureDocSuite } from './doc-suite';
import { measureImageSize } from './image-size';
import { measureInnerLoop, measureLastTestRun } from './inner-loop';
import { measureLoad } from './load';
import { type Figure, formatFigure } from './measure';
import { measureOutputCheck } from './output-check';
import { measureRebuild } from './rebuild';
import { type Fact, type Measured, writeBenchReport } from './report';
import { measureSite } from './site';
import { measureStop } from './stop';
import { measureTodoRuntime } from './todo-runtime';

const asMeasured = (result: Figure[] | Measured): Measured => (Array.isArray(result) ? { figures: result } : result);

type Measure = () => Figure[] | Measured | Promise<Figure[] | Measured>;

/** Measures that use a Docker engine run inside the tests' own; the others where a contributor runs them. */
const ON_ENGINE = new Set([
  'todo-runtime',
  'image-size',
  'rebuild',
  'stop',
  'load',
  'doc-runner-overhead',
  'output-check',
  'doc-suite',
]);

// The doc suite goes last: its cleanup removes images created while a page runs, so nothing else may build
// meanwhile, and by then the build cache is warm.
const MEASURES: ReadonlyArray<readonly [string, Measure]> = [
  ['todo-runtime', measureTodoRuntime],
  ['image-size', measureImageSize],
  ['rebuild', measureRebuild],
  ['stop', measureStop],
  ['load', measureLoad],
  ['doc-runner-overhead', measureDocRunnerOverhead],
  ['output-check', measureOutputCheck],
  ['site', measureSite],
  ['inner-loop', measureInnerLoop],
  ['last-test-run', measureLastTestRun],
  ['doc-suite', measureDocSuite],
];

/** Runs the chosen engine measures inside the tests' own engine and reads back what they measured. */
async function onEngine(names: readonly string[]): Promise<Measured> {
  const dir = mkdtempSync(path.join(tmpdir(), 'docker101-bench-'));
  const out = path.join(dir, 'measured.json');
  try {
    // The measures that start containers do it with testcontainers, told what the tests tell it.
    const code = await enterEngine(names, __filename, { DOCKER101_BENCH_OUT: out, ...TESTCONTAINERS_ENV });
    if (!existsSync(out))
      return { figures: [], problems: [`the engine measures exited with ${code} before reporting`] };
    const measured = JSON.parse(readFileSync(out, 'utf8')) as Measured;
    return code === 0
      ? measured
      : { ...measured, problems: [...(measured.problems ?? []), `the engine measures exited with ${code}`] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench` measures everything; `npm run bench -- site rebuild` only the measures named. */
function chosen(names: readonly string[]): ReadonlyArray<readonly [string, Measure]> {
  const unknown = names.filter((name) => !MEASURES.some(([known]) => known === name));
  if (unknown.length > 0)
    throw new Error(`no measure ${unknown.join(', ')}; the measures are ${MEASURES.map(([n]) => n).join(', ')}`);
  return names.length === 0 ? MEASURES : MEASURES.filter(([name]) => names.includes(name));
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const figures: Figure[] = [];
  const facts: Fact[] = [];
  const problems: string[] = [];
  const measures = chosen(names);
  const results: Array<() => Promise<Measured>> = [];
  const engineNames = measures.filter(([name]) => ON_ENGINE.has(name)).map(([name]) => name);
  if (process.env.DOCKER101_BENCH_OUT || insideBox()) {
    for (const [, measure] of measures) results.push(async () => asMeasured(await measure()));
  } else {
    if (engineNames.length > 0) results.push(() => onEngine(engineNames));
    for (const [name, measure] of measures)
      if (!ON_ENGINE.has(name)) results.push(async () => asMeasured(await measure()));
  }
  for (const next of results) {
    // A measure that fails is reported as a problem; the others still measure.
    const result = await next().catch(
      (error: Error): Measured => ({ figures: [], problems: [error.stack ?? String(error)] }),
    );
    for (const figure of result.figures) {
      figures.push(figure);
      if (process.env.DOCKER101_BENCH_OUT) continue;
      console.log(formatFigure(figure));
      if (figure.note) console.log(`# ${figure.name}: ${figure.note}`);
    }
    facts.push(...(result.facts ?? []));
    problems.push(...(result.problems ?? []));
  }
  // Inside the engine, for the parent run: it reports, after its own measures.
  if (process.env.DOCKER101_BENCH_OUT)
    return void writeFileSync(process.env.DOCKER101_BENCH_OUT, JSON.stringify({ figures, facts, problems }));
  // The report (and the copy the pages quote, with its date) stands for one run of every measure.
  if (names.length === 0) writeBenchReport({ date: new Date().toISOString(), figures, facts });
  else console.log(`# ${names.join(', ')} only: reports/bench.json and src/data/bench.json are left as they were`);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
