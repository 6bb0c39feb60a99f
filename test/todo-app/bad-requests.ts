import { expect } from 'vitest';

const JSON_TYPE = 'application/json';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export interface BadRequest {
  what: string;
  method: string;
  /** `:id` is replaced with the id of an item that exists. */
  path: string;
  contentType?: string;
  body?: string;
  status: number;
  error: RegExp;
  allow?: string;
}

const json = (value: unknown) => JSON.stringify(value);

export const badRequests: BadRequest[] = [
  {
    what: 'malformed JSON on POST',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: '{"name": "milk"',
    status: 400,
    error: /not valid JSON/,
  },
  {
    what: 'malformed JSON on PUT',
    method: 'PUT',
    path: '/items/:id',
    contentType: JSON_TYPE,
    body: "{name: 'milk'}",
    status: 400,
    error: /not valid JSON/,
  },
  {
    what: 'text/plain body on POST',
    method: 'POST',
    path: '/items',
    contentType: 'text/plain',
    body: json({ name: 'milk' }),
    status: 415,
    error: /Content-Type: application\/json/,
  },
  {
    what: 'form body on PUT',
    method: 'PUT',
    path: '/items/:id',
    contentType: 'application/x-www-form-urlencoded',
    body: 'name=milk&completed=true',
    status: 415,
    error: /Content-Type: application\/json/,
  },
  {
    what: 'POST without any body',
    method: 'POST',
    path: '/items',
    status: 415,
    error: /Content-Type: application\/json/,
  },
  {
    what: 'JSON in a charset other than UTF-8',
    method: 'POST',
    path: '/items',
    contentType: `${JSON_TYPE}; charset=latin1`,
    body: json({ name: 'milk' }),
    status: 415,
    error: /UTF-8/,
  },
  {
    what: 'empty JSON body',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: '',
    status: 400,
    error: /name is required/,
  },
  {
    what: 'missing name',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ completed: false }),
    status: 400,
    error: /name is required/,
  },
  {
    what: 'empty name',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: '' }),
    status: 400,
    error: /name must not be empty/,
  },
  {
    what: 'whitespace-only name',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: ' \t\n\u3000 ' }),
    status: 400,
    error: /name must not be empty or only spaces/,
  },
  {
    what: 'name of 256 characters',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: 'x'.repeat(256) }),
    status: 400,
    error: /at most 255 characters/,
  },
  {
    what: 'name of 256 emoji',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: '🐳'.repeat(256) }),
    status: 400,
    error: /at most 255 characters/,
  },
  {
    what: 'name that is a number',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: 123 }),
    status: 400,
    error: /name must be a string/,
  },
  {
    what: 'name that is null',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: null }),
    status: 400,
    error: /name must be a string/,
  },
  {
    what: 'name that is an object',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: { first: 'milk' } }),
    status: 400,
    error: /name must be a string/,
  },
  {
    what: 'completed: "yes" on POST',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: 'milk', completed: 'yes' }),
    status: 400,
    error: /completed must be true or false/,
  },
  {
    what: 'completed: "yes" on PUT',
    method: 'PUT',
    path: '/items/:id',
    contentType: JSON_TYPE,
    body: json({ name: 'milk', completed: 'yes' }),
    status: 400,
    error: /completed must be true or false/,
  },
  {
    what: 'completed: 1 on PUT',
    method: 'PUT',
    path: '/items/:id',
    contentType: JSON_TYPE,
    body: json({ name: 'milk', completed: 1 }),
    status: 400,
    error: /completed must be true or false/,
  },
  {
    what: 'PUT without completed',
    method: 'PUT',
    path: '/items/:id',
    contentType: JSON_TYPE,
    body: json({ name: 'milk' }),
    status: 400,
    error: /completed is required/,
  },
  {
    what: 'PUT without name',
    method: 'PUT',
    path: '/items/:id',
    contentType: JSON_TYPE,
    body: json({ completed: true }),
    status: 400,
    error: /name is required/,
  },
  {
    what: 'array body',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json([{ name: 'milk' }]),
    status: 400,
    error: /must be a JSON object/,
  },
  {
    what: 'null body',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: 'null',
    status: 400,
    error: /must be a JSON object/,
  },
  {
    what: 'string body',
    method: 'PUT',
    path: '/items/:id',
    contentType: JSON_TYPE,
    body: '"milk"',
    status: 400,
    error: /must be a JSON object/,
  },
  {
    what: 'unknown fields',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: 'milk', color: 'red', due: '2026-12-01' }),
    status: 400,
    error: /Unknown field\(s\): color, due\b/,
  },
  {
    what: 'client-chosen id',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ id: UNKNOWN_ID, name: 'milk' }),
    status: 400,
    error: /Unknown field\(s\): id\b/,
  },
  {
    what: '__proto__ field',
    method: 'PUT',
    path: '/items/:id',
    contentType: JSON_TYPE,
    body: '{"name":"milk","completed":true,"__proto__":{"admin":true}}',
    status: 400,
    error: /Unknown field\(s\): __proto__/,
  },
  {
    what: 'body over the 1 MB limit',
    method: 'POST',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: 'x'.repeat(2 * 1024 * 1024) }),
    status: 413,
    error: /larger than the 1MB limit/,
  },
  {
    what: 'GET of an unknown id',
    method: 'GET',
    path: `/items/${UNKNOWN_ID}`,
    status: 404,
    error: new RegExp(`No item with id ${UNKNOWN_ID}`),
  },
  {
    what: 'PUT of an unknown id',
    method: 'PUT',
    path: `/items/${UNKNOWN_ID}`,
    contentType: JSON_TYPE,
    body: json({ name: 'milk', completed: true }),
    status: 404,
    error: /No item with id/,
  },
  {
    what: 'DELETE of an unknown id',
    method: 'DELETE',
    path: `/items/${UNKNOWN_ID}`,
    status: 404,
    error: /No item with id/,
  },
  {
    what: 'GET of an id that is not a UUID',
    method: 'GET',
    path: '/items/42',
    status: 400,
    error: /id must be a UUID/,
  },
  {
    what: 'PUT of an id that is not a UUID',
    method: 'PUT',
    path: "/items/1'%20OR%20'1'='1",
    contentType: JSON_TYPE,
    body: json({ name: 'milk', completed: true }),
    status: 400,
    error: /id must be a UUID/,
  },
  {
    what: 'DELETE of an id that is not a UUID',
    method: 'DELETE',
    path: '/items/not-a-uuid',
    status: 400,
    error: /id must be a UUID/,
  },
  {
    what: 'id with broken percent-encoding',
    method: 'GET',
    path: '/items/%E0%A4%A',
    status: 400,
    error: /Failed to decode param/,
  },
  { what: 'unknown route', method: 'GET', path: '/todos', status: 404, error: /Not found: GET \/todos/ },
  {
    what: 'POST to the page',
    method: 'POST',
    path: '/',
    contentType: JSON_TYPE,
    body: json({ name: 'milk' }),
    status: 404,
    error: /Not found: POST \//,
  },
  {
    what: 'PATCH on /items',
    method: 'PATCH',
    path: '/items',
    contentType: JSON_TYPE,
    body: json({ name: 'milk' }),
    status: 405,
    error: /PATCH is not allowed/,
    allow: 'GET, HEAD, POST',
  },
  {
    what: 'DELETE on /items',
    method: 'DELETE',
    path: '/items',
    status: 405,
    error: /DELETE is not allowed/,
    allow: 'GET, HEAD, POST',
  },
  {
    what: 'POST on /items/:id',
    method: 'POST',
    path: '/items/:id',
    contentType: JSON_TYPE,
    body: json({ name: 'milk' }),
    status: 405,
    error: /POST is not allowed/,
    allow: 'GET, HEAD, PUT, DELETE',
  },
  {
    what: 'PATCH on /items/:id',
    method: 'PATCH',
    path: '/items/:id',
    contentType: JSON_TYPE,
    body: json({ completed: true }),
    status: 405,
    error: /PATCH is not allowed/,
    allow: 'GET, HEAD, PUT, DELETE',
  },
];

/** Sends one bad request; `:id` in its path becomes `existingId`. */
export function sendBad(baseUrl: string, bad: BadRequest, existingId: string): Promise<Response> {
  const headers: Record<string, string> = bad.contentType ? { 'content-type': bad.contentType } : {};
  return fetch(baseUrl + bad.path.replace(':id', existingId), { method: bad.method, headers, body: bad.body });
}

/** What a client sees for a rejected request: the status, and a JSON body holding only a clear `error`. */
export async function expectRejected(res: Response, bad: BadRequest): Promise<void> {
  expect(res.status).toBe(bad.status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error?: unknown };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toMatch(bad.error);
  if (bad.allow) expect(res.headers.get('allow')).toBe(bad.allow);
}
