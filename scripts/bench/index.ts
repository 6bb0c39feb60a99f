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

// The doc suite goes last: its cleanup removes images created while a page runs, so nothing else may build
// meanwhile, and by then the build cache is warm.
const MEASURES: ReadonlyArray<() => Figure[] | Measured | Promise<Figure[] | Measured>> = [
  measureTodoRuntime,
  measureImageSize,
  measureRebuild,
  measureStop,
  measureDocRunnerOverhead,
  measureSite,
  measureDocSuite,
];

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const facts: Fact[] = [];
  const problems: string[] = [];
  for (const measure of MEASURES) {
    const result = asMeasured(await measure());
    for (const figure of result.figures) {
      figures.push(figure);
      console.log(formatFigure(figure));
      if (figure.note) console.log(`# ${figure.name}: ${figure.note}`);
    }
    facts.push(...(result.facts ?? []));
    problems.push(...(result.problems ?? []));
  }
  writeBenchReport({ date: new Date().toISOString(), figures, facts });
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
