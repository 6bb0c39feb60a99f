import { getContainerRuntimeClient } from 'testcontainers';

/** The engine's dockerode client, as testcontainers itself uses it. */
export async function dockerode() {
  const client = await getContainerRuntimeClient();
  return client.container.dockerode;
}

/** Removes a named volume, ignoring one that is already gone. */
export async function removeVolume(name: string): Promise<void> {
  const docker = await dockerode();
  await docker.getVolume(name).remove({ force: true }).catch(ignoreNotFound);
}

/** Removes a container and its anonymous volumes, ignoring one that is already gone. */
export async function removeContainer(id: string): Promise<void> {
  const docker = await dockerode();
  await docker.getContainer(id).remove({ force: true, v: true }).catch(ignoreNotFound);
}

/** Removes an image tag, ignoring one that is already gone. */
export async function removeImage(name: string): Promise<void> {
  const docker = await dockerode();
  await docker.getImage(name).remove({ force: true }).catch(ignoreNotFound);
}

function ignoreNotFound(error: { statusCode?: number }): void {
  if (error.statusCode !== 404) throw error;
}
