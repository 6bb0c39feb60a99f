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

  // Every language the pages' fences name, on a page that shows it, with a token type only its grammar makes.
  const LANGUAGES = [
    ['shell', 'bind-mounts', 'function'],
    ['json', 'bind-mounts', 'property'],
    ['yaml', 'compose', 'key'],
    ['ini', 'configuration', 'key'],
    ['js', 'tags-and-digests', 'keyword'],
    ['html', 'debugging', 'tag'],
  ] as const;

  for (const locale of ['ko', 'en'] as const) {
    it(`should colour every ${locale} fence language as the server drew it, and leave the blocks to React`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      for (const [language, slug, token] of LANGUAGES) {
        await open(page, docPath(locale, slug));
        const block = page.locator(`pre.language-${language}`);
        expect(await block.locator(`.token.${token}`).count(), `${language} on ${slug}`).toBeGreaterThan(0);
        // Prism highlights a document's `language-*` blocks by itself a frame after it loads unless told not to;
        // it would replace React's lines with its own spans, and the code would differ from the built HTML.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const [served, shown] = await page.evaluate(async () => {
          // React writes styles through the CSSOM, which spells #393a34 as rgb(57, 58, 52): compare them parsed.
          const lines = (root: ParentNode): string[] =>
            Array.from(root.querySelectorAll('pre code'), (code) => {
              for (const el of Array.from(code.querySelectorAll('[style]')) as HTMLElement[])
                el.setAttribute('style', el.style.cssText);
              return code.innerHTML;
            });
          const html = await (await fetch(location.href)).text();
          return [lines(new DOMParser().parseFromString(html, 'text/html')), lines(document)];
        });
        expect(shown, `${language} on ${slug}`).toEqual(served);
      }
      expect(reader.errors).toEqual([]);
    });
  }
});
