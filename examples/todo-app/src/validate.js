import { HttpError } from './errors.js';
import { MAX_NAME_LENGTH } from './limits.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = ['name', 'completed'];

export function readId(req) {
  const { id } = req.params;
  if (!UUID.test(id)) {
    throw new HttpError(400, 'Item id must be a UUID, like 0b6c5a4e-1f2d-4c3b-9a8e-7d6f5e4c3b2a');
  }
  return id.toLowerCase();
}

// POST may leave out `completed` (it starts as false); PUT replaces the whole item, so it needs both fields.
export function readItem(req, { requireCompleted }) {
  if (!req.is('application/json')) {
    throw new HttpError(415, 'Send the item as JSON with the header Content-Type: application/json');
  }
  const body = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'Request body must be a JSON object, like {"name": "Buy milk"}');
  }
  const unknown = Object.keys(body).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) {
    throw new HttpError(400, `Unknown field(s): ${unknown.join(', ')}. Allowed fields: ${FIELDS.join(', ')}`);
  }

  const { name, completed } = body;
  if (name === undefined) {
    throw new HttpError(400, 'name is required');
  }
  if (typeof name !== 'string') {
    throw new HttpError(400, 'name must be a string');
  }
  if (name.trim() === '') {
    throw new HttpError(400, 'name must not be empty or only spaces');
  }
  if ([...name].length > MAX_NAME_LENGTH) {
    throw new HttpError(400, `name must be at most ${MAX_NAME_LENGTH} characters`);
  }
  if (completed === undefined && requireCompleted) {
    throw new HttpError(400, 'completed is required');
  }
  if (completed !== undefined && typeof completed !== 'boolean') {
    throw new HttpError(400, 'completed must be true or false');
  }
  return { name, completed: completed ?? false };
}
