import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { copyBlock, hydrated, newReader, open, screenshot, shellBlocks } from './support/browser';
import { useSiteSession } from './support/lifecycle';

const session = useSiteSession();

const PLACEHOLDER = '{YOUR-USER-NAME}';
const NAME = 'docker101reader';

const input = (page: Page) => page.getByRole('textbox', { name: /Docker Hub 사용자 이름|Docker Hub username/ });
const tagBlock = (page: Page) => shellBlocks(page).filter({ hasText: 'docker tag docker-101' }).first();

describe('reader variables on the share images chapter', () => {
  it('should ask for the Docker Hub username right above the first command that uses it', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    await open(reader.page, '/docs/share-images');
    const firstUse = shellBlocks(reader.page).filter({ hasText: PLACEHOLDER }).first();
    const above = await input(reader.page).evaluate(
      (el, block) => Boolean(el.compareDocumentPosition(block!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await firstUse.elementHandle(),
    );
    expect(above).toBe(true);
    expect(await tagBlock(reader.page).innerText()).toContain(`${PLACEHOLDER}/docker-101`);
  });

  it('should show and copy the filled name in commands, on every page and after a reload', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const { page } = reader;
    await open(page, '/docs/share-images');
    await input(page).fill(NAME);

    expect(await tagBlock(page).innerText()).toContain(`docker tag docker-101 ${NAME}/docker-101`);
    expect(await copyBlock(page, tagBlock(page))).toBe(`docker tag docker-101 ${NAME}/docker-101`);
    // Only the input's own hint still names the placeholder.
    const shown = await input(page).evaluate((el) => {
      const article = el.closest('article')!.cloneNode(true) as HTMLElement;
      article.querySelector('input')!.parentElement!.remove();
      return article.textContent ?? '';
    });
    expect(shown).toContain(`${NAME}/docker-101`);
    expect(shown).not.toContain(PLACEHOLDER);
    await screenshot(page, 'reader-variable-ko-filled');

    await page.reload();
    await hydrated(page);
    expect(await tagBlock(page).innerText()).toContain(`${NAME}/docker-101`);

    await open(page, '/en/docs/share-images');
    expect(await input(page).inputValue()).toBe(NAME);
    expect(await copyBlock(page, tagBlock(page))).toBe(`docker tag docker-101 ${NAME}/docker-101`);
    expect(reader.errors).toEqual([]);
  });

  it('should keep the placeholder and explain when the name is not a valid Docker Hub name', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const { page } = reader;
    await open(page, '/docs/share-images');
    await input(page).fill(NAME);
    await input(page).fill('Not A Name; rm -rf ~');

    expect(await page.getByRole('alert').innerText()).toContain('4~30자');
    expect(await copyBlock(page, tagBlock(page))).toBe(`docker tag docker-101 ${PLACEHOLDER}/docker-101`);

    await input(page).fill('');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await tagBlock(page).innerText()).toContain(PLACEHOLDER);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('docker101.')))).toEqual([]);
  });
});
