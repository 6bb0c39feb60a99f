import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { serveStatic } from './static-server';
(async () => {
  const { default: lighthouse } = await import('lighthouse');
  for (let i = 0; i < 3; i++) for (const dir of process.argv.slice(3)) {
    const site = await serveStatic(dir);
    const port = 9333 + i;
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
    const r = await lighthouse(`${site.url}${process.argv[2]}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const a = r!.lhr.audits;
    const v = (id: string) => `${id.split('-').map((w) => w[0]).join('')}=${Math.round(a[id].numericValue!)}(${a[id].score})`;
    console.log(dir.padEnd(22), r!.lhr.categories.performance.score, ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift'].map(v).join(' '));
    await browser.close(); await site.close();
  }
})();
