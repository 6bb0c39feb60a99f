import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BuildOptions {
  /** Labels the stand-in must carry (stand-in marker, recipe and digest). */
  labels: Record<string, string>;
  /** Copy the build's output to stderr as it runs. */
  verbose: boolean;
}

/** What `recipes/<folder>/recipe.ts` exports by default: how to build one stand-in image. */
export interface RecipeDefinition {
  /** The official name the stand-in is tagged with, e.g. `node:24-trixie-slim`. */
  image: string;
  /** Images that must exist before `build` runs (a Dockerfile recipe's `FROM`s). */
  needs: string[];
  build(options: BuildOptions): Promise<void>;
}

export interface Recipe extends RecipeDefinition {
  /** The recipe's folder, relative to the working directory, for messages. */
  folder: string;
  /** Digest of every file in the folder: a stand-in built from other content is stale. */
  digest: string;
}

export const RECIPES_DIR = path.join(import.meta.dirname, 'recipes');

/** Every recipe under `directory`, by image name. Adding a stand-in means adding a folder there. */
export async function loadRecipes(directory = RECIPES_DIR): Promise<Map<string, Recipe>> {
  const recipes = new Map<string, Recipe>();
  const folders = (await readdir(directory, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  for (const { name } of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = path.join(directory, name);
    const file = path.join(folder, 'recipe.ts');
    const module = (await import(pathToFileURL(file).href)) as { default?: RecipeDefinition };
    const definition = module.default;
    if (!definition?.image || typeof definition.build !== 'function') {
      throw new Error(`${path.relative(process.cwd(), file)} must export default a recipe (image, needs, build)`);
    }
    const existing = recipes.get(definition.image);
    if (existing) throw new Error(`${definition.image} has two recipes: ${existing.folder} and ${name}`);
    recipes.set(definition.image, {
      ...definition,
      folder: path.relative(process.cwd(), folder),
      digest: await folderDigest(folder),
    });
  }
  return recipes;
}

async function folderDigest(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash
      .update(`${path.relative(folder, file)}\0`)
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
