import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { readExamples } from '../../contract/front-matter';
import { EXAMPLES_DIR, LOCALE_DIRS, REPORT_FILE, slugOfPage } from '../../contract/paths';
import { digestOf, filesUnder } from '../../contract/run-sources';
import { type PageSources, stampFromReport } from './stamp';
import { type DocsRunGlobalData, PLUGIN_NAME } from './types';

/** Published next to the pages, so anyone (and the site tests) can see what the stamps rest on. */
export const STAMP_FILE = 'docs-run.json';

function readReportFile(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null; // Present but unreadable: no stamp.
  }
}

/** The Korean page an English page mirrors: the English blocks count as ran because the Korean ones did. */
function koreanSource(siteDir: string, file: string): string[] {
  if (!file.startsWith(`${LOCALE_DIRS.en}/`)) return [];
  const slug = slugOfPage(file, siteDir);
  return [`${LOCALE_DIRS.ko}/${slug}.md`, `${LOCALE_DIRS.ko}/${slug}.mdx`]
    .filter((f) => existsSync(path.join(siteDir, f)))
    .slice(0, 1);
}

/**
 * Reads reports/docs-run.json at build time and exposes, through global data, which pages may show the
 * "verified" stamp and which of their blocks ran and outputs were verified. `npm test` runs the pages before it
 * builds the site, so its build shows that run, and any later build the last passing run, only for pages whose
 * files still hold what ran.
 */
export default function docsRunReport(context: LoadContext): Plugin {
  const { siteDir } = context;
  let data: DocsRunGlobalData = { stamp: null };
  return {
    name: PLUGIN_NAME,
    getPathsToWatch: () => [path.join(siteDir, REPORT_FILE)],
    async allContentLoaded({ allContent, actions }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const pages: PageSources[] = (docs?.loadedVersions ?? []).flatMap((version) =>
        version.docs.map((doc) => {
          const file = doc.source.replace(/^@site\//, '');
          const { examples } = readExamples(doc.frontMatter);
          const files = examples.flatMap((name) => filesUnder(siteDir, `${EXAMPLES_DIR}/${name}`));
          return { file, dependsOn: [file, ...koreanSource(siteDir, file), ...files] };
        }),
      );
      const result = stampFromReport({
        report: readReportFile(path.join(siteDir, REPORT_FILE)),
        locale: context.i18n.currentLocale,
        pages,
        digest: (file) => digestOf(siteDir, file),
      });
      const stamped = Object.keys(result.stamp?.pages ?? {}).length;
      const summary = result.stamp
        ? `${stamped} of ${pages.length} pages stamped from the doc run of ${result.stamp.date}`
        : 'no stamps';
      console.info(`[${PLUGIN_NAME}] ${context.i18n.currentLocale}: ${[summary, ...result.notes].join('\n  ')}`);
      data = { stamp: result.stamp };
      actions.setGlobalData(data);
    },
    async postBuild({ outDir }) {
      writeFileSync(path.join(outDir, STAMP_FILE), `${JSON.stringify(data, null, 2)}\n`);
    },
  };
}
