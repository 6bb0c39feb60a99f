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

/** Polls until the URL answers as expected: a server in a fresh container needs a moment, never a fixed sleep. */
export async function waitForHttp(url: string, options: WaitForHttpOptions = {}): Promise<HttpReply> {
  const { status, timeoutMs, intervalMs } = { ...waitForHttpDefaults, ...options };
  const deadline = Date.now() + timeoutMs;
  let last = 'no reply yet';
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(1000, Math.min(5000, deadline - Date.now()))) });
      const body = await response.text();
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
