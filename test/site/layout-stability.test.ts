import { describe, expect, it, onTestFinished } from 'vitest';
import { newReader } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPath } from './support/site';
import { FIRST_FRAME_BEACON, serveSlowPages } from './support/slow-page';

const session = useSiteSession();

// A busy 2-core CI machine parsed pages so slowly that Chromium now and then painted a half-built navbar,
// whose right side then grew leftwards as the search bar arrived. Pages cut right before the search bar, or
// inside it before its input, as a slow network delivers them, make every run meet that condition.
const CUTS = ['navbarSearchContainer', 'navbar__search-input'] as const;

declare global {
  interface Window {
    /** Layout shifts of the navbar seen since the page started loading, as "element: before -> after". */
    navbarShifts?: string[];
  }
}

describe('layout stability', () => {
  for (const [locale, urlPath, cutBefore] of [
    ['ko', docPath('ko', 'intro'), CUTS[0]],
    ['en', docPath('en', 'intro'), CUTS[0]],
    ['ko', '/', CUTS[0]],
    ['ko', docPath('ko', 'volumes'), CUTS[1]],
  ] as const) {
    it(`should keep the navbar still while ${urlPath} (${locale}) arrives in parts cut before ${cutBefore} and the search bar loads`, async () => {
      const site = await serveSlowPages(session().site, { cutBefore });
      onTestFinished(() => site.close());
      await using reader = await newReader(session().browser, site.url);
      const { page } = reader;
      // Registered before any page script runs, so shifts during hydration are recorded too.
      await page.addInitScript((beacon) => {
        window.navbarShifts = [];
        const rect = (r: DOMRectReadOnly) =>
          `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
          }[]) {
            for (const source of entry.sources) {
              const element = source.node instanceof Element ? source.node : source.node?.parentElement;
              if (!element?.closest('.navbar')) continue;
              window.navbarShifts?.push(
                `${element.className}: ${rect(source.previousRect)} -> ${rect(source.currentRect)}`,
              );
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
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
      expect(await page.evaluate(() => window.navbarShifts)).toEqual([]);
      expect(reader.errors).toEqual([]);
    });
  }
});
