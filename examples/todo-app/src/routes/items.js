import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { HttpError, methodNotAllowed } from '../errors.js';
import { readId, readItem } from '../validate.js';

export function itemsRouter(db) {
  const router = Router();

  router
    .route('/')
    .get(async (req, res) => {
      res.json(await db.getItems());
    })
    .post(async (req, res) => {
      const item = { id: randomUUID(), ...readItem(req, { requireCompleted: false }) };
      await db.storeItem(item);
      res.status(201).json(item);
    })
    .all(methodNotAllowed('GET, HEAD, POST'));

  router
    .route('/:id')
    .get(async (req, res) => {
      const id = readId(req);
      const item = await db.getItem(id);
      if (!item) {
        throw noItem(id);
      }
      res.json(item);
    })
    .put(async (req, res) => {
      const id = readId(req);
      const item = { id, ...readItem(req, { requireCompleted: true }) };
      if (!(await db.updateItem(id, item))) {
        throw noItem(id);
      }
      res.json(item);
    })
    .delete(async (req, res) => {
      const id = readId(req);
      if (!(await db.removeItem(id))) {
        throw noItem(id);
      }
      res.status(204).end();
    })
    .all(methodNotAllowed('GET, HEAD, PUT, DELETE'));

  return router;
}

function noItem(id) {
  return new HttpError(404, `No item with id ${id}`);
}
