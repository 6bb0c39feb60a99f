import { describe, expect, it } from 'vitest';
import type { DocsRunGlobalData } from '../../src/plugins/docs-run-report/types';
import { gatherPages } from '../docs/pages';
import type { Locale } from '../docs/types';
import { newReader, open, screenshot } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPath } from './support/site';

const session = useSiteSession();

/** What the build decided from reports/docs-run.json, published with the site (src/plugins/docs-run-report). */
async function publishedStamp(locale: Locale): Promise<DocsRunGlobalData> {
  const res = await fetch(`${session().site.url}${locale === 'en' ? '/en' : ''}/docs-run.json`);
  expect(res.status).toBe(200);
  return (await res.json()) as DocsRunGlobalData;
}

// The build in front of these tests may or may not have had a passing report (a fresh clone has none):
// either way each page must show exactly what the published decision says, and nothing made up.
describe('verified stamp and run badges', () => {
  for (const locale of ['ko', 'en'] as const) {
    it(`should show the stamp and a badge per run block exactly where the ${locale} build found a passing run`, async () => {
      const { stamp } = await publishedStamp(locale);
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      const checked: string[] = [];
      for (const source of gatherPages(locale)) {
        await open(page, docPath(locale, source.slug));
        const run = stamp?.pages[source.file];
        const shown = page.locator('[data-verified-stamp]');
        const badges = page.locator('[data-run-status=ran]');
        if (!stamp || !run) {
          expect(await shown.count(), `${source.file} shows a stamp the build did not grant`).toBe(0);
          expect(await badges.count(), `${source.file} shows run badges`).toBe(0);
          continue;
        }
        const text = await shown.innerText();
        expect(text).toContain(stamp.engine.replace(/[+~-].*$/, ''));
        expect(text).toContain(stamp.compose.replace(/[+~-].*$/, ''));
        expect(text).toContain(stamp.date.slice(0, 10));
        expect(await badges.count(), `${source.file}: one badge per block that ran`).toBe(run.ran.length);
        checked.push(source.slug);
      }
      if (checked.length > 0) {
        await open(page, docPath(locale, checked[0]));
        await screenshot(page, `verified-stamp-${locale}`);
      }
      expect(reader.errors).toEqual([]);
    });
  }
});
