import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/contract/paths';
import { copyBlock, newReader, open, shellBlocks } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPages } from './support/pages';
import { docPath } from './support/site';

const session = useSiteSession();

// A chapter with plain blocks, one with shell tabs, and one with a reader variable left unset.
const SLUGS = ['build-and-run', 'bind-mounts', 'share-images'];
const pages = { ko: docPages('ko'), en: docPages('en') };

/** Brings a block in an inactive tab into view by clicking its tab, as a reader would. */
async function reveal(block: Locator): Promise<void> {
  if (await block.isVisible()) return;
  const index = await block.evaluate((el) => {
    const panel = el.closest('[role=tabpanel]');
    return panel ? Array.from(panel.parentElement!.children).indexOf(panel) : -1;
  });
  const group = block.locator('xpath=ancestor::*[contains(@class,"tabs-container")][1]');
  await group.getByRole('tab').nth(index).click();
}

async function copyAll(page: Page): Promise<string[]> {
  const blocks = shellBlocks(page);
  const copied: string[] = [];
  for (let i = 0; i < (await blocks.count()); i++) {
    await reveal(blocks.nth(i));
    copied.push(await copyBlock(page, blocks.nth(i)));
  }
  return copied;
}

describe('copy button on shell blocks', () => {
  for (const locale of ['ko', 'en'] as const satisfies readonly Locale[]) {
    for (const slug of SLUGS) {
      it(`should copy exactly the commands of ${docPath(locale, slug)}, no prompt and no output`, async () => {
        const source = pages[locale].find((p) => p.slug === slug);
        expect(source, `no page ${slug} in ${locale}`).toBeDefined();
        const commands = source!.blocks.filter((b) => b.runnable).map((b) => b.text);

        await using reader = await newReader(session().browser, session().site.url);
        await open(reader.page, docPath(locale, slug));
        const copied = await copyAll(reader.page);

        expect(copied).toEqual(commands);
        expect(copied.filter((text) => /^\s*\$ /m.test(text))).toEqual([]);
        expect(reader.errors).toEqual([]);
      });
    }
  }
});
