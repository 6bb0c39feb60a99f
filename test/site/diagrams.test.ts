import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Page as DocPage, Locale } from '../runner/gather/types';
import { newReader, open, SCREENSHOT_DIR, visitEach } from './support/browser';
import { labelContrasts, namedDiagrams } from './support/diagram-labels';
import { layoutShifts, watchLayoutShifts } from './support/layout-shifts';
import { useSiteSession } from './support/lifecycle';
import { docPages } from './support/pages';
import { docPath } from './support/site';

const session = useSiteSession();

/** Pages whose source has a ```mermaid fence, per locale, with how many. */
const withDiagrams = (locale: Locale): { source: DocPage; count: number }[] =>
  docPages(locale)
    .map((source) => ({ source, count: source.blocks.filter((b) => b.lang === 'mermaid').length }))
    .filter(({ count }) => count > 0);

/** The diagrams as the reader sees them: those of the color mode in use. */
const shown = (page: Page) => page.locator('figure[data-diagram] svg:visible');

describe('diagrams', () => {
  for (const locale of ['ko', 'en'] as const) {
    it(`should show every ${locale} diagram in light and dark mode, named for screen readers, readable, moving nothing, with no diagram code`, async () => {
      const pages = withDiagrams(locale);
      expect(pages.length).toBeGreaterThan(0);
      await using reader = await newReader(session().browser, session().site.url, { colorScheme: 'light' });
      const scripts: Promise<string>[] = [];
      reader.context.on('response', (res) => {
        if (res.request().resourceType() === 'script') scripts.push(res.text().catch(() => ''));
      });
      await watchLayoutShifts(reader.context);
      const weak = await visitEach(reader, pages, async (page, { source, count }) => {
        await open(page, docPath(locale, source.slug));
        await page.waitForLoadState('networkidle');
        expect(await layoutShifts(page), `${source.file}: layout shifts`).toEqual([]);
        const found: string[] = [];
        // The reader's system switches to dark mode: the site follows it, and so do the diagrams.
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await expect
            .poll(() => page.locator('html').getAttribute('data-theme'), { timeout: 10_000 })
            .toBe(colorScheme);
          expect(await shown(page).count(), `${source.file}: diagrams shown in ${colorScheme} mode`).toBe(count);
          const named = await namedDiagrams(page);
          expect(
            named.map((d) => d.role),
            source.file,
          ).toEqual(Array(count).fill('img'));
          for (const diagram of named) {
            expect(diagram.name, `${source.file}: accessible name`).toMatch(/\S/);
            // Everything the diagram says is in the description a screen reader reads out.
            expect(
              diagram.labels.filter((label) => !diagram.description.includes(label)),
              `${source.file}: ${diagram.name}`,
            ).toEqual([]);
          }
          const labels = await labelContrasts(page);
          expect(labels.length, `${source.file}: diagram labels`).toBeGreaterThan(0);
          found.push(
            ...labels
              .filter((l) => l.contrast < 4.5)
              .map((l) => `${source.file} (${colorScheme}) "${l.text}": ${l.contrast.toFixed(2)}`),
          );
          if (source.slug === 'bind-mounts') {
            await shown(page).first().scrollIntoViewIfNeeded();
            await shown(page)
              .first()
              .screenshot({ path: path.join(SCREENSHOT_DIR, `diagram-${locale}-${colorScheme}.png`) });
          }
        }
        return found;
      }).then((found) => found.flat());
      expect(weak, 'labels below WCAG AA contrast (4.5:1)').toEqual([]);
      const code = await Promise.all(scripts);
      expect(code.length).toBeGreaterThan(0);
      expect(code.filter((text) => text.includes('mermaidAPI')).length, 'scripts with mermaid in them').toBe(0);
      expect(reader.errors).toEqual([]);
    });

    it(`should send every ${locale} diagram in the page's HTML, drawn for both modes`, async () => {
      for (const { source, count } of withDiagrams(locale)) {
        const html = await (await fetch(`${session().site.url}${docPath(locale, source.slug)}`)).text();
        const served = [...html.matchAll(/<figure[^>]*data-diagram[^>]*>([\s\S]*?)<\/figure>/g)].map(
          (m) => (m[1].match(/<svg\b/g) ?? []).length,
        );
        expect(served, `${source.file}: SVGs per diagram in the HTML`).toEqual(Array(count).fill(2));
      }
    });

    it(`should draw the diagrams of a ${locale} page reached through a link, where no HTML brought them`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      await open(page, docPath(locale, 'intro'));
      // Through the sidebar, as a reader moves between chapters (a client-side navigation, no reload).
      await page.locator(`.theme-doc-sidebar-container a[href="${docPath(locale, 'volumes')}"]`).click();
      await page.waitForURL((url) => url.pathname === docPath(locale, 'volumes'));
      const count = withDiagrams(locale).find(({ source }) => source.slug === 'volumes')?.count;
      await expect.poll(() => shown(page).count()).toBe(count);
      expect((await namedDiagrams(page)).every((d) => d.name.length > 0)).toBe(true);
      expect(reader.errors).toEqual([]);
    });

    it(`should keep a ${locale} #section link at its heading below a diagram`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      await open(page, `${docPath(locale, 'bind-mounts')}#dev-container`);
      const heading = page.locator('#dev-container');
      const diagram = shown(page).first();
      await diagram.waitFor();
      expect(
        await diagram.evaluate(
          (svg, target) => Boolean(svg.compareDocumentPosition(target!) & Node.DOCUMENT_POSITION_FOLLOWING),
          await heading.elementHandle(),
        ),
      ).toBe(true);
      await page.waitForLoadState('networkidle');
      const navbarBottom = await page.locator('.navbar').evaluate((nav) => nav.getBoundingClientRect().bottom);
      const top = () => heading.evaluate((h) => h.getBoundingClientRect().top);
      await expect.poll(top).toBeGreaterThanOrEqual(navbarBottom - 1);
      expect(await top()).toBeLessThan(navbarBottom + 40);
      expect(reader.errors).toEqual([]);
    });
  }
});
