import { describe, expect, it } from 'vitest';
import { newReader } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPath } from './support/site';

const session = useSiteSession();

declare global {
  interface Window {
    /** Layout shifts of the navbar seen since the page started loading, as "element: before -> after". */
    navbarShifts?: string[];
  }
}

describe('layout stability', () => {
  for (const [locale, urlPath] of [
    ['ko', docPath('ko', 'intro')],
    ['en', docPath('en', 'intro')],
    ['ko', '/'],
  ] as const) {
    it(`should keep the navbar still while ${urlPath} (${locale}) loads and the search bar arrives`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      // Registered before any page script runs, so shifts during hydration are recorded too.
      await page.addInitScript(() => {
        window.navbarShifts = [];
        const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }[]) {
            for (const source of entry.sources) {
              const element = source.node instanceof Element ? source.node : source.node?.parentElement;
              if (!element?.closest('.navbar')) continue;
              window.navbarShifts?.push(`${element.className}: ${rect(source.previousRect)} -> ${rect(source.currentRect)}`);
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(urlPath);
      // The plugin's own input replaces the stand-in once its chunk has loaded.
      await page.locator('input.navbar__search-input:not([readonly])').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => window.navbarShifts)).toEqual([]);
      expect(reader.errors).toEqual([]);
    });
  }
});
