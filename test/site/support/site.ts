import { existsSync } from 'node:fs';
import path from 'node:path';
import { type StaticSite, serveStatic } from '../../../scripts/site/static-server';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** The production build `npm test` makes before vitest runs (`npm run build`); SITE_DIR points at another. */
export const SITE_DIR = path.resolve(REPO_ROOT, process.env.SITE_DIR ?? 'build');

export class SiteNotBuiltError extends Error {
  constructor(readonly missing: string) {
    super(
      `the site tests need a production build of both languages, and ${missing} is missing: run npm run build first`,
    );
    this.name = 'SiteNotBuiltError';
  }
}

/** Fails clearly, before any browser starts, when the Korean or English build is missing. */
export function requireBuiltSite(): void {
  for (const file of ['index.html', 'en/index.html', 'docs/intro/index.html']) {
    const abs = path.join(SITE_DIR, file);
    if (!existsSync(abs)) throw new SiteNotBuiltError(path.relative(REPO_ROOT, abs));
  }
}

/** Serves the built site on a free local port. */
export async function serveBuiltSite(): Promise<StaticSite> {
  requireBuiltSite();
  return serveStatic(SITE_DIR);
}

/** Doc URL path of a page slug in a locale: `volumes` → `/docs/volumes` or `/en/docs/volumes`. */
export const docPath = (locale: 'ko' | 'en', slug: string): string => `${locale === 'en' ? '/en' : ''}/docs/${slug}`;
