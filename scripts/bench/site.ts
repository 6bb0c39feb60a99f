import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bareClassicSite } from '../site/bare-template';
import { buildSite } from '../site/build-site';
import { launchChromium } from '../site/chromium';
import { type FormFactor, type LighthouseScores, lighthouseScores } from '../site/lighthouse';
import { pageScriptBytes } from '../site/page-weight';
import { serveStatic } from '../site/static-server';
import { type Figure, median } from './measure';

const ROOT = path.resolve(__dirname, '../..');
/** The page both sites have: the classic template's first doc, and this tutorial's. */
const DOC_PAGE = '/docs/intro';
const LIGHTHOUSE_PAGES = { ko: '/docs/intro', en: '/en/docs/intro' } as const;
// Lighthouse's performance score swings with the machine's load; the median of a few runs is steadier.
const LIGHTHOUSE_RUNS = 5;

const kB = (bytes: number): string => `${Math.round(bytes / 1000)} kB`;

async function scriptBytes(buildDir: string, urlPath: string): Promise<number> {
  const site = await serveStatic(buildDir);
  const browser = await launchChromium();
  try {
    return await pageScriptBytes(browser, `${site.url}${urlPath}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

/** Median Lighthouse scores of one page of a built site, over LIGHTHOUSE_RUNS runs. */
async function medianScores(buildDir: string, urlPath: string, formFactor: FormFactor): Promise<LighthouseScores> {
  const site = await serveStatic(buildDir);
  try {
    const runs: LighthouseScores[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseScores(`${site.url}${urlPath}`, formFactor));
    return {
      performance: median(runs.map((r) => r.performance)),
      accessibility: median(runs.map((r) => r.accessibility)),
    };
  } finally {
    await site.close();
  }
}

/**
 * Lighthouse on a Korean and an English page, as a phone (Lighthouse's default) and as a desktop. The classic
 * template's page is scored in the same run, so a busy machine (performance moves with CPU load) shows up as
 * a low baseline rather than as a regression.
 */
async function lighthouseFigures(buildDir: string, bareDir: string, formFactor: FormFactor): Promise<Figure[]> {
  const baseline = await medianScores(bareDir, DOC_PAGE, formFactor);
  const figures: Figure[] = [];
  for (const [locale, urlPath] of Object.entries(LIGHTHOUSE_PAGES)) {
    const scores = await medianScores(buildDir, urlPath, formFactor);
    for (const category of ['performance', 'accessibility'] as const) {
      const note = `Lighthouse 12.2.3 (${formFactor}), ${urlPath}, median of ${LIGHTHOUSE_RUNS}; classic template ${DOC_PAGE}: ${baseline[category]}`;
      const name =
        formFactor === 'mobile' ? `lighthouse_${category}_${locale}` : `lighthouse_${formFactor}_${category}_${locale}`;
      figures.push({ name, value: scores[category], unit: 'score', op: '>=', goal: 95, note });
    }
  }
  return figures;
}

/**
 * The site's weight and speed: a production build of both languages, the JavaScript one doc page runs
 * compared with the same page of an untouched classic template built in the same run, and Lighthouse.
 */
export async function measureSite(): Promise<Figure[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'docker101-bench-site-'));
  try {
    const ours = path.join(work, 'site');
    const seconds = buildSite(ROOT, ours);
    const bare = bareClassicSite(work);
    const bareOut = path.join(work, 'classic-build');
    buildSite(bare, bareOut);

    const [ourBytes, bareBytes] = [await scriptBytes(ours, DOC_PAGE), await scriptBytes(bareOut, DOC_PAGE)];
    return [
      {
        name: 'site_build',
        value: seconds,
        unit: 's',
        op: '<=',
        goal: 30,
        note: 'docusaurus build, ko + en, no persistent bundler cache',
      },
      {
        name: 'page_js_ratio',
        value: ourBytes / bareBytes,
        unit: 'x',
        op: '<=',
        goal: 1.25,
        note: `${DOC_PAGE}: ${kB(ourBytes)} of JavaScript vs ${kB(bareBytes)} on the classic template's (uncompressed)`,
      },
      ...(await lighthouseFigures(ours, bareOut, 'mobile')),
      ...(await lighthouseFigures(ours, bareOut, 'desktop')),
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
