import type { Browser } from 'playwright-core';

/** Bytes of JavaScript (uncompressed) a fresh browser runs to show `url`, counted until the network is idle. */
export async function pageScriptBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        sizes.push(
          response.body().then(
            (b) => b.length,
            () => 0,
          ),
        );
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    return (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
  } finally {
    await context.close();
  }
}
