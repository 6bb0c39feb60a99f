import { describe, expect, it } from 'vitest';
import { newReader, screenshot } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPages } from './support/pages';
import { docPath } from './support/site';

const session = useSiteSession();

describe('page not found', () => {
  for (const [locale, prefix, title, query] of [
    ['ko', '', '페이지를 찾을 수 없습니다', '볼륨'],
    ['en', '/en', 'Page Not Found', 'volume'],
  ] as const) {
    it(`should answer a mistyped ${locale} address with search and every chapter`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      const response = await page.goto(`${prefix}/docs/volums`);
      expect(response?.status()).toBe(404);
      await page.locator('html[data-has-hydrated=true]').waitFor({ state: 'attached' });
      expect(await page.locator('html').getAttribute('lang')).toBe(locale === 'ko' ? 'ko-KR' : 'en-US');
      expect(await page.locator('h1').innerText()).toContain(title);
      await screenshot(page, `not-found-${locale}`, true);

      const chapters = await page
        .locator('main section[data-part] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(chapters).toEqual(docPages(locale).map((p) => docPath(locale, p.slug)));

      // The missing address's words are offered as the query; the reader searches for what they meant.
      const box = page.getByRole('search').getByRole('searchbox');
      await expect.poll(() => box.inputValue()).toBe('volums');
      await box.fill(query);
      await box.press('Enter');
      await page.waitForURL((url) => url.pathname === `${prefix}/search` && url.searchParams.get('q') === query);
      // The search plugin's results page, with the chapter among its hits.
      await expect
        .poll(() => page.locator(`a[href^="${docPath(locale, 'volumes')}"]`).count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
      // The 404 status of the missing page itself is what a browser logs; nothing else may fail.
      expect(reader.errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    });
  }

  it('should answer an address outside the docs the same way', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const { page } = reader;
    expect((await page.goto('/no-such-page'))?.status()).toBe(404);
    await page.locator('html[data-has-hydrated=true]').waitFor({ state: 'attached' });
    expect(await page.getByRole('search').count()).toBe(1);
    expect(await page.locator('main section[data-part] a').count()).toBe(docPages('ko').length);
  });
});
