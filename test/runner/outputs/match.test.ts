import { describe, expect, test } from 'vitest';
import { formatDiff, matchOutput, updatedOutput } from './match';

const values = { PATH: '/tmp/docs-run/work', USER: ['reader', '1000'] };
const ok = (shown: string, printed: string, unordered = false): boolean =>
  matchOutput(shown, printed, { values, unordered }).ok;

describe('a shown output as the expectation', () => {
  test('matches itself, and nothing else, when it has no wildcards', () => {
    expect(ok('hello\nworld', 'hello\nworld\n')).toBe(true);
    expect(ok('hello\nworld', 'hello\nWorld\n')).toBe(false);
    expect(ok('hello', 'hello\nmore\n')).toBe(false);
    expect(ok('', '')).toBe(true);
  });

  test('… inside a line matches any text on that line, and only on that line', () => {
    expect(ok('writing image sha256:…', 'writing image sha256:9f8e7d\n')).toBe(true);
    expect(ok('Up … (healthy)', 'Up 3 seconds (healthy)\n')).toBe(true);
    expect(ok('a … b', 'a\nb\n')).toBe(false);
  });

  test('a line holding only … matches any number of lines, none included', () => {
    const shown = 'first\n…\nlast';
    expect(ok(shown, 'first\nlast\n')).toBe(true);
    expect(ok(shown, 'first\n1\n2\n3\nlast\n')).toBe(true);
    expect(ok(shown, 'first\n1\n2\n')).toBe(false);
  });

  test.each([
    ['[ID]', '3f2a9c1b7e4d'],
    ['[ID]', 'a'.repeat(64)],
    ['[DIGEST]', `sha256:${'0123456789abcdef'.repeat(4)}`],
    ['[NAME]', 'gallant_goodall'],
    ['[AGO]', '2 seconds ago'],
    ['[AGO]', 'About a minute ago'],
    ['Up [SPAN]', 'Up Less than a second'],
    ['[DURATION]', '0.0s'],
    ['[DURATION]', '1m3s'],
    ['[DATE]', '2026-12-01T21:10:03.123456789Z'],
    ['[DATE]', '2026-12-01 21:10:03 +0000 UTC'],
    ['1000 12288 [DATE] todo.db', '1000 12288 Dec  1 21:46 todo.db'],
    ['0.0.0.0:[PORT]->3000/tcp', '0.0.0.0:32768->3000/tcp'],
    ['[IP]', '172.18.0.2'],
    ['[SIZE]', '252MB'],
    ['[SIZE]', '1.2kB'],
    ['[NUMBER]', '4242'],
    ['[VERSION]', 'v2.26.1'],
    ['[PATH]/todo-app', '/tmp/docs-run/work/todo-app'],
    ['owner [USER]', 'owner reader'],
    ['owner [USER]', 'owner 1000'],
  ])('%s matches %s', (shown, printed) => {
    expect(ok(shown, `${printed}\n`)).toBe(true);
  });

  test.each([
    ['[ID]', 'not-an-id'],
    ['[PATH]/todo-app', '/home/someone/todo-app'],
    ['owner [USER]', 'owner root'],
    ['[IP]', 'localhost'],
  ])('%s does not match %s', (shown, printed) => {
    expect(ok(shown, `${printed}\n`)).toBe(false);
  });

  test('other bracketed text is literal, so BuildKit and compose lines and <none> read as printed', () => {
    expect(ok('[+] Running 2/2', '[+] Running 2/2\n')).toBe(true);
    expect(
      ok(
        ' => [internal] load build definition from Dockerfile',
        ' => [internal] load build definition from Dockerfile\n',
      ),
    ).toBe(true);
    expect(ok('<none>       <none>    [ID]', '<none>       <none>    3f2a9c1b7e4d\n')).toBe(true);
    expect(ok('[+] Running 2/2', '[x] Running 2/2\n')).toBe(false);
  });

  test('a run of two or more spaces matches any run, so table columns of other widths still match', () => {
    const shown = 'REPOSITORY   TAG       IMAGE ID   SIZE\ndocker-101   latest    [ID]       [SIZE]';
    const printed = 'REPOSITORY   TAG       IMAGE ID       SIZE\ndocker-101   latest    3f2a9c1b7e4d   252MB\n';
    expect(ok(shown, printed)).toBe(true);
    // A single space is a single space.
    expect(ok('a b', 'a  b\n')).toBe(false);
  });

  test('trailing spaces and blank lines at the start and the end do not count', () => {
    expect(ok('hello   ', 'hello\n\n')).toBe(true);
    expect(ok('[+] Running 1/1', '\n[+] Running 1/1\n')).toBe(true);
    expect(ok('a\nb', 'a\n\nb\n')).toBe(false);
  });

  test('unordered output matches lines in any order, each line once', () => {
    expect(ok('b\na', 'a\nb\n', true)).toBe(true);
    expect(ok('a\na', 'a\nb\n', true)).toBe(false);
    expect(ok('a\n…', 'c\na\nb\n', true)).toBe(true);
    expect(ok('a', 'a\nb\n', true)).toBe(false);
  });

  test('without the unordered flag, order counts', () => {
    expect(ok('b\na', 'a\nb\n')).toBe(false);
  });
});

describe('a mismatch', () => {
  test('is shown as a diff in which lines a wildcard matched read as written, so only real differences stand out', () => {
    const shown = 'CONTAINER ID   IMAGE\n[ID]   docker-101\n…\nDone';
    const printed = 'CONTAINER ID   IMAGE\n3f2a9c1b7e4d   todo-app\nextra 1\nextra 2\nDone\n';
    const match = matchOutput(shown, printed, { values });
    expect(match.ok).toBe(false);
    expect(formatDiff(match)).toBe(
      ['  CONTAINER ID   IMAGE', '- [ID]   docker-101', '+ 3f2a9c1b7e4d   todo-app', '  …   (2 lines)', '  Done'].join(
        '\n',
      ),
    );
  });

  test('update mode rewrites from the run, keeping wildcards and redactions that still match and every …', () => {
    const shown = 'REPOSITORY   TAG   IMAGE ID\ndocker-101   v1    [ID]\n…\nTotal: 3';
    const printed = 'REPOSITORY   TAG   IMAGE ID\ndocker-101   v2    0123456789ab\nmore\nTotal: 3\nnew line\n';
    const updated = updatedOutput(matchOutput(shown, printed, { values }));
    expect(updated).toBe('REPOSITORY   TAG   IMAGE ID\ndocker-101   v2    [ID]\n…\nTotal: 3\nnew line');
    expect(ok(updated, printed)).toBe(true);
  });

  test("update mode puts a changed line's redactions back where the new text has such values", () => {
    const shown = '[ID]   [AGO]   CMD ["node"]   0B\n0.0.0.0:[PORT]->3000/tcp';
    const printed = '7c8147d71be8   1 second ago   CMD ["node", "x"]   0B\n0.0.0.0:32768->3000/udp\n';
    expect(updatedOutput(matchOutput(shown, printed, { values }))).toBe(
      '[ID]   [AGO]   CMD ["node", "x"]   0B\n0.0.0.0:[PORT]->3000/udp',
    );
  });

  test('update mode leaves a matching output as it was', () => {
    const shown = 'Up [SPAN]\n…';
    const printed = 'Up 2 seconds\nx\ny\n';
    expect(updatedOutput(matchOutput(shown, printed, { values }))).toBe(shown);
  });
});
