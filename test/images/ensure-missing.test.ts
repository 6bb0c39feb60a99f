import { expect, it } from 'vitest';
import { ensureImages, MissingImagesError } from '../../scripts/images/ensure';
import type { Recipe } from '../../scripts/images/recipes';

// Names no registry and no engine has, so every pull fails fast and nothing gets built.
const ABSENT = 'docker101-test/absent:1';
const NEEDS_ABSENT = 'docker101-test/needs-absent:1';

const recipeNeedingAbsent: Recipe = {
  image: NEEDS_ABSENT,
  needs: [ABSENT],
  folder: 'scripts/images/recipes/needs-absent',
  digest: 'test',
  build: () => Promise.reject(new Error('must not build without what it needs')),
};

it('should name the files that need an image nothing can provide, and the images with a recipe', async () => {
  const needs = new Map([
    [ABSENT, ['examples/app/Dockerfile:1', 'examples/app/compose.yaml:4']],
    [NEEDS_ABSENT, ['examples/other/Dockerfile:3']],
  ]);
  const recipes = new Map([[NEEDS_ABSENT, recipeNeedingAbsent]]);

  const error = await ensureImages(needs, { recipes, log: () => {} }).catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(MissingImagesError);
  const { missing, message } = error as MissingImagesError;
  expect(missing.map(({ image, neededBy }) => ({ image, neededBy }))).toEqual([
    { image: ABSENT, neededBy: ['examples/app/Dockerfile:1', 'examples/app/compose.yaml:4'] },
    { image: ABSENT, neededBy: ['scripts/images/recipes/needs-absent'] },
  ]);
  expect(message).toContain(`Images with a recipe (scripts/images/recipes/<folder>/recipe.ts): ${NEEDS_ABSENT}.`);
});
