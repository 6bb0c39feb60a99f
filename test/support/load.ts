import autocannon from 'autocannon';

export interface LoadOptions {
  /** Concurrent clients, each with one request in flight. */
  readonly connections: number;
  readonly seconds: number;
  /** Called once the load runs, with the count of items created so far, e.g. to kill the server in the middle. */
  readonly during?: (created: () => number) => void;
}

export interface LoadResult {
  /** Items the server answered 201 for: what it promised to keep. */
  readonly created: ReadonlyArray<{ readonly id: number | string; readonly name: string }>;
  readonly statuses: Readonly<Record<string, number>>;
  /** Requests that got no answer (connection refused or reset): the server was gone. */
  readonly errors: number;
  readonly requestsPerSecond: number;
}

/**
 * Many readers adding items at once: `connections` clients POST /items with names no other request uses, for
 * `seconds`, recording every item the server said it created.
 */
export async function addItemsUnderLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  const run = Math.random().toString(36).slice(2, 8);
  let next = 0;
  const created: Array<{ id: number | string; name: string }> = [];
  const statuses: Record<string, number> = {};
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        path: '/items',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ name: `load ${run} ${next++}` }) }),
        onResponse: (status, body) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 201) created.push(JSON.parse(body) as { id: number | string; name: string });
        },
      },
    ],
  });
  options.during?.(() => created.length);
  const result = await instance;
  return { created, statuses, errors: result.errors + result.timeouts, requestsPerSecond: result.requests.average };
}
