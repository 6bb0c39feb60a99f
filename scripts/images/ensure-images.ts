/**
 * Makes sure every image named under examples/ (Dockerfile FROMs, compose `image:`s), and every image with a recipe
 * that a page's commands name, exists in the engine, building a local stand-in from scripts/images/recipes/ when it
 * is absent and cannot be pulled.
 *
 *   npx tsx scripts/images/ensure-images.ts [--verbose] [extra-image...]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../src/contract/paths';
import { ensureImages } from './ensure';
import { findImages } from './find-images';
import { normalizeImageName } from './image-name';
import { imagesNamedByPages } from './page-images';
import { loadRecipes } from './recipes';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    examples: { type: 'string', default: 'examples' },
    verbose: { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  const started = performance.now();
  const { needs, invalid } = await findImages(values.examples);
  const recipes = await loadRecipes();
  // Images pages name themselves, for the examples the pages use (not for another folder given with --examples).
  if (path.resolve(values.examples) === path.join(REPO_ROOT, 'examples')) {
    for (const [image, where] of imagesNamedByPages(recipes.keys()))
      needs.set(image, [...(needs.get(image) ?? []), ...where]);
  }
  for (const { file, reason } of invalid) {
    console.log(`images: ${file}: docker build rejects it before pulling (${reason}); it needs no image`);
  }
  for (const extra of positionals) {
    const image = normalizeImageName(extra);
    needs.set(image, [...(needs.get(image) ?? []), 'the command line']);
  }
  if (needs.size === 0) console.log(`images: nothing under ${values.examples}/ names an image; nothing to do`);
  // Set when the tests run on an engine of their own: the reader's engine lends what it already has.
  const copyFrom = process.env.DOCKER101_READER_HOST || undefined;
  const ensured = await ensureImages(needs, { recipes, verbose: values.verbose, copyFrom });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (ensured.length > 0) console.log(`images: ${ensured.length} image(s) ready in ${seconds} s`);
}

// The root package is CommonJS, so tsx runs this file as CommonJS: no top-level await.
main().catch((error: unknown) => {
  console.error(`images: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
