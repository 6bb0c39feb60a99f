import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Measured } from './report';

const ROOT = path.resolve(__dirname, '../..');
const COVERAGE_LINE = /^docs: .*unaccounted$/m;

/**
 * The whole doc suite as CI runs it (`npx vitest run test/docs`: every Korean page against the engine, the
 * English pages proven identical), timed once. It runs after the other measures, so the build cache is warm.
 */
export async function measureDocSuite(): Promise<Measured> {
  const start = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn('npx', ['vitest', 'run', 'test/docs'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, output }));
  });
  const seconds = (performance.now() - start) / 1000;
  const coverage = COVERAGE_LINE.exec(output)?.[0] ?? 'no coverage line';
  return {
    figures: [
      { name: 'doc_suite', value: seconds, unit: 's', op: '<=', goal: 180, note: `1 warm run, ko + en: ${coverage}` },
    ],
    problems: code === 0 ? [] : [`npx vitest run test/docs exited with ${code}:\n${output.slice(-4000)}`],
  };
}
