import { chromium } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { StaticSite } from '../../../scripts/site/static-server';
import { type Browser, launchChromium } from './browser';
import { serveBuiltSite } from './site';

export interface SiteSession {
  readonly site: StaticSite;
  readonly browser: Browser;
}

/** The site and this worker's browser that test/site/vitest.config.mts started for the run, or ones of this file's own. */
async function openSession(): Promise<SiteSession> {
  const [url, endpoints] = [inject('siteUrl'), inject('browserEndpoints') ?? []];
  const endpoint = endpoints[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % Math.max(1, endpoints.length)];
  if (url && endpoint)
    return { site: { url, close: async () => undefined }, browser: await chromium.connect(endpoint) };
  // Run without the site config's global setup (e.g. from the repository's root config).
  const site = await serveBuiltSite();
  try {
    return { site, browser: await launchChromium() };
  } catch (error) {
    await site.close();
    throw error;
  }
}

/**
 * The built site and a browser for the test file, closed (or let go of) after it, also when a test fails.
 * Read the session inside tests (it exists once beforeAll has run).
 */
export function useSiteSession(): () => SiteSession {
  let session: SiteSession | undefined;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.browser.close();
    await session?.site.close();
  });
  return () => {
    if (!session) throw new Error('the site session has not started (see the beforeAll error above)');
    return session;
  };
}
