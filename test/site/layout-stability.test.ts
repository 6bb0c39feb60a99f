import { describe, expect, it, onTestFinished } from 'vitest';
import { newReader } from './support/browser';
import { layoutShifts, watchLayoutShifts } from './support/layout-shifts';
import { useSiteSession } from './support/lifecycle';
import { docPath } from './support/site';
import { FIRST_FRAME_BEACON, serveSlowPages } from './support/slow-page';

const session = useSiteSession();

// A busy 2-core CI machine parsed pages so slowly that Chromium now and then painted a half-built page: the
// navbar's right side then grew leftwards as the search bar arrived, and the space that ended the half-built line
// of downloads moved once the link after it arrived. Pages cut there, and at the other places of a page's first
// screen, as a slow network delivers them, make every run meet that condition.
const CASES = [
  ['ko', docPath('ko', 'intro'), 'navbarSearchContainer'],
  ['en', docPath('en', 'intro'), 'navbarSearchContainer'],
  ['ko', '/', 'navbarSearchContainer'],
  ['ko', docPath('ko', 'volumes'), 'navbar__search-input'],
  // Inside the page's first lines: the breadcrumbs, the line of downloads, a paragraph's inline code, a diagram.
  ['ko', docPath('ko', 'share-images'), 'breadcrumbs__link'],
  ['ko', docPath('ko', 'share-images'), 'breadcrumbs__item--active'],
  ['ko', docPath('ko', 'share-images'), 'download=""'],
  ['en', docPath('en', 'share-images'), 'download=""'],
  ['ko', docPath('ko', 'share-images'), '<code>'],
  ['ko', docPath('ko', 'why-containers'), 'data-diagram'],
] as const;

describe('layout stability', () => {
  for (const [locale, urlPath, cutBefore] of CASES) {
    it(`should keep everything still while ${urlPath} (${locale}) arrives in parts cut before ${cutBefore} and the search bar loads`, async () => {
      const site = await serveSlowPages(session().site, { cutBefore });
      onTestFinished(() => site.close());
      await using reader = await newReader(session().browser, site.url);
      const { page } = reader;
      await watchLayoutShifts(page);
      await page.addInitScript((beacon) => {
        // Tells the server the first part is on screen (or would be, had the page not held its paint back).
        const frame = (): void => {
          if (document.querySelector('.navbar__items--right')) void fetch(beacon);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }, FIRST_FRAME_BEACON);
      await page.goto(urlPath);
      await page.waitForLoadState('networkidle');
      // The plugin's own input replaces the stand-in once the reader heads for it and its code has loaded.
      await page.locator('input.navbar__search-input').hover();
      await page.locator('input.navbar__search-input:not([data-search-stand-in])').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await layoutShifts(page)).toEqual([]);
      expect(reader.errors).toEqual([]);
    });
  }
});
