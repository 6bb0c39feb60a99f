import { describe, expect, it } from 'vitest';
import { type PageSources, stampFromReport } from './stamp';

const RUN_AT = '2026-11-28T04:00:00.000Z';
// Content digests as the run read the files; the tests change one to stand for an edit.
const SOURCES: Record<string, string> = {
  'docs/volumes.md': 'a1',
  'docs/intro.md': 'b2',
  'docs/why.md': 'c3',
  'examples/todo-app/Dockerfile': 'd4',
  'i18n/en/docusaurus-plugin-content-docs/current/intro.md': 'e5',
};

const block = (
  page: string,
  line: number,
  status: string,
  locale = 'ko',
  output?: { line: number; status: string },
) => ({
  locale,
  page,
  line,
  lang: 'bash',
  status,
  output,
});

function report(overrides: Record<string, unknown> = {}) {
  return {
    date: RUN_AT,
    engine: { version: '26.1.5+dfsg1', compose: '2.26.1-4' },
    summary: {
      total: 3,
      ran: 2,
      excused: 1,
      unaccounted: 0,
      outputs: { total: 1, verified: 1, excused: 0, unaccounted: 0 },
    },
    blocks: [
      block('docs/volumes.md', 20, 'ran', 'ko', { line: 24, status: 'verified' }),
      block('docs/volumes.md', 31, 'excused'),
      block('docs/intro.md', 12, 'ran'),
      block('i18n/en/docusaurus-plugin-content-docs/current/intro.md', 12, 'ran', 'en'),
    ],
    sources: SOURCES,
    ...overrides,
  };
}

const PAGES: PageSources[] = [
  { file: 'docs/volumes.md', dependsOn: ['docs/volumes.md', 'examples/todo-app/Dockerfile'] },
  { file: 'docs/intro.md', dependsOn: ['docs/intro.md'] },
  { file: 'docs/why.md', dependsOn: ['docs/why.md'] },
];

const unchanged = (file: string): string | undefined => SOURCES[file];

describe('the verified stamp decision', () => {
  it('should stamp every page whose blocks ran or are excused, with their lines and the run facts', () => {
    const { stamp } = stampFromReport({ report: report(), locale: 'ko', pages: PAGES, digest: unchanged });
    expect(stamp).toEqual({
      date: RUN_AT,
      engine: '26.1.5+dfsg1',
      compose: '2.26.1-4',
      pages: {
        'docs/volumes.md': { ran: [20], excused: [31], outputs: [24] },
        'docs/intro.md': { ran: [12], excused: [], outputs: [] },
      },
    });
  });

  it('should give no stamp at all without a report, or with one that is not a doc run report', () => {
    expect(stampFromReport({ report: undefined, locale: 'ko', pages: PAGES, digest: unchanged }).stamp).toBeNull();
    expect(stampFromReport({ report: null, locale: 'ko', pages: PAGES, digest: unchanged }).stamp).toBeNull();
    expect(
      stampFromReport({ report: { date: 'yesterday' }, locale: 'ko', pages: PAGES, digest: unchanged }).stamp,
    ).toBeNull();
  });

  it('should give no stamp at all when the run left any block unaccounted', () => {
    const failed = report({
      summary: {
        total: 3,
        ran: 1,
        excused: 1,
        unaccounted: 1,
        outputs: { total: 0, verified: 0, excused: 0, unaccounted: 0 },
      },
    });
    expect(stampFromReport({ report: failed, locale: 'ko', pages: PAGES, digest: unchanged }).stamp).toBeNull();
  });

  it('should give no stamp at all when the run left any shown output unaccounted', () => {
    const summary = {
      total: 3,
      ran: 2,
      excused: 1,
      unaccounted: 0,
      outputs: { total: 1, verified: 0, excused: 0, unaccounted: 1 },
    };
    expect(
      stampFromReport({ report: report({ summary }), locale: 'ko', pages: PAGES, digest: unchanged }).stamp,
    ).toBeNull();
  });

  it('should leave out a page with a block that did not run', () => {
    const skipped = report({ blocks: [block('docs/volumes.md', 20, 'ran'), block('docs/volumes.md', 31, 'skipped')] });
    const { stamp, notes } = stampFromReport({ report: skipped, locale: 'ko', pages: PAGES, digest: unchanged });
    expect(stamp?.pages).toEqual({});
    expect(notes.join('\n')).toContain('docs/volumes.md');
  });

  it('should leave out a page where nothing ran (every block excused)', () => {
    const excused = report({ blocks: [block('docs/volumes.md', 31, 'excused'), block('docs/intro.md', 12, 'ran')] });
    const { stamp } = stampFromReport({ report: excused, locale: 'ko', pages: PAGES, digest: unchanged });
    expect(Object.keys(stamp?.pages ?? {})).toEqual(['docs/intro.md']);
  });

  it('should leave out a page when it, or an example it uses, no longer holds what ran', () => {
    const digest = (file: string): string | undefined =>
      file === 'examples/todo-app/Dockerfile' ? 'edited' : SOURCES[file];
    const { stamp, notes } = stampFromReport({ report: report(), locale: 'ko', pages: PAGES, digest });
    expect(Object.keys(stamp?.pages ?? {})).toEqual(['docs/intro.md']);
    expect(notes).toEqual([`docs/volumes.md: examples/todo-app/Dockerfile is not what the doc run of ${RUN_AT} read`]);
  });

  it('should treat a file it cannot find, or one the run did not read, as changed', () => {
    expect(
      stampFromReport({ report: report(), locale: 'ko', pages: PAGES, digest: () => undefined }).stamp?.pages,
    ).toEqual({});
    const unread = report({ sources: { 'docs/intro.md': 'b2' } });
    expect(
      Object.keys(
        stampFromReport({ report: unread, locale: 'ko', pages: PAGES, digest: unchanged }).stamp?.pages ?? {},
      ),
    ).toEqual(['docs/intro.md']);
  });

  it('should give no stamp for a report that does not say what the run read', () => {
    const { stamp, notes } = stampFromReport({
      report: report({ sources: undefined }),
      locale: 'ko',
      pages: PAGES,
      digest: unchanged,
    });
    expect(stamp).toBeNull();
    expect(notes.join('\n')).toContain('not a doc run report');
  });

  it('should stamp only the pages of the locale being built', () => {
    const en: PageSources[] = [{ file: 'i18n/en/docusaurus-plugin-content-docs/current/intro.md', dependsOn: [] }];
    const { stamp } = stampFromReport({ report: report(), locale: 'en', pages: [...PAGES, ...en], digest: unchanged });
    expect(Object.keys(stamp?.pages ?? {})).toEqual(['i18n/en/docusaurus-plugin-content-docs/current/intro.md']);
  });
});
