import { measureDocRunnerOverhead } from './doc-runner-overhead';
import { measureDocSuite } from './doc-suite';
import { measureImageSize } from './image-size';
import { type Figure, formatFigure } from './measure';
import { measureRebuild } from './rebuild';
import { type Fact, type Measured, writeBenchReport } from './report';
import { measureSite } from './site';
import { measureStop } from './stop';
import { measureTodoRuntime } from './todo-runtime';

const asMeasured = (result: Figure[] | Measured): Measured => (Array.isArray(result) ? { figures: result } : result);

type Measure = () => Figure[] | Measured | Promise<Figure[] | Measured>;

// The doc suite goes last: its cleanup removes images created while a page runs, so nothing else may build
// meanwhile, and by then the build cache is warm.
const MEASURES: ReadonlyArray<readonly [string, Measure]> = [
  ['todo-runtime', measureTodoRuntime],
  ['image-size', measureImageSize],
  ['rebuild', measureRebuild],
  ['stop', measureStop],
  ['doc-runner-overhead', measureDocRunnerOverhead],
  ['site', measureSite],
  ['doc-suite', measureDocSuite],
];

/** `npm run bench` measures everything; `npm run bench -- site rebuild` only the measures named. */
function chosen(names: readonly string[]): ReadonlyArray<readonly [string, Measure]> {
  const unknown = names.filter((name) => !MEASURES.some(([known]) => known === name));
  if (unknown.length > 0) throw new Error(`no measure ${unknown.join(', ')}; the measures are ${MEASURES.map(([n]) => n).join(', ')}`);
  return names.length === 0 ? MEASURES : MEASURES.filter(([name]) => names.includes(name));
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const figures: Figure[] = [];
  const facts: Fact[] = [];
  const problems: string[] = [];
  for (const [, measure] of chosen(names)) {
    const result = asMeasured(await measure());
    for (const figure of result.figures) {
      figures.push(figure);
      console.log(formatFigure(figure));
      if (figure.note) console.log(`# ${figure.name}: ${figure.note}`);
    }
    facts.push(...(result.facts ?? []));
    problems.push(...(result.problems ?? []));
  }
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
