import { describe, expect, test } from 'vitest';
import { parseMeta } from './fence-meta';

describe('fence meta', () => {
  test('reads quoted values, bare flags and highlight ranges', () => {
    expect(parseMeta(`id=run title="two words" {1,3-4} background fails='No such file' showLineNumbers`)).toEqual({
      values: { id: 'run', title: 'two words', background: true, fails: 'No such file', showLineNumbers: true },
      highlights: ['{1,3-4}'],
    });
  });

  test('keeps = and quotes of the other kind inside a quoted value', () => {
    expect(parseMeta(`fails="a=b 'c'" timeout=30`).values).toEqual({ fails: "a=b 'c'", timeout: '30' });
  });

  test('allows showLineNumbers with a start line and an empty meta', () => {
    expect(parseMeta('showLineNumbers=5').values).toEqual({ showLineNumbers: '5' });
    expect(parseMeta('   ')).toEqual({ values: {}, highlights: [] });
  });

  test('accepts tab= for shell tab groups, which does not change how a block runs', () => {
    expect(parseMeta('norun=windows tab=powershell').values).toEqual({ norun: 'windows', tab: 'powershell' });
  });

  test.each([
    ['colour=red', /unknown fence meta key "colour"/],
    ['id="open', /cannot read fence meta/],
    ['title="a"b', /cannot read fence meta/],
    ['background=yes', /is a bare flag/],
    ['id', /needs a value/],
    ['id=a id=b', /appears twice/],
    ['{1,x}', /bad highlight range/],
    ['fails=""', /empty value/],
  ])('rejects %s', (meta, message) => {
    expect(() => parseMeta(meta)).toThrow(message);
  });
});
