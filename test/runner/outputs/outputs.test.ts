import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../../src/contract/paths';
import { FIXTURES, rel, runFixture } from '../fixtures';
import { gatherPage } from '../gather/gather-page';
import { OutputMismatchError } from '../run/errors';
import { runPage } from '../run/page-run';
import { writeUpdatedOutputs } from './update';

describe('shown outputs are checked against what the terminal showed', () => {
  test('programs see a terminal of 120 columns that nobody types into; redrawn progress lines and colours end as the screen shows them; a pipe stays plain', async () => {
    const { outcomes } = await runFixture('outputs', 'docs/terminal.md');
    expect(outcomes.map((o) => [o.status, o.output?.status, o.error?.message])).toEqual([
      ['ran', 'verified', undefined],
      ['ran', 'verified', undefined],
      ['ran', 'verified', undefined],
      ['ran', 'verified', undefined],
    ]);
  });

  test('a wrong output fails its block with a diff of shown vs printed, and the page goes on', async () => {
    const { outcomes } = await runFixture('outputs', 'docs/mismatch.md');
    expect(outcomes.map((o) => [o.status, o.output?.status])).toEqual([
      ['ran', 'failed'],
      ['ran', undefined],
    ]);
    const error = outcomes[0]!.error as OutputMismatchError;
    expect(error).toBeInstanceOf(OutputMismatchError);
    expect(error.message).toBe(
      [
        `${rel('outputs', 'docs/mismatch.md')}:10: the shown output differs from what the block at line 3 printed`,
        '--- command ---',
        'echo "id: 3f2a9c1b7e4d"\necho "name: todo"\nseq 1 3\necho "status: running"',
        '--- shown (-) vs printed (+); lines a wildcard matched are shown as written ---',
        '  id: [ID]',
        '- name: docker-101',
        '+ name: todo',
        '  …   (3 lines)',
        '  status: running',
      ].join('\n'),
    );
  });

  test('an unordered output matches its lines in any order', async () => {
    const { outcomes } = await runFixture('outputs', 'docs/unordered.md');
    expect(outcomes[0]!.output?.status).toBe('verified');
  });

  test('a placeholder in a shown output stands for its test value, as in the command', async () => {
    const { outcomes } = await runFixture('outputs', 'docs/placeholder.md');
    expect(outcomes[0]!.text).toBe('Untagged: docker101-reader/docker-101:latest\n');
    expect(outcomes[0]!.output?.status).toBe('verified');
  });

  test('an excused output is not compared and says why', async () => {
    const { outcomes } = await runFixture('outputs', 'docs/excused.md');
    expect(outcomes[0]!.output).toEqual({ status: 'excused', reason: 'norun=varies-by-install' });
  });
});

describe('update mode', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'docs-update-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('rewrites the shown output from the run, keeping the wildcards that still match, and never counts as a pass', async () => {
    cpSync(path.join(FIXTURES, 'outputs/docs/mismatch.md'), path.join(dir, 'mismatch.md'));
    const file = path.join(dir, 'mismatch.md');
    const page = gatherPage(file, { repoRoot: REPO_ROOT, localeRoot: dir, locale: 'ko' });
    const { outcomes } = await runPage(page, { engine: false, updateOutputs: true });
    expect(outcomes[0]!.output?.status).toBe('updated');
    expect(writeUpdatedOutputs(outcomes, [])).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain(
      '```text title="Output"\nid: [ID]\nname: todo\n…\nstatus: running\n```',
    );
    const again = await runPage(gatherPage(file, { repoRoot: REPO_ROOT, localeRoot: dir, locale: 'ko' }), {
      engine: false,
    });
    expect(again.outcomes[0]!.output?.status).toBe('verified');
  });
});
