import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { usePluginData } from '@docusaurus/useGlobalData';
import {
  type DocsRunGlobalData,
  type DocsRunStamp,
  type PageRun,
  PLUGIN_NAME,
} from '@site/src/plugins/docs-run-report/types';

export interface DocsRun {
  readonly stamp: DocsRunStamp;
  readonly page: PageRun;
}

/** The current doc page's verified run, or undefined when the build had no passing report for it. */
export function useDocsRun(): DocsRun | undefined {
  const data = usePluginData(PLUGIN_NAME) as DocsRunGlobalData | undefined;
  const { metadata } = useDoc();
  const stamp = data?.stamp;
  const page = stamp?.pages[metadata.source.replace(/^@site\//, '')];
  return stamp && page ? { stamp, page } : undefined;
}

/** `26.1.5+dfsg1` → `26.1.5`: the upstream version a reader compares with their own `docker version`. */
export const upstreamVersion = (version: string): string => version.replace(/[+~-].*$/, '');

/** The day of the run, as the ISO date `2026-11-28` (UTC). */
export const runDay = (date: string): string => date.slice(0, 10);
