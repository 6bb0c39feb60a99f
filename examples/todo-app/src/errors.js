import { BODY_LIMIT } from './limits.js';

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function notFound(req, res) {
  res.status(404).json({ error: `Not found: ${req.method} ${req.path}` });
}

export function methodNotAllowed(allowed) {
  return (req, res) => {
    res
      .set('Allow', allowed)
      .status(405)
      .json({ error: `Method ${req.method} is not allowed here. Allowed: ${allowed}` });
  };
}

// Errors thrown by express.json() carry a `type`; turn them into messages for the client.
const bodyParserErrors = {
  'entity.parse.failed': [400, 'Request body is not valid JSON'],
  'entity.too.large': [413, `Request body is larger than the ${BODY_LIMIT.toUpperCase()} limit`],
  'charset.unsupported': [415, 'Request body must be encoded as UTF-8'],
  'encoding.unsupported': [415, 'Unsupported Content-Encoding'],
};

export function errorHandler(err, req, res, next) {
  if (res.headersSent) {
    return next(err);
  }
  if (err instanceof HttpError) {
    return res.status(err.status).json({ error: err.message });
  }
  if (bodyParserErrors[err.type]) {
    const [status, message] = bodyParserErrors[err.type];
    return res.status(status).json({ error: message });
  }
  if (err.status >= 400 && err.status < 500) {
    return res.status(err.status).json({ error: err.message });
  }
  console.error(err);
  res.status(500).json({ error: 'Internal server error' });
}
