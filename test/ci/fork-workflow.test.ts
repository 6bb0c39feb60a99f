import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The fork workflow cannot run here, so what can be checked without GitHub is checked: it stays a copy of
// .ci/run's steps, on both architectures, inside CI's time limit.
const ROOT = path.resolve(import.meta.dirname, '../..');

interface Step {
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
}
interface Workflow {
  readonly jobs: Record<
    string,
    { 'runs-on': string; 'timeout-minutes': number; strategy: { matrix: { runner: string[] } }; steps: Step[] }
  >;
}

const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/test.yml'), 'utf8')) as Workflow;
const job = workflow.jobs.test;

/** The commands of .ci/run, without the shell's own lines (options, cd, comments). */
const ciCommands = readFileSync(path.join(ROOT, '.ci/run'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('set ') && !line.startsWith('cd '));

describe('the workflow for people who fork', () => {
  it("should run .ci/run's commands, in the same order", () => {
    // GitHub's runners are not root: the workflow runs npm test with sudo, as .ci/run's machines run it as root.
    const runs = job.steps.flatMap((step) =>
      step.run
        ? step.run
            .trim()
            .split('\n')
            .map((l) => l.replace(/^sudo --preserve-env /, ''))
        : [],
    );
    expect(ciCommands).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
    const positions = ciCommands.map((command) => runs.indexOf(command));
    expect(
      positions.every((at) => at >= 0),
      `${ciCommands.join(', ')} not all in ${runs.join(', ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('should run on an x64 and an arm64 runner with the Node release package.json asks for', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub's own expression syntax, not a template.
    expect(job['runs-on']).toBe('${{ matrix.runner }}');
    expect(job.strategy.matrix.runner).toEqual(['ubuntu-24.04', 'ubuntu-24.04-arm']);
    const node = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@')) as {
      with?: { 'node-version'?: number };
    };
    const engines = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } })
      .engines.node;
    // The lowest release the tests are pinned to, whatever Node the contributor runs this with.
    expect(String(node.with?.['node-version'])).toBe(/\d+/.exec(engines)?.[0]);
  });

  it('should stop well inside the 90 minutes CI allows', () => {
    expect(job['timeout-minutes']).toBeLessThanOrEqual(90);
  });
});
