import { waitUntil } from '../../support/wait-until';

export interface WaitForHttpOptions {
  /** Status the reply must have. */
  readonly status?: number;
  /** Text the body must contain. */
  readonly bodyIncludes?: string;
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
}

export const waitForHttpDefaults = { status: 200, timeoutMs: 30_000, intervalMs: 250 } as const;

export interface HttpReply {
  readonly status: number;
  readonly body: string;
}

/** A connection docker-proxy accepted before the app listens can stall; a short attempt moves on sooner. */
const ATTEMPT_MS = 1000;

/**
 * One request, aborted after `ms`. The abort timer is an ordinary (ref'd) timer on purpose: a stalled fetch holds
 * nothing that keeps Node's event loop alive, and `AbortSignal.timeout` does not either, so the process could exit.
 */
async function fetchOnce(url: string, ms: number): Promise<HttpReply> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no reply within ${ms} ms`)), ms);
  try {
    const response = await fetch(url, { signal: controller.signal });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    const cause = (error as Error).cause;
    throw cause instanceof Error ? cause : error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls until the URL answers as expected: a server in a fresh container needs a moment, never a fixed sleep.
 * Every attempt may take its full second, so even a short wait reports what the server last said.
 */
export function waitForHttp(url: string, options: WaitForHttpOptions = {}): Promise<HttpReply> {
  const { status, timeoutMs, intervalMs } = { ...waitForHttpDefaults, ...options };
  const body =
    options.bodyIncludes === undefined ? '' : ` and a body containing ${JSON.stringify(options.bodyIncludes)}`;
  return waitUntil(
    `${url} to answer with status ${status}${body}`,
    async () => {
      const reply = await fetchOnce(url, ATTEMPT_MS);
      const bodyOk = options.bodyIncludes === undefined || reply.body.includes(options.bodyIncludes);
      if (reply.status === status && bodyOk) return reply;
      throw new Error(`status ${reply.status}, body ${JSON.stringify(reply.body.slice(0, 300))}`);
    },
    { timeoutMs, intervalMs },
  );
}
