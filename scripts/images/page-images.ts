import { gatherPages } from '../../test/runner/gather/pages';
import type { ImageNeeds } from './find-images';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** How a command line names an image: `repo:tag`, or the bare `repo` for `repo:latest`. */
function mention(image: string): RegExp {
  const [repo, tag] = [image.slice(0, image.lastIndexOf(':')), image.slice(image.lastIndexOf(':') + 1)];
  const name = tag === 'latest' ? `${escapeRegExp(repo)}(?::latest)?` : escapeRegExp(image);
  return new RegExp(`(?:^|\\s)${name}(?=\\s|$)`, 'm');
}

/**
 * Images with a recipe that a page's commands name directly (`docker run tonistiigi/binfmt …`), not through an
 * example's Dockerfile or compose file: they are needed too, by the page and line that name them.
 */
export function imagesNamedByPages(candidates: Iterable<string>): ImageNeeds {
  const needs: ImageNeeds = new Map();
  const blocks = gatherPages('ko').flatMap((page) => page.blocks.filter((b) => b.runnable));
  for (const image of candidates) {
    const re = mention(image);
    const where = blocks.filter((b) => re.test(b.text)).map((b) => `${b.file}:${b.line}`);
    if (where.length > 0) needs.set(image, where);
  }
  return needs;
}
