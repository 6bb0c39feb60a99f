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

/**
 * Copies an image from another engine (the reader's own, when the tests run on an engine of their own):
 * what the reader already has is used, never rebuilt. Resolves to false when that engine lacks it.
 */
export async function tryCopyFrom(sourceHost: string, name: string): Promise<boolean> {
  const source = new Docker(dockerOptionsFor(sourceHost));
  try {
    await source.getImage(name).inspect();
  } catch {
    return false;
  }
  const tarball = await source.getImage(name).get();
  const reply = await docker.loadImage(tarball);
  // The engine reports progress as a stream; it has loaded the image once that stream ends.
  await new Promise<void>((resolve, reject) => reply.on('end', resolve).on('error', reject).resume());
  return (await inspectImage(name)) !== undefined;
}

/** dockerode options for a `unix://` or `tcp://` DOCKER_HOST value. */
function dockerOptionsFor(host: string): Docker.DockerOptions {
  const url = new URL(host);
  if (url.protocol === 'unix:') return { socketPath: url.pathname };
  return { host: url.hostname, port: Number(url.port) || 2375 };
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
