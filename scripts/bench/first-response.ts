import { waitUntil } from '../../test/support/wait-until';

/** A connection docker-proxy accepts before the app listens can stall for good: each attempt gets this long. */
const ATTEMPT_MS = 150;

/** One request, aborted after ATTEMPT_MS; the abort timer is ref'd on purpose: a pending fetch alone does not keep Node running. */
async function attempt(url: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ATTEMPT_MS);
  try {
    const reply = await fetch(url, { signal: controller.signal });
    await reply.arrayBuffer();
    if (!reply.ok) throw new Error(`status ${reply.status}`);
    return reply.status;
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `url` every 20 ms until it answers 200 and returns seconds since `since` (a performance.now() reading). */
export async function firstResponse(url: string, since: number, timeoutMs = 30_000): Promise<number> {
  await waitUntil(`${url} to answer 200`, () => attempt(url), { timeoutMs, intervalMs: 20 });
  return (performance.now() - since) / 1000;
}
