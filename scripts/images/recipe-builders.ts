import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { imagesInDockerfile } from './dockerfile-images';
import type { RecipeDefinition } from './recipes';
import { run } from './run';

export interface ScriptRecipeOptions {
  image: string;
  needs?: string[];
  /** Run as `bash <script> <image> <key=value label>...`; it must leave `image` in the engine. */
  script: string;
}

/** A stand-in made by a shell script, e.g. a root filesystem passed to `docker import`. */
export function scriptRecipe({ image, needs = [], script }: ScriptRecipeOptions): RecipeDefinition {
  return {
    image,
    needs,
    async build({ labels, verbose }) {
      const labelArgs = Object.entries(labels).map(([key, value]) => `${key}=${value}`);
      await run('bash', [script, image, ...labelArgs], { echo: verbose });
    },
  };
}

export interface DockerfileRecipeOptions {
  image: string;
  /** Folder holding the Dockerfile and the files it copies; it becomes the build context. */
  folder: string;
  /** Adds generated files to the build context; resolves to the build args. */
  prepare?: (context: string) => Promise<Record<string, string>>;
}

/** A stand-in built from a Dockerfile; its `FROM` images are what it needs first. */
export function dockerfileRecipe({ image, folder, prepare }: DockerfileRecipeOptions): RecipeDefinition {
  const dockerfile = readFileSync(path.join(folder, 'Dockerfile'), 'utf8');
  return {
    image,
    needs: imagesInDockerfile(dockerfile).map((use) => use.image),
    async build({ labels, verbose }) {
      const context = await mkdtemp(path.join(tmpdir(), 'stand-in-'));
      try {
        await cp(folder, context, { recursive: true });
        const buildArgs = (await prepare?.(context)) ?? {};
        await run(
          'docker',
          [
            'build',
            '--tag',
            image,
            ...Object.entries(labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
            ...Object.entries(buildArgs).flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
            context,
          ],
          { echo: verbose },
        );
      } finally {
        await rm(context, { recursive: true, force: true });
      }
    },
  };
}
