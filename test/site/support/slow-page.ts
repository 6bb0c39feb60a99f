import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenLocally, type StaticSite } from '../../../scripts/site/static-server';

/** The request the page sends from the first animation frame that has the first part's navbar, just before it paints. */
export const FIRST_FRAME_BEACON = '/__first-frame';

/** How long the rest of a page keeps the browser waiting when nothing was painted: a slow network's pause. */
const PAUSE_MS = 1000;

export interface SlowPageOptions {
  /** The page's HTML is cut right before the element whose opening tag first contains this text. */
  readonly cutBefore: string;
}

/**
 * Serves a built site as a slow network delivers it: each HTML page arrives in two parts, cut inside the
 * navbar. The second part follows once the stylesheets are in and the browser has had its chance to paint
 * the first part (its first animation frame, or a pause when it holds the paint back). A busy machine parses
 * slowly and paints half-built pages the same way, but only now and then; this makes it happen every time.
 */
export async function serveSlowPages(site: StaticSite, { cutBefore }: SlowPageOptions): Promise<StaticSite> {
  // Settled by the next stylesheet served and by the page's first-frame beacon.
  let cssServed: (() => void) | undefined;
  let firstFrame: (() => void) | undefined;
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

  const passThrough = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const upstream = await fetch(`${site.url}${req.url ?? '/'}`);
    const body = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
    });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (urlPath === FIRST_FRAME_BEACON) {
      firstFrame?.();
      return void res.writeHead(204).end();
    }
    if (urlPath.endsWith('.css')) {
      return void passThrough(req, res).then(
        () => cssServed?.(),
        () => res.destroy(),
      );
    }
    const isPage = !/\.[a-z0-9]+$/i.test(urlPath) || urlPath.endsWith('.html');
    if (!isPage) return void passThrough(req, res).catch(() => res.destroy());
    void (async () => {
      const upstream = await fetch(`${site.url}${req.url ?? '/'}`);
      const html = await upstream.text();
      const cut = html.lastIndexOf('<', html.indexOf(cutBefore));
      if (html.indexOf(cutBefore) < 0) throw new Error(`${urlPath} does not contain ${JSON.stringify(cutBefore)}`);
      const css = new Promise<void>((resolve) => (cssServed = resolve));
      const painted = new Promise<void>((resolve) => (firstFrame = resolve));
      res.writeHead(upstream.status, { 'content-type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, cut));
      // Nothing paints before the stylesheet: once it is in, the first part alone can be painted.
      await Promise.race([css, pause()]);
      await Promise.race([painted, pause()]);
      res.end(html.slice(cut));
    })().catch(() => res.destroy());
  });
  return listenLocally(server);
}
