import { expect } from 'vitest';
import type { ScenarioContext } from '../runner';
import { type Item, TodoClient } from './todo-client';

/** The todo app as the reader reaches it on a page: published with `-p 3000:3000`. */
class ReaderApp extends TodoClient {
  get url(): string {
    return 'http://localhost:3000';
  }
}

export const readerApp = new ReaderApp();

/** The items once the app answers: right after `docker run -d` or `compose up` it may still be starting. */
export async function itemsWhenUp(ctx: ScenarioContext): Promise<Item[]> {
  const reply = await ctx.waitForHttp(`${readerApp.url}/items`);
  return JSON.parse(reply.body) as Item[];
}

/** What the reader does in the browser: type a name and press Add. */
export async function addInBrowser(ctx: ScenarioContext, name: string): Promise<Item> {
  await ctx.waitForHttp(`${readerApp.url}/`, { bodyIncludes: '<html' });
  const reply = await readerApp.sendJson('POST', '/items', { name });
  expect(reply.status).toBe(201);
  return (await reply.json()) as Item;
}
