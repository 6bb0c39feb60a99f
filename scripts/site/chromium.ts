import { existsSync } from 'node:fs';
import { type Browser, type BrowserServer, chromium } from 'playwright-core';

/**
 * The browser scripts/site/install-browser.sh provides: Debian's Chromium, else (on Ubuntu runners) Google
 * Chrome, or Playwright's Chromium build where Google has no .deb; CHROMIUM_PATH names another. Keep the
 * list in step with that script.
 */
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  chromium.executablePath(),
];

export const CHROMIUM_PATH =
  CANDIDATES.find((file): file is string => !!file && existsSync(file)) ?? '/usr/bin/chromium';

/** No GPU, no sandbox (root in a container), and nothing that phones home while a test measures the page. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class BrowserMissingError extends Error {
  constructor(readonly executablePath: string) {
    super(`no browser at ${executablePath}: run bash scripts/site/install-browser.sh (or set CHROMIUM_PATH)`);
    this.name = 'BrowserMissingError';
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new BrowserMissingError(CHROMIUM_PATH);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/** One Chromium that several test processes connect to (`chromium.connect(server.wsEndpoint())`). */
export async function launchChromiumServer(): Promise<BrowserServer> {
  if (!existsSync(CHROMIUM_PATH)) throw new BrowserMissingError(CHROMIUM_PATH);
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}
