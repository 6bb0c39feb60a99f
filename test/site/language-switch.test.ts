import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, newReader, open } from './support/browser';
import { useSiteSession } from './support/lifecycle';

const session = useSiteSession();

/** Opens the navbar's language menu (it opens on hover) and picks a language, as a reader does. */
async function switchLanguage(page: Page, current: string, next: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.locator('.navbar .dropdown > .navbar__link', { hasText: current }).hover();
  await page.getByRole('link', { name: next, exact: true }).click();
}

describe('language switch', () => {
  it('should keep the page when switching from Korean to English and back', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const { page } = reader;
    await open(page, '/docs/volumes');
    expect(await page.locator('html').getAttribute('lang')).toBe('ko-KR');

    await switchLanguage(page, '한국어', 'English');
    await page.waitForURL((url) => url.pathname === '/en/docs/volumes');
    await hydrated(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    expect(await page.locator('article h1').innerText()).toMatch(/volume/i);

    await switchLanguage(page, 'English', '한국어');
    await page.waitForURL((url) => url.pathname === '/docs/volumes');
    expect(await page.locator('html').getAttribute('lang')).toBe('ko-KR');
    expect(reader.errors).toEqual([]);
  });
});
