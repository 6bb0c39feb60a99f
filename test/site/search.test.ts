import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newReader, open, screenshot } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPath } from './support/site';

const session = useSiteSession();

/** The plugin's own search input, not the read-only stand-in shown while its chunk loads. */
const searchInput = (page: Page) => page.locator('input.navbar__search-input:not([readonly])');

/** Types a query into the navbar search and returns the suggestions, each as "title / page". */
async function search(page: Page, query: string): Promise<string[]> {
  const input = searchInput(page);
  await input.fill(query);
  const options = page.locator('[role=option]');
  await options.first().waitFor();
  return (await options.allInnerTexts()).map((text) => text.replace(/\s*\n\s*/g, ' / '));
}

async function chapterTitle(page: Page, locale: 'ko' | 'en'): Promise<string> {
  await open(page, docPath(locale, 'volumes'));
  return page.locator('article h1').innerText();
}

describe('search', () => {
  it('should find the volumes chapter for 볼륨 on the Korean site', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const title = await chapterTitle(reader.page, 'ko');
    const hits = await search(reader.page, '볼륨');
    expect(hits.slice(0, 3).some((hit) => hit.includes(title)), hits.join('\n')).toBe(true);
    await screenshot(reader.page, 'search-ko-volume');

    await reader.page.locator('[role=option]', { hasText: title }).first().click();
    await reader.page.waitForURL((url) => url.pathname === '/docs/volumes');
    expect(reader.errors).toEqual([]);
  });

  it('should find the volumes chapter for volume on the English site', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const title = await chapterTitle(reader.page, 'en');
    const hits = await search(reader.page, 'volume');
    expect(hits.slice(0, 3).some((hit) => hit.includes(title)), hits.join('\n')).toBe(true);
    await screenshot(reader.page, 'search-en-volume');

    await reader.page.locator('[role=option]', { hasText: title }).first().click();
    await reader.page.waitForURL((url) => url.pathname === '/en/docs/volumes');
    expect(reader.errors).toEqual([]);
  });

  it('should find inflected Korean words with a prefix query (볼륨* finds 볼륨으로)', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const title = await chapterTitle(reader.page, 'ko');
    expect(title).toMatch(/볼륨[^\s]/);
    const hits = await search(reader.page, '볼륨*');
    expect(hits[0], hits.join('\n')).toBe(title);
  });

  it('should keep the page readable when the search code cannot be loaded', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const { page } = reader;
    // The chunk with lunr's Korean and English support, as a dropped connection would lose it.
    await page.route('**/assets/js/*.js', async (route) => {
      const response = await route.fetch();
      if ((await response.text()).includes('lunr-multi-tokenizer-')) return route.abort('connectionfailed');
      return route.fulfill({ response });
    });
    const lost = page.waitForEvent('requestfailed');
    await open(page, docPath('ko', 'intro'));
    await lost;
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('input.navbar__search-input').isVisible()).toBe(true);
    expect(await page.getByText('This page crashed').count()).toBe(0);
  });

  for (const [locale, label] of [['ko', '검색'], ['en', 'Search']] as const) {
    it(`should name the search box "${label}" for screen readers on the ${locale} site`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      await open(reader.page, docPath(locale, 'intro'));
      await searchInput(reader.page).waitFor();
      const box = reader.page.getByRole('textbox', { name: label, exact: true });
      await expect.poll(() => box.count()).toBe(1);
      expect(await box.getAttribute('readonly')).toBeNull();
      expect(await box.getAttribute('placeholder')).toBe(label);
    });
  }
});
