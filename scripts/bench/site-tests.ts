import { spawn } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Measured } from './report';

const ROOT = path.resolve(__dirname, '../..');
const SUMMARY = /^\s*Tests\s+.*$/m;

/** The site tests (test/site/, their own vitest config) on the build in `siteDir`, timed once. */
export async function measureSiteTests(siteDir: string): Promise<Measured> {
  const start = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn('npx', ['vitest', 'run', '--config', 'test/site/vitest.config.mts'], {
      cwd: ROOT,
      env: { ...process.env, SITE_DIR: siteDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, output }));
  });
  const seconds = (performance.now() - start) / 1000;
  const summary = SUMMARY.exec(stripVTControlCharacters(output))?.[0].trim().replace(/\s+/g, ' ') ?? 'no summary line';
  return {
    figures: [
      {
        name: 'site_tests',
        value: seconds,
        unit: 's',
        op: '<=',
        goal: 60,
        note: `test/site/ on this build: ${summary}`,
      },
    ],
    problems: code === 0 ? [] : [`the site tests exited with ${code}:\n${output.slice(-4000)}`],
  };
}
