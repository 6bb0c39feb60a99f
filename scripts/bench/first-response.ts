/** A connection docker-proxy accepts before the app listens can stall for good: each attempt gets this long. */
const ATTEMPT_MS = 150;

/**
 * Polls `url` until it answers 200 and returns seconds since `since` (a performance.now() reading). Unlike
 * measure.ts's firstOk, every attempt is aborted after ATTEMPT_MS, so one stalled connection cannot eat the
 * whole wait. The abort timer is ref'd on purpose: a pending fetch alone does not keep Node running.
 */
export async function firstResponse(url: string, since: number, timeoutMs = 30_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  let last = 'no attempt yet';
  while (performance.now() < deadline) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ATTEMPT_MS);
    try {
      const reply = await fetch(url, { signal: controller.signal });
      await reply.arrayBuffer();
      if (reply.ok) return (performance.now() - since) / 1000;
      last = `status ${reply.status}`;
    } catch (error) {
      last = (error as Error).message;
    } finally {
      clearTimeout(timer);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${last})`);
}
