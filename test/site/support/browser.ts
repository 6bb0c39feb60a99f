import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/site/chromium';
import { REPO_ROOT } from './site';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results/screenshots');

export interface Reader extends AsyncDisposable {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far, as text. */
  readonly errors: string[];
}

export type { Browser };
export { launchChromium };

/**
 * A fresh browser profile (empty localStorage) at a desktop size, allowed to use the clipboard, that
 * records every console error and uncaught exception its pages produce. `await using` closes it.
 */
export async function newReader(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<Reader> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.page()?.url() ?? '?'}: console.error ${message.text()}`);
  });
  context.on('weberror', (error) => errors.push(`${error.page()?.url() ?? '?'}: ${error.error().message}`));
  const page = await context.newPage();
  return { context, page, errors, [Symbol.asyncDispose]: () => context.close() };
}

/** Opens a path and waits until React has hydrated it (Docusaurus marks `<html data-has-hydrated>`). */
export async function open(page: Page, urlPath: string): Promise<void> {
  await page.goto(urlPath);
  await hydrated(page);
}

export const hydrated = (page: Page): Promise<unknown> =>
  page.locator('html[data-has-hydrated=true]').waitFor({ state: 'attached' });

/**
 * Runs `visit` for each item in pages of the reader's context, a few at a time: pages that only look (no
 * clipboard, no shared storage) need not wait for each other. Resolves in the items' order.
 */
export async function visitEach<T, R>(
  reader: Reader,
  items: readonly T[],
  visit: (page: Page, item: T) => Promise<R>,
  concurrency = 3,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    const page = await reader.context.newPage();
    try {
      for (let i = next++; i < items.length; i = next++) results[i] = await visit(page, items[i]);
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** Saves a screenshot as a test artifact (test-results/ is git-ignored). */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** What the page last put on the clipboard. */
export const readClipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

/** Every shell code block of the page, in page order (hidden tab variants included). */
export const shellBlocks = (page: Page) =>
  page.locator('article div.theme-code-block:is(.language-bash, .language-sh, .language-shell, .language-console)');

/** Clicks a block's copy button, as a reader does (it shows on hover), and returns what it copied. */
export async function copyBlock(page: Page, block: Locator): Promise<string> {
  await block.hover();
  await block.getByRole('button', { name: /클립보드에 코드 복사|Copy code to clipboard/ }).click();
  return readClipboard(page);
}
