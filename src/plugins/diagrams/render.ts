import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/site/chromium';

const require = createRequire(__filename);

/** The two color modes of the site, each drawn with its own mermaid theme. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** What a diagram shows, for the text screen readers get. */
export interface Outline {
  readonly type: string;
  readonly accTitle: string;
  readonly accDescr: string;
  readonly groups: readonly { title: string; items: string[] }[];
  readonly links: readonly { from: string; to: string; label: string; directed: boolean }[];
  readonly labels: readonly string[];
}

export interface Drawn {
  readonly svgs: Readonly<Record<Theme, string>>;
  /** The diagram's own size in CSS pixels (its viewBox); it scales down to the column's width. */
  readonly width: number;
  readonly height: number;
  readonly outline: Outline;
}

// Labels as SVG text, not HTML: the page's own styles (line height, word breaking) would reflow HTML labels
// inside boxes that were sized in the build's browser.
const COMMON = { startOnLoad: false, htmlLabels: false, flowchart: { htmlLabels: false } };
export const MERMAID_CONFIG: Readonly<Record<Theme, object>> = {
  light: { ...COMMON, theme: 'neutral' },
  // The dark theme's grey edge labels miss WCAG AA contrast (4.4:1) on its label boxes.
  dark: { ...COMMON, theme: 'dark', themeCSS: '.edgeLabel text, .edgeLabel tspan { fill: #e3e3e3; }' },
};

export const mermaidVersion = (): string => (require('mermaid/package.json') as { version: string }).version;

const IDLE_MS = 20_000;

export class NoBrowserError extends Error {
  constructor(readonly executablePath: string) {
    super(`no Chromium at ${executablePath}`);
    this.name = 'NoBrowserError';
  }
}

/** One Chromium page with mermaid loaded, drawing diagrams one after another. */
export class DiagramRenderer {
  private page: Promise<Page> | undefined;
  private browser: Browser | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private idle: NodeJS.Timeout | undefined;

  private open(): Promise<Page> {
    this.page ??= (async () => {
      // CHROMIUM_PATH, when set, is the only browser to use: a path that does not exist means there is none.
      const executablePath = process.env.CHROMIUM_PATH || CHROMIUM_PATH;
      if (!existsSync(executablePath)) throw new NoBrowserError(executablePath);
      const { chromium } = await import('playwright-core');
      this.browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
      const page = await this.browser.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
      await page.addScriptTag({ path: path.join(__dirname, 'in-page.js') });
      return page;
    })();
    return this.page;
  }

  /** Draws `source` in both themes; `id` prefixes every id inside the SVGs, so several fit on one page. */
  draw(source: string, id: string): Promise<Drawn> {
    const next = this.queue.then(async () => {
      const page = await this.open();
      // A string, not a function: the build's TypeScript loader may add helpers the page does not have.
      return page.evaluate<Drawn>(`window.renderDiagram(${JSON.stringify({ source, id, themes: MERMAID_CONFIG })})`);
    });
    clearTimeout(this.idle);
    const settled: Promise<void> = next.then(
      () => this.closeWhenIdle(settled),
      () => this.closeWhenIdle(settled),
    );
    this.queue = settled;
    return next;
  }

  /** `docusaurus start` has no end to close the browser at: it goes once no page has asked for a while. */
  private closeWhenIdle(last: Promise<void>): void {
    if (this.queue === last) this.idle = setTimeout(() => void this.close(), IDLE_MS).unref();
  }

  async close(): Promise<void> {
    clearTimeout(this.idle);
    const browser = this.browser;
    this.page = undefined;
    this.browser = undefined;
    await browser?.close();
  }
}
