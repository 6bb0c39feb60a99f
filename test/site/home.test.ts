import { describe, expect, it } from 'vitest';
import { firstSentence, PATH_ENDS_AT_POSITION } from '../../src/plugins/chapter-path';
import type { DocsRunGlobalData } from '../../src/plugins/docs-run-report/types';
import { newReader, open, screenshot } from './support/browser';
import { frontMatterOf } from './support/front-matter';
import { useSiteSession } from './support/lifecycle';
import { docPages } from './support/pages';
import { docPath } from './support/site';

const session = useSiteSession();

describe('home page', () => {
  for (const [locale, urlPath, start] of [
    ['ko', '/', '시작하기'],
    ['en', '/en/', 'Get started'],
  ] as const) {
    it(`should load the ${locale} home page without errors and lead to the first chapter`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      await open(page, urlPath);
      await screenshot(page, `home-${locale}`, true);
      await page.getByRole('link', { name: start, exact: true }).first().click();
      await page.waitForURL((url) => url.pathname.endsWith('/docs/intro'));
      await screenshot(page, `intro-${locale}`, true);
      expect(reader.errors).toEqual([]);
    });

    it(`should show every ${locale} chapter in order, the path first, each with what its page says it teaches`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      await open(page, urlPath);
      const pages = docPages(locale);
      for (const [part, inPart] of [
        ['path', pages.filter((p) => (p.sidebarPosition ?? Infinity) <= PATH_ENDS_AT_POSITION)],
        ['beyond', pages.filter((p) => (p.sidebarPosition ?? Infinity) > PATH_ENDS_AT_POSITION)],
      ] as const) {
        const cards = page.locator(`section[data-part=${part}] li`);
        const shown = await cards.evaluateAll((items) =>
          items.map((li) => ({
            href: li.querySelector('a')?.getAttribute('href'),
            title: li.querySelector('a')?.textContent,
            summary: li.querySelector('p')?.textContent ?? '',
          })),
        );
        expect(shown, `${part} of ${locale}`).toEqual(
          inPart.map((p) => {
            const { title, description } = frontMatterOf(p.file);
            return {
              href: docPath(locale, p.slug),
              title,
              summary: typeof description === 'string' ? firstSentence(description) : '',
            };
          }),
        );
      }
      // Numbered on from the path into what lies beyond.
      expect(
        await page
          .locator('section[data-part] ol')
          .evaluateAll((ols) => ols.map((ol) => (ol as HTMLOListElement).start)),
      ).toEqual(
        pages.some((p) => (p.sidebarPosition ?? Infinity) > PATH_ENDS_AT_POSITION)
          ? [1, pages.filter((p) => (p.sidebarPosition ?? Infinity) <= PATH_ENDS_AT_POSITION).length + 1]
          : [1],
      );
      await page.locator(`section[data-part=path] a[href="${docPath(locale, 'volumes')}"]`).click();
      await page.waitForURL((url) => url.pathname === docPath(locale, 'volumes'));
      expect(reader.errors).toEqual([]);
    });

    it(`should make the ${locale} promise with the engine, compose and day of the run the stamps come from, or none`, async () => {
      const published = await fetch(`${session().site.url}${urlPath}docs-run.json`);
      const { stamp } = (await published.json()) as DocsRunGlobalData;
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      await open(page, urlPath);
      expect(await page.getByRole('heading', { name: /실제로 실행해 검증|really run/ }).count()).toBe(1);
      const lastRun = page.locator('[data-last-run]');
      if (!stamp) {
        expect(await lastRun.count(), 'figures without a passing run').toBe(0);
        return;
      }
      const text = await lastRun.innerText();
      for (const fact of [stamp.engine, stamp.compose].map((v) => v.replace(/[+~-].*$/, '')))
        expect(text).toContain(fact);
      expect(text).toContain(stamp.date.slice(0, 10));
    });
  }
});
