/**
 * Polls `check` until it returns a value other than undefined, for what the reader waits for by eye (a
 * container turning healthy, a line in the logs); never a fixed sleep. Rejects with the last attempt's state.
 */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | undefined>,
  { timeoutMs = 30_000, intervalMs = 250 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = 'not checked yet';
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
      last = 'condition not met';
    } catch (error) {
      last = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}; last: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
