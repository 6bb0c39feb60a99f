import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

export interface StaticSite {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  close(): Promise<void>;
}

// Text is sent gzip-compressed when the browser accepts it, as every static host does.
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml)|image\/svg)/;

const isFile = (file: string): boolean => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * Each file compressed once, as hosts that serve pre-compressed files do: every fresh browser profile asks for
 * the same scripts again, and compressing them anew each time cost the machine more than the pages did.
 */
function gzipped(cache: Map<string, { mtimeMs: number; body: Buffer }>, file: string): Buffer {
  const { mtimeMs } = statSync(file);
  const hit = cache.get(file);
  if (hit?.mtimeMs === mtimeMs) return hit.body;
  const body = gzipSync(readFileSync(file));
  cache.set(file, { mtimeMs, body });
  return body;
}

/** `/docs/intro` → `docs/intro/index.html` or `docs/intro.html`, as static hosts resolve a built Docusaurus site. */
function resolve(root: string, urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return undefined;
  return [base, path.join(base, 'index.html'), `${base}.html`].find(isFile);
}

/** The 404 page nearest to a missing path (`/en/docs/x` → `en/404.html`), as hosts like Cloudflare Pages find it. */
function notFoundPage(root: string, urlPath: string): string {
  const parts = path
    .normalize(decodeURIComponent(urlPath))
    .split('/')
    .filter((p) => p && p !== '..');
  for (let depth = parts.length - 1; depth > 0; depth--) {
    const candidate = path.join(root, ...parts.slice(0, depth), '404.html');
    if (isFile(candidate)) return candidate;
  }
  return path.join(root, '404.html');
}

/**
 * Serves a built site on a free port of 127.0.0.1 (a secure context, so the clipboard API exists), with the
 * nearest 404 page for anything missing and gzip for text, like the static hosts the site is meant for.
 */
export async function serveStatic(root: string): Promise<StaticSite> {
  const absRoot = path.resolve(root);
  const compressed = new Map<string, { mtimeMs: number; body: Buffer }>();
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = resolve(absRoot, urlPath);
    const status = file ? 200 : 404;
    const body = file ?? notFoundPage(absRoot, urlPath);
    const type = TYPES[path.extname(body)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, {
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    if (req.method === 'HEAD') return void res.end();
    if (gzip) {
      try {
        return void res.end(gzipped(compressed, body));
      } catch {
        return void res.end(); // Gone since it was found: the browser sees a broken response, as from any host.
      }
    }
    createReadStream(body)
      .on('error', () => res.end())
      .pipe(res);
  });
  return listenLocally(server);
}

/** Listens on a free port of 127.0.0.1 (a secure context, so the clipboard API exists); close() drops every connection. */
export async function listenLocally(server: Server): Promise<StaticSite> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
