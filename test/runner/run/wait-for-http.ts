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
async function fetchOnce(url: string, ms: number): Promise<{ response: Response; body: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no reply within ${ms} ms`)), ms);
  try {
    const response = await fetch(url, { signal: controller.signal });
    return { response, body: await response.text() };
  } finally {
    clearTimeout(timer);
  }
}

/** Polls until the URL answers as expected: a server in a fresh container needs a moment, never a fixed sleep. */
export async function waitForHttp(url: string, options: WaitForHttpOptions = {}): Promise<HttpReply> {
  const { status, timeoutMs, intervalMs } = { ...waitForHttpDefaults, ...options };
  const deadline = Date.now() + timeoutMs;
  let last = 'no reply yet';
  for (;;) {
    try {
      const { response, body } = await fetchOnce(url, Math.max(250, Math.min(ATTEMPT_MS, deadline - Date.now())));
      const bodyOk = options.bodyIncludes === undefined || body.includes(options.bodyIncludes);
      if (response.status === status && bodyOk) return { status: response.status, body };
      last = `status ${response.status}, body ${JSON.stringify(body.slice(0, 300))}`;
    } catch (error) {
      last = (error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message;
    }
    if (Date.now() >= deadline) {
      const body = options.bodyIncludes === undefined ? '' : ` and a body containing ${JSON.stringify(options.bodyIncludes)}`;
      const wanted = `status ${status}${body}`;
      throw new Error(`${url} did not answer with ${wanted} within ${timeoutMs} ms; last: ${last}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
