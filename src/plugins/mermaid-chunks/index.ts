import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** The package's folder as Node would find it from `fromDir`, or undefined when it is not installed. */
function packageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** `name` and every package it depends on, transitively, as installed under `siteDir`. */
export function dependencyClosure(name: string, siteDir: string): Set<string> {
  const seen = new Set<string>();
  const visit = (pkg: string, fromDir: string): void => {
    if (seen.has(pkg)) return;
    const dir = packageDir(pkg, fromDir);
    if (!dir) return;
    seen.add(pkg);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir);
  };
  visit(name, siteDir);
  return seen;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Keeps mermaid and its dependencies out of Docusaurus's `common` chunk. That chunk takes any module used by
 * half the chunks, and mermaid's many lazily loaded diagram chunks qualify, so every page downloaded ~650 kB
 * of diagram parser it never ran. Here they go into chunks of their own, loaded only where a diagram renders.
 */
export default function mermaidChunks(context: LoadContext): Plugin {
  const packages = [...dependencyClosure('mermaid', context.siteDir)];
  const test = new RegExp(`[\\\\/]node_modules[\\\\/](?:${packages.map(escape).join('|')})[\\\\/]`);
  return {
    name: 'mermaid-chunks',
    configureWebpack(_config, isServer) {
      if (isServer || packages.length === 0) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              // Above `common` (40), below `styles` (50).
              mermaid: { test, chunks: 'async', priority: 45, reuseExistingChunk: true },
            },
          },
        },
      };
    },
  };
}
