import path from 'node:path';
import { expect, it } from 'vitest';
import { inspectImage } from '../../scripts/images/docker';
import { ensureImages } from '../../scripts/images/ensure';
import { findImages } from '../../scripts/images/find-images';
import { loadRecipes } from '../../scripts/images/recipes';

const SIMPLE = path.join(import.meta.dirname, 'fixtures/simple');

it('should reuse images that exist, in seconds, without rebuilding them', async () => {
  const { needs } = await findImages(SIMPLE);
  const recipes = await loadRecipes();
  // A fresh engine builds here; an engine that already has the image only checks it.
  await ensureImages(needs, { recipes, log: () => {} });
  const before = await inspectImage('node:24-trixie-slim');

  const lines: string[] = [];
  const started = performance.now();
  const second = await ensureImages(needs, { recipes, log: (line) => lines.push(line) });

  expect(performance.now() - started).toBeLessThan(5_000);
  expect(second.map(({ image, outcome }) => ({ image, outcome }))).toEqual([
    { image: 'node:24-trixie-slim', outcome: 'present' },
  ]);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^node:24-trixie-slim: present/);
  expect((await inspectImage('node:24-trixie-slim'))?.id).toBe(before?.id);
});
