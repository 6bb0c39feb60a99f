import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatFigure, type Figure } from './measure';
import { measureTodoRuntime } from './todo-runtime';

const REPORT = path.resolve(__dirname, '../../reports/bench.json');

async function main(): Promise<void> {
  const figures: Figure[] = [];
  for (const measure of [measureTodoRuntime]) {
    for (const figure of await measure()) {
      figures.push(figure);
      console.log(formatFigure(figure));
      if (figure.note) console.log(`# ${figure.name}: ${figure.note}`);
    }
  }
  mkdirSync(path.dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, JSON.stringify({ date: new Date().toISOString(), figures }, null, 2) + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
