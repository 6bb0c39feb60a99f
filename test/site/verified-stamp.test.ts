import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Locale, REPO_ROOT } from '../../src/contract/paths';
import { type DocsRunReport, REPORT_PATH, readReport } from '../../src/contract/run-report';
import { digestRunSources } from '../../src/contract/run-sources';
import type { DocsRunGlobalData } from '../../src/plugins/docs-run-report/types';
import { newReader, open, screenshot, visitEach } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPages } from './support/pages';
import { docPath } from './support/site';

const session = useSiteSession();

/** What the build decided from reports/docs-run.json, published with the site (src/plugins/docs-run-report). */
async function publishedStamp(locale: Locale): Promise<DocsRunGlobalData> {
  const res = await fetch(`${session().site.url}${locale === 'en' ? '/en' : ''}/docs-run.json`);
  expect(res.status).toBe(200);
  return (await res.json()) as DocsRunGlobalData;
}

/** reports/docs-run.json when its run passed and every page and example file still holds what it read. */
function passingReportOfTheseFiles(): DocsRunReport | undefined {
  const read = readReport();
  if (read.kind !== 'report') return undefined;
  const { report } = read;
  if (report.summary.unaccounted !== 0 || report.summary.outputs.unaccounted !== 0) return undefined;
  return isDeepStrictEqual(report.sources, digestRunSources(REPO_ROOT)) ? report : undefined;
}

// `npm test` runs the pages, then builds the site from that run: the build in front of these tests must
// carry it. Run on their own, the tests may face a build without one (a fresh clone has no report).
const RUN_BY_NPM_TEST = process.env.npm_lifecycle_event === 'test';

// Each page must show exactly what the published decision says, and nothing made up.
describe('verified stamp and run badges', () => {
  for (const locale of ['ko', 'en'] as const) {
    it(`should stamp every ${locale} page whose commands ran with the doc run that just passed`, async (context) => {
      const report = passingReportOfTheseFiles();
      if (!report && RUN_BY_NPM_TEST)
        throw new Error(
          `npm test ran the pages before the build, yet ${REPORT_PATH} is missing, failing or not of these files`,
        );
      if (!report) return context.skip('no passing doc run of these files to stamp with: run npm test');
      const { stamp } = await publishedStamp(locale);
      expect(stamp?.date).toBe(report.date);
      const ranPages = [
        ...new Set(report.blocks.filter((b) => b.locale === locale && b.status === 'ran').map((b) => b.page)),
      ];
      expect(ranPages.length).toBeGreaterThan(0);
      expect(Object.keys(stamp?.pages ?? {}).sort()).toEqual(ranPages.sort());
      const verified = report.blocks.filter((b) => b.locale === locale && b.output?.status === 'verified');
      const published = Object.values(stamp?.pages ?? {}).reduce((n, p) => n + p.outputs.length, 0);
      expect(published, 'every verified output is published for its page').toBe(verified.length);
    });

    it(`should show the stamp and a badge per run block exactly where the ${locale} build found a passing run`, async () => {
      const { stamp } = await publishedStamp(locale);
      /** What a page shows: the stamp's text (or null), how many blocks carry a "ran" badge, how many outputs a "verified" one. */
      const shownOn = async (page: Page): Promise<{ stamp: string | null; badges: number; outputs: number }> => {
        const shown = page.locator('[data-verified-stamp]');
        return {
          stamp: (await shown.count()) > 0 ? await shown.innerText() : null,
          badges: await page.locator('[data-run-status=ran]').count(),
          outputs: await page.locator('[data-run-status=output-verified]').count(),
        };
      };
      // Every page as the build wrote it (a browser without scripts renders just that, and fast)…
      await using plain = await newReader(session().browser, session().site.url, { javaScriptEnabled: false });
      const pages = docPages(locale);
      const seen = await visitEach(plain, pages, async (page, source) => {
        await page.goto(docPath(locale, source.slug));
        const run = stamp?.pages[source.file];
        const { stamp: text, badges, outputs } = await shownOn(page);
        if (!stamp || !run) {
          expect(text, `${source.file} shows a stamp the build did not grant`).toBeNull();
          expect(badges + outputs, `${source.file} shows run badges`).toBe(0);
        } else {
          expect(text).toContain(stamp.engine.replace(/[+~-].*$/, ''));
          expect(text).toContain(stamp.compose.replace(/[+~-].*$/, ''));
          expect(text).toContain(stamp.date.slice(0, 10));
          expect(badges, `${source.file}: one badge per block that ran`).toBe(run.ran.length);
          expect(outputs, `${source.file}: one badge per verified output`).toBe(run.outputs.length);
          if (run.outputs.length > 1)
            expect(text, `${source.file}: the stamp counts the verified outputs`).toContain(String(run.outputs.length));
        }
        return { text, badges, outputs };
      });
      // …and a page once its scripts have run, which must show the same: the first stamped one, or the first.
      const index = Math.max(
        0,
        pages.findIndex((source) => stamp?.pages[source.file]),
      );
      await using reader = await newReader(session().browser, session().site.url);
      await open(reader.page, docPath(locale, pages[index].slug));
      const hydrated = await shownOn(reader.page);
      expect(
        { text: hydrated.stamp, badges: hydrated.badges, outputs: hydrated.outputs },
        `${pages[index].file} after its scripts ran`,
      ).toEqual(seen[index]);
      if (hydrated.stamp) await screenshot(reader.page, `verified-stamp-${locale}`);
      expect(reader.errors).toEqual([]);
    });
  }
});
