/**
 * The short form Docker itself prints for an image reference: `node:24-trixie-slim`, never
 * `docker.io/library/node:24-trixie-slim`; a reference without tag or digest means `:latest`.
 */
export function normalizeImageName(reference: string): string {
  let name = reference.trim();
  for (const prefix of ['docker.io/library/', 'index.docker.io/library/', 'docker.io/', 'index.docker.io/']) {
    if (name.startsWith(prefix)) {
      name = name.slice(prefix.length);
      break;
    }
  }
  const lastPart = name.slice(name.lastIndexOf('/') + 1);
  if (!lastPart.includes(':') && !name.includes('@')) name += ':latest';
  return name;
}
