import { chromium } from 'playwright-core';
import { serveStatic } from './scripts/site/static-server.ts';
import { serveSlowPages } from './test/site/support/slow-page.ts';
const site0 = await serveStatic(process.argv[2]);
const site = await serveSlowPages(site0, { cutBefore: 'navbarSearchContainer' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const init = `
window.log = [];
const t = () => performance.now().toFixed(0);
new PerformanceObserver(function (list) {
  for (const entry of list.getEntries()) for (const s of entry.sources) {
    const el = s.node instanceof Element ? s.node : (s.node && s.node.parentElement);
    window.log.push(t() + ' SHIFT ' + (el && el.className) + ': ' + Math.round(s.previousRect.x) + ' ' + Math.round(s.previousRect.width) + ' -> ' + Math.round(s.currentRect.x) + ' ' + Math.round(s.currentRect.width));
  }
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver(function (list) { for (const e of list.getEntries()) window.log.push(t() + ' PAINT ' + e.name + ' at ' + e.startTime.toFixed(0)); }).observe({ type: 'paint', buffered: true });
new PerformanceObserver(function (list) { for (const e of list.getEntries()) window.log.push(t() + ' RES ' + e.name.split('/').pop() + ' ' + e.responseEnd.toFixed(0)); }).observe({ type: 'resource', buffered: true });
const frame = () => { const r = !!document.querySelector('.navbar__items--right'); window.log.push(t() + ' RAF right=' + r + ' search=' + !!document.querySelector('.navbar__search')); if (r) fetch('/__first-frame'); else requestAnimationFrame(frame); };
requestAnimationFrame(frame);
`;
for (const url of ['/docs/intro', '/']) {
  const ctx = await browser.newContext({ baseURL: site.url, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.addInitScript(init);
  await page.goto(url);
  await page.locator('input.navbar__search-input:not([readonly])').waitFor();
  await page.waitForLoadState('networkidle');
  for (const l of await page.evaluate(() => (window as any).log)) if (!/RES .*js/.test(l)) console.log(l);
  await ctx.close();
}
await browser.close(); await site.close(); await site0.close();
