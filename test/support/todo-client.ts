export interface Item {
  id: string;
  name: string;
  completed: boolean;
}

/** Talks to a running todo-app the way its web page does, wherever the app runs (host process or container). */
export abstract class TodoClient {
  abstract get url(): string;

  request(route: string, init: RequestInit = {}): Promise<Response> {
    return fetch(this.url + route, init);
  }

  sendJson(method: string, route: string, body: unknown): Promise<Response> {
    return this.request(route, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  async items(): Promise<Item[]> {
    const res = await this.request('/items');
    if (res.status !== 200) throw new Error(`GET /items answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Item[];
  }
}
