import { afterAll, beforeAll } from 'vitest';
import type { StaticSite } from '../../../scripts/site/static-server';
import { launchChromium, type Browser } from './browser';
import { serveBuiltSite } from './site';

export interface SiteSession {
  readonly site: StaticSite;
  readonly browser: Browser;
}

/**
 * Serves the built site and starts one Chromium for the test file; both stop after it, also when a test
 * fails. Read the session inside tests (it exists once beforeAll has run).
 */
export function useSiteSession(): () => SiteSession {
  let session: SiteSession | undefined;
  beforeAll(async () => {
    const site = await serveBuiltSite();
    try {
      session = { site, browser: await launchChromium() };
    } catch (error) {
      await site.close();
      throw error;
    }
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
