import path from 'node:path';
import { expect, it } from 'vitest';
import { inspectImage } from '../../scripts/images/docker';
import { ensureImages } from '../../scripts/images/ensure';
import { findImages } from '../../scripts/images/find-images';
import { loadRecipes } from '../../scripts/images/recipes';

const SIMPLE = path.join(import.meta.dirname, 'fixtures/simple');

it('should reuse images that exist, without building or pulling them again', async () => {
  const { needs } = await findImages(SIMPLE);
  const recipes = await loadRecipes();
  // A fresh engine builds here; an engine that already has the image only checks it.
  await ensureImages(needs, { recipes, log: () => {} });
  const before = await inspectImage('node:24-trixie-slim');

  // The second time, a recipe that builds is a failure: what exists must be used as it is.
  const refusing = new Map(
    [...recipes].map(([image, recipe]) => [
      image,
      { ...recipe, build: () => Promise.reject(new Error(`${image} was built again`)) },
    ]),
  );
  const lines: string[] = [];
  const second = await ensureImages(needs, { recipes: refusing, log: (line) => lines.push(line) });

  expect(second.map(({ image, outcome }) => ({ image, outcome }))).toEqual([
    { image: 'node:24-trixie-slim', outcome: 'present' },
  ]);
  // A stand-in whose recipe has changed since is still used; the run only says how to rebuild it.
  expect(lines.filter((line) => !/its recipe changed/.test(line))).toHaveLength(1);
  expect(lines[0]).toMatch(/^node:24-trixie-slim: present/);
  expect((await inspectImage('node:24-trixie-slim'))?.id).toBe(before?.id);
});
