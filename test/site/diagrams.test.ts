import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gatherPages } from '../runner/gather/pages';
import type { Locale, Page as DocPage } from '../runner/gather/types';
import { newReader, open, SCREENSHOT_DIR } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPath } from './support/site';

const session = useSiteSession();

interface Label {
  text: string;
  contrast: number;
}

/**
 * Each label of the first diagram with the contrast ratio (WCAG) of its text against what is behind it:
 * the node or cluster shape, the edge label's own box, or the page.
 */
function labelContrasts(page: Page): Promise<Label[]> {
  return page.locator('.docusaurus-mermaid-container svg').evaluateAll((svgs) => {
    const rgb = (css: string): number[] | undefined => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
      return m && (m[4] === undefined || Number(m[4]) > 0) ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
    };
    const luminance = ([r, g, b]: number[]): number => {
      const lin = (c: number): number => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: number[], b: number[]): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const pageBackground = rgb(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255];
    const labels: { text: string; contrast: number }[] = [];
    svgs.flatMap((svg) => Array.from(svg.querySelectorAll('g.node, g.cluster, g.edgeLabel'))).forEach((group) => {
      const label = group.querySelector('foreignObject span, foreignObject p, text');
      if (!label || !label.textContent?.trim()) return;
      const shape = group.matches('.edgeLabel') ? undefined : group.querySelector('rect, path, polygon, circle');
      const behind =
        (shape && rgb(getComputedStyle(shape).fill)) ??
        rgb(getComputedStyle(group.querySelector('foreignObject div') ?? label).backgroundColor) ??
        rgb(getComputedStyle(label).backgroundColor) ??
        pageBackground;
      labels.push({ text: label.textContent.trim(), contrast: ratio(rgb(getComputedStyle(label).color)!, behind) });
    });
    return labels;
  });
}

/** Pages whose source has a ```mermaid fence, per locale. */
const withDiagrams = (locale: Locale): DocPage[] => gatherPages(locale).filter((p) => p.blocks.some((b) => b.lang === 'mermaid'));

describe('mermaid diagrams', () => {
  for (const locale of ['ko', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`should render every ${locale} diagram with readable labels in ${colorScheme} mode`, async () => {
        const pages = withDiagrams(locale);
        expect(pages.length).toBeGreaterThan(0);
        await using reader = await newReader(session().browser, session().site.url, { colorScheme });
        const { page } = reader;
        const weak: string[] = [];
        for (const source of pages) {
          await open(page, docPath(locale, source.slug));
          expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
          const diagrams = page.locator('.docusaurus-mermaid-container');
          const expected = source.blocks.filter((b) => b.lang === 'mermaid').length;
          await expect.poll(() => diagrams.locator('svg').count(), { timeout: 10_000 }).toBe(expected);
          const labels = await labelContrasts(page);
          expect(labels.length, `${source.file}: diagram labels`).toBeGreaterThan(0);
          weak.push(...labels.filter((l) => l.contrast < 4.5).map((l) => `${source.file} "${l.text}": ${l.contrast.toFixed(2)}`));
          if (source.slug === 'bind-mounts') {
            await diagrams.first().scrollIntoViewIfNeeded();
            await diagrams.first().screenshot({ path: path.join(SCREENSHOT_DIR, `diagram-${locale}-${colorScheme}.png`) });
          }
        }
        expect(weak, 'labels below WCAG AA contrast (4.5:1)').toEqual([]);
        expect(reader.errors).toEqual([]);
      });
    }

    it(`should keep a ${locale} #section link at its heading when a diagram above it is drawn`, async () => {
      await using reader = await newReader(session().browser, session().site.url);
      const { page } = reader;
      await open(page, `${docPath(locale, 'bind-mounts')}#dev-container`);
      const heading = page.locator('#dev-container');
      const diagram = page.locator('.docusaurus-mermaid-container svg').first();
      await diagram.waitFor();
      // The diagram is drawn above the heading, after the browser scrolled to it.
      expect(await diagram.evaluate((svg, target) => Boolean(svg.compareDocumentPosition(target!) & Node.DOCUMENT_POSITION_FOLLOWING), await heading.elementHandle())).toBe(true);
      await page.waitForLoadState('networkidle');
      const navbarBottom = await page.locator('.navbar').evaluate((nav) => nav.getBoundingClientRect().bottom);
      const top = () => heading.evaluate((h) => h.getBoundingClientRect().top);
      await expect.poll(top).toBeGreaterThanOrEqual(navbarBottom - 1);
      expect(await top()).toBeLessThan(navbarBottom + 40);
      expect(reader.errors).toEqual([]);
    });
  }
});
