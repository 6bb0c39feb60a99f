import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../../scripts/site/chromium';
import { serveStatic } from '../../../scripts/site/static-server';
import { requireBuiltSite, SITE_DIR } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site, served once for every test file; absent when there is no build. */
    siteUrl: string | undefined;
    /** One Chromium per worker (by VITEST_POOL_ID): files side by side never share a clipboard. */
    browserEndpoints: string[];
  }
}

/**
 * Serves the build and starts the browsers once for the whole run, instead of once per file, so files can
 * run side by side. Without a build it starts nothing, and the tests that need one say so
 * (SiteNotBuiltError); the others run as usual.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('siteUrl', undefined);
  project.provide('browserEndpoints', []);
  try {
    requireBuiltSite();
  } catch {
    return async () => undefined;
  }
  const site = await serveStatic(SITE_DIR);
  const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
  const launched = await Promise.allSettled(Array.from({ length: workers }, () => launchChromiumServer()));
  const browsers = launched.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const teardown = async (): Promise<void> => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await site.close();
  };
  const failed = launched.find((result) => result.status === 'rejected');
  if (failed) {
    await teardown();
    throw failed.reason;
  }
  project.provide('siteUrl', site.url);
  project.provide(
    'browserEndpoints',
    browsers.map((browser) => browser.wsEndpoint()),
  );
  return teardown;
}
