import path from 'node:path';
import Docker from 'dockerode';
import { REPO_ROOT } from '../../src/contract/paths';
import { waitUntil } from '../../test/support/wait-until';
import { findImages } from '../images/find-images';
import { imagesNamedByPages } from '../images/page-images';
import { loadRecipes } from '../images/recipes';

export interface Swept {
  readonly containers: number;
  readonly volumes: number;
  readonly networks: number;
  readonly images: number;
}

const DEFAULT_NETWORKS: ReadonlySet<string> = new Set(['bridge', 'host', 'none']);

/** The images examples and pages name, and what their stand-ins are built from: what a box keeps between runs. */
export async function baseImages(examplesDir: string): Promise<Set<string>> {
  const { needs } = await findImages(examplesDir);
  const recipes = await loadRecipes();
  if (path.resolve(examplesDir) === path.join(REPO_ROOT, 'examples')) {
    for (const image of imagesNamedByPages(recipes.keys()).keys()) needs.set(image, []);
  }
  const keep = new Set<string>();
  const add = (image: string): void => {
    if (keep.has(image)) return;
    keep.add(image);
    for (const dependency of recipes.get(image)?.needs ?? []) add(dependency);
  };
  for (const image of needs.keys()) add(image);
  return keep;
}

/** Removes one object; one already gone, or being removed by a process still finishing its own cleanup, is fine. */
const quietly = (removal: Promise<unknown>): Promise<boolean> =>
  removal.then(
    () => true,
    () => false,
  );

/**
 * Empties the tests' own engine of everything a run made: every container, volume and network, and every image but
 * the base images. The box belongs to the tests alone, so nothing a reader made can be there. Run at the start of a
 * run (a killed run's leftovers) and at its end, when a page's own cleanup may still be finishing: it goes on until
 * the engine is empty.
 */
export async function sweepBox(host: string, keepImages: ReadonlySet<string>): Promise<Swept> {
  const engine = new Docker({ socketPath: new URL(host).pathname });
  const swept = { containers: 0, volumes: 0, networks: 0, images: 0 };
  const count = async (kind: keyof Swept, removals: Promise<boolean>[]): Promise<void> => {
    swept[kind] += (await Promise.all(removals)).filter(Boolean).length;
  };
  const left = async (): Promise<number> => {
    const containers = await engine.listContainers({ all: true });
    await count(
      'containers',
      containers.map((c) => quietly(engine.getContainer(c.Id).remove({ force: true, v: true }))),
    );
    const networks = (await engine.listNetworks()).filter((n) => !DEFAULT_NETWORKS.has(n.Name));
    await count(
      'networks',
      networks.map((n) => quietly(engine.getNetwork(n.Id).remove())),
    );
    const volumes = (await engine.listVolumes()).Volumes ?? [];
    await count(
      'volumes',
      volumes.map((v) => quietly(engine.getVolume(v.Name).remove({ force: true }))),
    );
    const images = (await engine.listImages({ all: true })).filter(
      (i) => !(i.RepoTags ?? []).some((t) => keepImages.has(t)),
    );
    // A parent of a kept image cannot go; it is not counted as left either.
    await count(
      'images',
      images.map((i) => quietly(engine.getImage(i.Id).remove({ force: true }))),
    );
    return containers.length + networks.length + volumes.length;
  };
  await waitUntil("the tests' engine to be empty", async () => ((await left()) === 0 ? true : undefined), {
    timeoutMs: 60_000,
    intervalMs: 500,
  });
  return swept;
}
