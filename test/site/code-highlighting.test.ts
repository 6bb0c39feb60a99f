import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newReader, open } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPath } from './support/site';

const session = useSiteSession();

/** A call only Prism's own code makes (its grammar registry): main.js must not carry Prism. */
const PRISM = 'languages.insertBefore';
const PAGE = 'build-and-run';

/** What the reader sees once the page has hydrated: bash and Dockerfile blocks in their languages' colours. */
async function highlighted(page: Page): Promise<{ bash: number; dockerfile: number }> {
  return {
    // `function` and `instruction` tokens come only from the bash and docker grammars, which the theme adds.
    bash: await page.locator('pre.language-bash .token.function').count(),
    dockerfile: await page.locator('pre.language-dockerfile .token.instruction').count(),
  };
}

describe('code highlighting', () => {
  for (const [locale, home] of [
    ['ko', '/'],
    ['en', '/en/'],
  ] as const) {
    it(`should colour the ${locale} bash and Dockerfile blocks, reached from the home page or opened directly, with Prism outside main.js`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      const scripts = new Map<string, Promise<string>>();
      reader.context.on('response', (res) => {
        if (res.request().resourceType() === 'script') scripts.set(new URL(res.url()).pathname, res.text());
      });
      await open(page, home);
      const main = [...scripts.keys()].filter((p) => /\/main\.[0-9a-f]+\.js$/.test(p));
      expect(main).toHaveLength(1);
      expect(await scripts.get(main[0]!)).not.toContain(PRISM);

      await page
        .locator(`a[href="${docPath(locale, PAGE)}"]`)
        .first()
        .click();
      await page.waitForURL((url) => url.pathname === docPath(locale, PAGE));
      // Without the grammars the blocks still show, as plain text: the counts stay at 0 and this times out.
      await expect.poll(async () => Math.min(...Object.values(await highlighted(page)))).toBeGreaterThan(0);
      const reached = await highlighted(page);

      await open(page, docPath(locale, PAGE));
      expect(await highlighted(page)).toEqual(reached);
      expect(reader.errors).toEqual([]);
    });
  }
});
