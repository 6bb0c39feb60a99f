import path from 'node:path';
import Docker from 'dockerode';
import { REPO_ROOT } from '../../src/contract/paths';
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

/**
 * Empties the tests' own engine of everything a run made: every container, volume and network, and every image but
 * the base images. The box belongs to the tests alone, so nothing a reader made can be there. Run at the start of a
 * run (a killed run's leftovers) and at its end.
 */
export async function sweepBox(host: string, keepImages: ReadonlySet<string>): Promise<Swept> {
  const engine = new Docker({ socketPath: new URL(host).pathname });
  const containers = await engine.listContainers({ all: true });
  await Promise.all(containers.map((c) => engine.getContainer(c.Id).remove({ force: true, v: true })));
  const networks = (await engine.listNetworks()).filter((n) => !DEFAULT_NETWORKS.has(n.Name));
  for (const n of networks) await engine.getNetwork(n.Id).remove();
  const volumes = (await engine.listVolumes()).Volumes ?? [];
  for (const v of volumes) await engine.getVolume(v.Name).remove({ force: true });
  const images = (await engine.listImages({ all: true })).filter((i) => !(i.RepoTags ?? []).some((t) => keepImages.has(t)));
  let removed = 0;
  for (const image of images) {
    // A parent layer of a kept image cannot go, and an image already removed with its child is gone: both fine.
    const ok = await engine
      .getImage(image.Id)
      .remove({ force: true })
      .then(() => true, () => false);
    if (ok) removed++;
  }
  return { containers: containers.length, volumes: volumes.length, networks: networks.length, images: removed };
}
