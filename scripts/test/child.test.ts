import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../../src/contract/paths';
import { tsScript } from './child';

const BUSY = path.join(import.meta.dirname, 'fixtures/busy-at-ctrl-c.ts');

/** Runs `command` as a terminal's foreground job, sends it Ctrl-C once it is busy, and returns what it printed. */
async function ctrlCWhileBusy(command: readonly string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  let sent = false;
  child.stdout!.on('data', (d: Buffer) => {
    output += d;
    if (!sent && output.startsWith('busy\n')) sent = process.kill(-child.pid!, 'SIGINT');
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, output };
}

test('a script run as npm test runs it finishes its cleanup when Ctrl-C comes while it is busy', async () => {
  const { code, output } = await ctrlCWhileBusy(tsScript(BUSY));
  expect(output).toBe('busy\nfinished after SIGINT\n');
  expect(code).toBe(130);
});

test("package.json runs every TypeScript command with tsx as the loader, not through tsx's CLI", () => {
  const scripts: Record<string, string> = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'),
  ).scripts;
  const throughCli = Object.entries(scripts).filter(([, command]) => /(^|[;&|]\s*|npx\s+)tsx\s/.test(command));
  expect(throughCli).toEqual([]);
});
