import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    /** Layout shifts seen since the page started loading, as "element: before -> after". */
    layoutShifts?: string[];
  }
}

/** Records every layout shift from before any page script runs, so shifts while a page hydrates count too. */
export async function watchLayoutShifts(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    window.layoutShifts = [];
    const rect = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      }[]) {
        for (const source of entry.sources) {
          const element = source.node instanceof Element ? source.node : source.node?.parentElement;
          window.layoutShifts?.push(
            `${element?.className ?? '(gone)'}: ${rect(source.previousRect)} -> ${rect(source.currentRect)}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts the page has seen so far. */
export const layoutShifts = (page: Page): Promise<string[] | undefined> => page.evaluate(() => window.layoutShifts);
