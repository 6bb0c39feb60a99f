import Docker from 'dockerode';
import { CommandFailedError, run } from './run';

/** Every stand-in carries this label, so tests and people can tell it from the official image. */
export const STAND_IN_LABEL = 'org.docker101.stand-in';
/** Which recipe (folder and content digest) built a stand-in. */
export const RECIPE_LABEL = 'org.docker101.stand-in.recipe';

export interface LocalImage {
  id: string;
  labels: Record<string, string>;
}

const docker = new Docker();

/** The local image with this name, or undefined when the engine has none. */
export async function inspectImage(name: string): Promise<LocalImage | undefined> {
  try {
    const info = await docker.getImage(name).inspect();
    return { id: info.Id, labels: info.Config?.Labels ?? {} };
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw error;
  }
}

/** Pulls an image; resolves to the reason when the pull fails (no registry, unknown name). */
export async function tryPull(name: string): Promise<{ pulled: true } | { pulled: false; reason: string }> {
  try {
    await run('docker', ['pull', '--quiet', name]);
    return { pulled: true };
  } catch (error) {
    if (!(error instanceof CommandFailedError)) throw error;
    const reason = error.stderr.trim().split('\n').at(-1) ?? `exit code ${error.exitCode}`;
    return { pulled: false, reason };
  }
}
