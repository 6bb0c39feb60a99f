import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../src/contract/paths';

/**
 * The tests' own Docker Engine (scripts/engine/box.sh): its own dockerd, data root, socket and network namespace,
 * so a run never sees or touches the reader's containers, volumes and images, and its pages' `localhost:3000`
 * is theirs alone. DOCKER101_BOX names another box, for runs side by side.
 */
export const BOX = process.env.DOCKER101_BOX ?? 'docker101';
const BOX_SH = path.join(REPO_ROOT, 'scripts/engine/box.sh');

/** The box's DOCKER_HOST. */
export const boxHost = (name: string = BOX): string => `unix:///run/docker101/${name}/docker.sock`;

/** A box needs Linux and root (a network namespace, a second dockerd). */
export const canMakeBox = (): boolean => process.platform === 'linux' && process.getuid?.() === 0;

/** True when this process already runs inside a box (its network namespace, its engine). */
export const insideBox = (): boolean => process.env.DOCKER101_IN_BOX === BOX;

export async function boxAnswers(name: string = BOX): Promise<boolean> {
  return promisify(execFile)('bash', [BOX_SH, 'status', name]).then(
    () => true,
    () => false,
  );
}

const boxSh = (command: string, name: string): void => {
  const { status } = spawnSync('bash', [BOX_SH, command, name], { stdio: 'inherit' });
  if (status !== 0) throw new Error(`box.sh ${command} ${name} failed (exit code ${status})`);
};

/** Starts the box unless it answers already; says whether this call started it. */
export async function startBox(name: string = BOX): Promise<boolean> {
  if (await boxAnswers(name)) return false;
  boxSh('start', name);
  return true;
}

export async function stopBox(name: string = BOX): Promise<void> {
  boxSh('stop', name);
}

/** A command line that runs `command` inside the box, with DOCKER_HOST pointing at it. */
export const inBox = (command: readonly string[], name: string = BOX): string[] => [
  'bash',
  BOX_SH,
  'exec',
  name,
  '--',
  'env',
  `DOCKER101_IN_BOX=${name}`,
  ...command,
];
