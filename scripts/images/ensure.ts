import { inspectImage, RECIPE_LABEL, STAND_IN_LABEL, tryCopyFrom, tryPull } from './docker';
import type { ImageNeeds } from './find-images';
import type { Recipe } from './recipes';

export interface EnsureOptions {
  recipes: Map<string, Recipe>;
  log?: (line: string) => void;
  /** Copy stand-in builds' output to stderr. */
  verbose?: boolean;
  /** Another engine (DOCKER_HOST form) whose images are copied before anything is pulled or built. */
  copyFrom?: string;
}

export type Outcome = 'present' | 'copied' | 'pulled' | 'built';

export interface EnsuredImage {
  image: string;
  outcome: Outcome;
  standIn: boolean;
}

/** An image nothing can provide: not local, not pullable, no recipe. */
export class MissingImageError extends Error {
  constructor(
    readonly image: string,
    readonly neededBy: string[],
    readonly pullFailure: string,
    readonly recipeImages: string[],
  ) {
    super(
      [
        `${image} is needed by ${neededBy.join(', ')}, but the engine does not have it,`,
        `\`docker pull\` failed (${pullFailure}), and no recipe builds a stand-in for it.`,
        `Images with a recipe (scripts/images/recipes/<folder>/recipe.ts): ${recipeImages.join(', ') || 'none'}.`,
      ].join('\n'),
    );
    this.name = 'MissingImageError';
  }
}

/** Every image that could not be provided, reported together after the others are ready. */
export class MissingImagesError extends Error {
  constructor(readonly missing: MissingImageError[]) {
    super(missing.map((error) => error.message).join('\n\n'));
    this.name = 'MissingImagesError';
  }
}

/**
 * Makes every needed image exist locally: an image already there is used as is, then a pull is tried,
 * then a recipe builds a stand-in under the official name (after what that recipe itself needs).
 */
export async function ensureImages(needs: ImageNeeds, options: EnsureOptions): Promise<EnsuredImage[]> {
  const { recipes, log = (line) => console.log(`images: ${line}`), verbose = false, copyFrom } = options;
  const ensured = new Map<string, EnsuredImage>();

  async function ensure(image: string, neededBy: string[], chain: string[]): Promise<void> {
    if (ensured.has(image)) return;
    if (chain.includes(image)) throw new Error(`recipes need each other: ${[...chain, image].join(' → ')}`);
    const recipe = recipes.get(image);

    const local = await inspectImage(image);
    if (local) {
      const standIn = local.labels[STAND_IN_LABEL] === 'true';
      const stale = standIn && recipe && local.labels[RECIPE_LABEL] !== recipeLabel(recipe);
      log(`${image}: present${standIn ? ' (local stand-in)' : ''}`);
      if (stale)
        log(`${image}: its recipe changed since it was built; \`docker rmi ${image}\` and run again to rebuild`);
      ensured.set(image, { image, outcome: 'present', standIn });
      return;
    }

    if (copyFrom && (await tryCopyFrom(copyFrom, image))) {
      log(`${image}: copied from ${copyFrom}`);
      ensured.set(image, {
        image,
        outcome: 'copied',
        standIn: (await inspectImage(image))?.labels[STAND_IN_LABEL] === 'true',
      });
      return;
    }

    const pull = await tryPull(image);
    if (pull.pulled) {
      log(`${image}: pulled`);
      ensured.set(image, { image, outcome: 'pulled', standIn: false });
      return;
    }
    if (!recipe) throw new MissingImageError(image, neededBy, pull.reason, [...recipes.keys()]);

    for (const dependency of recipe.needs) await ensure(dependency, [recipe.folder], [...chain, image]);
    const started = performance.now();
    await recipe.build({ labels: { [STAND_IN_LABEL]: 'true', [RECIPE_LABEL]: recipeLabel(recipe) }, verbose });
    if (!(await inspectImage(image)))
      throw new Error(`${recipe.folder} finished without leaving ${image} in the engine`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`${image} is a local stand-in (no registry reachable), built in ${seconds} s`);
    ensured.set(image, { image, outcome: 'built', standIn: true });
  }

  const missing: MissingImageError[] = [];
  for (const [image, neededBy] of needs) {
    await ensure(image, neededBy, []).catch((error: unknown) => {
      if (!(error instanceof MissingImageError)) throw error;
      missing.push(error);
    });
  }
  if (missing.length > 0) throw new MissingImagesError(missing);
  return [...ensured.values()];
}

function recipeLabel(recipe: Recipe): string {
  return `${recipe.folder}@${recipe.digest}`;
}
