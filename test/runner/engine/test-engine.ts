import { execFileSync } from 'node:child_process';

/** Label on every engine object the runner's own tests create, so their cleanup never touches anything else. */
export const TEST_LABEL = 'docker101.docs-test';

export const docker = (...args: string[]): string =>
  execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Everything carrying the test label, by kind. */
export function labelled(): Record<'containers' | 'images' | 'volumes' | 'networks', string[]> {
  const list = (...args: string[]): string[] =>
    docker(...args, '--filter', `label=${TEST_LABEL}`)
      .split('\n')
      .filter(Boolean);
  return {
    containers: list('ps', '-aq'),
    images: list('image', 'ls', '-q', '--no-trunc'),
    volumes: list('volume', 'ls', '-q'),
    networks: list('network', 'ls', '-q'),
  };
}

/** The test's own safety net: removes every labelled object, whatever the runner did. */
export function removeLabelled(): void {
  const left = labelled();
  const quiet = (...args: string[]): void => {
    try {
      docker(...args);
    } catch {
      // Already gone.
    }
  };
  if (left.containers.length) quiet('rm', '-f', '-v', ...left.containers);
  if (left.networks.length) quiet('network', 'rm', ...left.networks);
  if (left.volumes.length) quiet('volume', 'rm', '-f', ...left.volumes);
  if (left.images.length) quiet('rmi', '-f', ...new Set(left.images));
}

export function requireImage(name: string): void {
  try {
    docker('image', 'inspect', name);
  } catch {
    throw new Error(`${name} is missing; run \`npm run setup\` to build the local stand-in`);
  }
}
