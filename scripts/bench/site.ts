import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bareClassicSite } from '../site/bare-template';
import { buildSite } from '../site/build-site';
import { launchChromium } from '../site/chromium';
import { type FormFactor, type LighthouseScores, lighthouseScores } from '../site/lighthouse';
import { pageScriptBytes } from '../site/page-weight';
import { type StaticSite, serveStatic } from '../site/static-server';
import { type Figure, median } from './measure';
import type { Measured } from './report';
import { measureSiteTests } from './site-tests';

const ROOT = path.resolve(__dirname, '../..');
/** The classic template's first doc: the page every figure here is compared with. */
const TEMPLATE_PAGE = '/docs/intro';
/** A page of plain text and commands, and one with diagrams, of this tutorial. */
const PAGES = { plain: '/docs/intro', diagrams: '/docs/volumes' } as const;
const LIGHTHOUSE_PAGES = { ko: '/docs/intro', en: '/en/docs/intro' } as const;
// Lighthouse's performance score moves with the machine's load: runs of ours and the template's take turns, so
// a busy spell weighs on both, and the medians of the turns are compared.
const ROUNDS = 5;

const kB = (bytes: number): string => `${Math.round(bytes / 1000)} kB`;

async function scriptBytes(site: StaticSite, urlPath: string): Promise<number> {
  const browser = await launchChromium();
  try {
    return await pageScriptBytes(browser, `${site.url}${urlPath}`);
  } finally {
    await browser.close();
  }
}

interface Turns {
  readonly ours: LighthouseScores;
  readonly template: LighthouseScores;
}

/** Medians of ROUNDS Lighthouse runs of our page and the template's page, taking turns (ours first). */
async function alternating(ours: string, template: string, formFactor: FormFactor): Promise<Turns> {
  const runs: { ours: LighthouseScores[]; template: LighthouseScores[] } = { ours: [], template: [] };
  for (let i = 0; i < ROUNDS; i++) {
    runs.ours.push(await lighthouseScores(ours, formFactor));
    runs.template.push(await lighthouseScores(template, formFactor));
  }
  const medians = (scores: LighthouseScores[]): LighthouseScores => ({
    performance: median(scores.map((s) => s.performance)),
    accessibility: median(scores.map((s) => s.accessibility)),
  });
  return { ours: medians(runs.ours), template: medians(runs.template) };
}

/**
 * Lighthouse on a Korean and an English page, as a phone (Lighthouse's default) and as a desktop, each taking
 * turns with the untouched classic template's doc page: the phone's performance is given as a ratio to the
 * template's, next to the scores themselves.
 */
async function lighthouseFigures(ours: StaticSite, template: StaticSite, formFactor: FormFactor): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [locale, urlPath] of Object.entries(LIGHTHOUSE_PAGES)) {
    const turns = await alternating(`${ours.url}${urlPath}`, `${template.url}${TEMPLATE_PAGE}`, formFactor);
    const prefix = formFactor === 'mobile' ? 'lighthouse' : `lighthouse_${formFactor}`;
    const runs = `Lighthouse 12.2.3 (${formFactor}), ${urlPath}, medians of ${ROUNDS} turns with the classic template's ${TEMPLATE_PAGE}`;
    if (formFactor === 'mobile') {
      figures.push({
        name: `lighthouse_mobile_perf_ratio_${locale}`,
        value: turns.ours.performance / turns.template.performance,
        unit: 'x',
        op: '>=',
        goal: 1,
        note: `${runs}: ${turns.ours.performance} vs ${turns.template.performance}`,
      });
    }
    for (const category of ['performance', 'accessibility'] as const) {
      const note = `${runs}; template: ${turns.template[category]}`;
      figures.push({
        name: `${prefix}_${category}_${locale}`,
        value: turns.ours[category],
        unit: 'score',
        op: '>=',
        goal: 95,
        note,
      });
    }
  }
  return figures;
}

/**
 * The site's weight and speed: a production build of both languages; the JavaScript a plain doc page and a
 * page with diagrams run, against the doc page of an untouched classic template built in the same run;
 * Lighthouse, taking turns with that template; and the site tests on the build.
 */
export async function measureSite(): Promise<Measured> {
  const work = mkdtempSync(path.join(tmpdir(), 'docker101-bench-site-'));
  const served: StaticSite[] = [];
  try {
    const oursDir = path.join(work, 'site');
    const seconds = buildSite(ROOT, oursDir);
    const bareOut = path.join(work, 'classic-build');
    buildSite(bareClassicSite(work), bareOut);
    const [ours, template] = [await serveStatic(oursDir), await serveStatic(bareOut)];
    served.push(ours, template);

    const templateBytes = await scriptBytes(template, TEMPLATE_PAGE);
    const weights: Figure[] = [];
    for (const [kind, urlPath] of Object.entries(PAGES)) {
      const bytes = await scriptBytes(ours, urlPath);
      weights.push({
        name: kind === 'plain' ? 'page_js_ratio' : `page_js_ratio_${kind}`,
        value: bytes / templateBytes,
        unit: 'x',
        op: '<=',
        goal: 1.1,
        note: `${urlPath}: ${kB(bytes)} of JavaScript vs ${kB(templateBytes)} on the classic template's ${TEMPLATE_PAGE} (uncompressed)`,
      });
    }
    const tests = await measureSiteTests(oursDir);
    return {
      figures: [
        {
          name: 'site_build',
          value: seconds,
          unit: 's',
          op: '<=',
          goal: 30,
          note: 'docusaurus build, ko + en, no persistent bundler cache',
        },
        ...weights,
        ...(await lighthouseFigures(ours, template, 'mobile')),
        ...(await lighthouseFigures(ours, template, 'desktop')),
        ...tests.figures,
      ],
      problems: tests.problems,
    };
  } finally {
    await Promise.all(served.map((site) => site.close()));
    rmSync(work, { recursive: true, force: true });
  }
}
