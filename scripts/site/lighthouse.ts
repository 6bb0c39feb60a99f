import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { freePort } from './free-port';

/** Lighthouse's default emulates a mid-range phone on a slow 4G link; its desktop preset a fast desktop. */
export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseScores {
  /** 0–100, as Lighthouse reports them (simulated throttling of the form factor asked for). */
  readonly performance: number;
  readonly accessibility: number;
}

/** Lighthouse 12 (performance and accessibility) on `url`, in the same Chromium the site tests use. */
export async function lighthouseScores(url: string, formFactor: FormFactor = 'mobile'): Promise<LighthouseScores> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const { default: lighthouse } = await import('lighthouse');
    const config =
      formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      config,
    );
    const categories = result?.lhr.categories;
    if (!categories?.performance.score || categories.accessibility.score === null) {
      throw new Error(`Lighthouse gave no scores for ${url}: ${result?.lhr.runtimeError?.message ?? 'unknown error'}`);
    }
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
    };
  } finally {
    await browser.close();
  }
}
