import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newReader, open, screenshot } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPath } from './support/site';

const session = useSiteSession();

/** The navbar's search box, whichever is there: the stand-in until the plugin's code arrives, then the plugin's. */
const searchBox = (page: Page) => page.locator('input.navbar__search-input');
/** The plugin's own search input, not the stand-in shown until its code is fetched. */
const searchInput = (page: Page) => page.locator('input.navbar__search-input:not([data-search-stand-in])');
/** The chunk with lunr's Korean and English support. */
const isSearchCode = (text: string): boolean => text.includes('lunr-multi-tokenizer-');

/** Heads for the search box as a reader does (the pointer on it), which fetches the plugin's code. */
async function reachSearch(page: Page): Promise<void> {
  await searchBox(page).hover();
  await searchInput(page).waitFor();
}

/** Types a query into the navbar search and returns the suggestions, each as "title / page". */
async function search(page: Page, query: string): Promise<string[]> {
  await reachSearch(page);
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
    expect(
      hits.slice(0, 3).some((hit) => hit.includes(title)),
      hits.join('\n'),
    ).toBe(true);
    await screenshot(reader.page, 'search-ko-volume');

    await reader.page.locator('[role=option]', { hasText: title }).first().click();
    await reader.page.waitForURL((url) => url.pathname === '/docs/volumes');
    expect(reader.errors).toEqual([]);
  });

  it('should find the volumes chapter for volume on the English site', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const title = await chapterTitle(reader.page, 'en');
    const hits = await search(reader.page, 'volume');
    expect(
      hits.slice(0, 3).some((hit) => hit.includes(title)),
      hits.join('\n'),
    ).toBe(true);
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

  it('should fetch the search code only once the reader heads for the box', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const { page } = reader;
    const fetched: Promise<boolean>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script') fetched.push(res.text().then(isSearchCode, () => false));
    });
    await open(page, docPath('ko', 'intro'));
    await page.waitForLoadState('networkidle');
    expect((await Promise.all(fetched)).filter(Boolean)).toEqual([]);
    await reachSearch(page);
    expect((await Promise.all(fetched)).filter(Boolean).length).toBe(1);
    expect(reader.errors).toEqual([]);
  });

  it('should keep what the reader typed before the search code arrived, and search it', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const { page } = reader;
    // The search code arrives only once the reader has typed, as on a slow connection.
    let typed: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (typed = resolve));
    await page.route('**/assets/js/*.js', async (route) => {
      const response = await route.fetch();
      if (isSearchCode(await response.text())) await held;
      return route.fulfill({ response });
    });
    const title = await chapterTitle(page, 'ko');
    await searchBox(page).click();
    await page.keyboard.type('볼륨');
    typed();
    await searchInput(page).waitFor();
    expect(await searchInput(page).inputValue()).toBe('볼륨');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.matches('input.navbar__search-input:not([data-search-stand-in])')),
      )
      .toBe(true);
    const options = page.locator('[role=option]');
    await options.first().waitFor();
    expect((await options.allInnerTexts()).slice(0, 3).some((hit) => hit.includes(title))).toBe(true);
    expect(reader.errors).toEqual([]);
  });

  it("should open the search with the plugin's shortcut before its code is there", async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const { page } = reader;
    await open(page, docPath('en', 'intro'));
    await page.keyboard.press('Control+k');
    await searchInput(page).waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.matches('input.navbar__search-input:not([data-search-stand-in])')),
      )
      .toBe(true);
  });

  it('should keep the page readable when the search code cannot be loaded', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const { page } = reader;
    // The chunk with lunr's Korean and English support, as a dropped connection would lose it.
    await page.route('**/assets/js/*.js', async (route) => {
      const response = await route.fetch();
      if (isSearchCode(await response.text())) return route.abort('connectionfailed');
      return route.fulfill({ response });
    });
    const lost = page.waitForEvent('requestfailed');
    await open(page, docPath('ko', 'intro'));
    await searchBox(page).hover();
    await lost;
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('input.navbar__search-input').isVisible()).toBe(true);
    expect(await page.getByText('This page crashed').count()).toBe(0);
  });

  for (const [locale, label] of [
    ['ko', '검색'],
    ['en', 'Search'],
  ] as const) {
    it(`should name the search box "${label}" for screen readers on the ${locale} site`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      await open(reader.page, docPath(locale, 'intro'));
      // The stand-in the page opens with, then the plugin's own box.
      expect(await reader.page.getByRole('textbox', { name: label, exact: true }).getAttribute('placeholder')).toBe(
        label,
      );
      await reachSearch(reader.page);
      const box = reader.page.getByRole('textbox', { name: label, exact: true });
      await expect.poll(() => box.count()).toBe(1);
      expect(await box.getAttribute('readonly')).toBeNull();
      expect(await box.getAttribute('placeholder')).toBe(label);
    });
  }
});
