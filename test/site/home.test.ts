import { describe, expect, it } from 'vitest';
import { newReader, open, screenshot } from './support/browser';
import { useSiteSession } from './support/lifecycle';

const session = useSiteSession();

describe('home page', () => {
  for (const [locale, urlPath, start] of [['ko', '/', '시작하기'], ['en', '/en/', 'Get started']] as const) {
    it(`should load the ${locale} home page without errors and lead to the first chapter`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      await open(page, urlPath);
      await screenshot(page, `home-${locale}`);
      await page.getByRole('link', { name: start, exact: true }).first().click();
      await page.waitForURL((url) => url.pathname.endsWith('/docs/intro'));
      await screenshot(page, `intro-${locale}`, true);
      expect(reader.errors).toEqual([]);
    });
  }
});
