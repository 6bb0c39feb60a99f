import { join } from 'node:path';
import express from 'express';
import { errorHandler, notFound } from './errors.js';
import { BODY_LIMIT } from './limits.js';
import { itemsRouter } from './routes/items.js';

export function createApp(db) {
  const app = express();
  app.disable('x-powered-by');

  app.use(express.static(join(import.meta.dirname, 'static')));
  // strict: false lets any JSON value through, so validate.js can say what is wrong with it.
  app.use(express.json({ limit: BODY_LIMIT, strict: false }));
  app.use('/items', itemsRouter(db));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
