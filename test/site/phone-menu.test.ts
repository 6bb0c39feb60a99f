import { describe, expect, it } from 'vitest';
import { newReader, open, screenshot } from './support/browser';
import { useSiteSession } from './support/lifecycle';

const session = useSiteSession();
const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

describe('phone menu', () => {
  for (const [locale, prefix, menuLabel, chapter] of [
    ['ko', '', '사이드바 펼치거나 접기', '볼륨으로 데이터 지키기'],
    ['en', '/en', 'Toggle navigation bar', 'Keep data with named volumes'],
  ] as const) {
    it(`should fetch the chapters only once the ${locale} menu opens, then list and open them`, async () => {
      await using reader = await newReader(session().browser, session().site.url, PHONE);
      const { page } = reader;
      const scripts = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.add(request.url());
      });
      await open(page, `${prefix}/docs/intro`);
      await page.waitForLoadState('networkidle');
      const atLoad = scripts.size;
      const menu = page.locator('.navbar-sidebar');
      // Not drawn before it is opened: no work for the phone while the page loads, and no chapter link in view to
      // prefetch (laid out off-screen, a drawn menu's links counted as in view).
      expect(await menu.count()).toBe(0);

      await page.getByRole('button', { name: menuLabel }).click();
      await expect.poll(() => menu.isVisible()).toBe(true);
      const link = menu.getByRole('link', { name: chapter, exact: true });
      await link.waitFor({ state: 'visible' });
      await page.waitForLoadState('networkidle');
      await screenshot(page, `phone-menu-${locale}`);
      // Opening the menu brings its chapter links into view, which is when Docusaurus prefetches them: new
      // scripts here mean none of them were fetched while the page was loading.
      expect(scripts.size).toBeGreaterThan(atLoad);

      await link.click();
      await page.waitForURL((url) => url.pathname === `${prefix}/docs/volumes`);
      await expect.poll(() => menu.isVisible()).toBe(false);
      // Drawn once, the closed menu stays in the page, out of the layout, so its links are not prefetched again.
      expect(await menu.locator('a').count()).toBeGreaterThan(0);
      expect(
        await menu.locator('a').evaluateAll((links) => links.filter((a) => a.getClientRects().length > 0).length),
      ).toBe(0);

      await page.getByRole('button', { name: menuLabel }).click();
      await expect.poll(() => menu.isVisible()).toBe(true);
      expect(reader.errors).toEqual([]);
    });
  }
});
