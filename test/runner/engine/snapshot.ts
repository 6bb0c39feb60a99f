import { execFileSync } from 'node:child_process';
import Docker from 'dockerode';

/** What exists on the engine at one moment. */
export interface Snapshot {
  readonly containers: readonly string[];
  readonly imageIds: readonly string[];
  /** `repo:tag` → image id. */
  readonly tags: Readonly<Record<string, string>>;
  readonly volumes: readonly string[];
  readonly networks: readonly string[];
}

/** Limits snapshot and removal to objects with this label (the runner's own tests); unset means everything. */
export interface Scope {
  readonly label?: string;
}

const docker = (args: string[]): string =>
  execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function fromImages(rows: ReadonlyArray<{ id: string; tags: readonly string[] }>): Pick<Snapshot, 'imageIds' | 'tags'> {
  const tags: Record<string, string> = {};
  for (const row of rows) for (const tag of row.tags) if (!tag.includes('<none>')) tags[tag] = row.id;
  return { imageIds: [...new Set(rows.map((r) => r.id))], tags };
}

/** Through the API: a few milliseconds, so every page can afford two. */
export async function takeSnapshot(scope: Scope = {}, engine = new Docker()): Promise<Snapshot> {
  const filters = JSON.stringify(scope.label ? { label: [scope.label] } : {});
  const [containers, images, volumes, networks] = await Promise.all([
    engine.listContainers({ all: true, filters }),
    engine.listImages({ all: true, filters }),
    engine.listVolumes({ filters }),
    engine.listNetworks({ filters }),
  ]);
  return {
    containers: containers.map((c) => c.Id),
    ...fromImages(images.map((i) => ({ id: i.Id, tags: i.RepoTags ?? [] }))),
    volumes: (volumes.Volumes ?? []).map((v) => v.Name),
    networks: networks.map((n) => n.Id),
  };
}

/** Through the CLI, synchronously: for signal and `exit` handlers, where nothing asynchronous completes. */
export function takeSnapshotSync(scope: Scope = {}): Snapshot {
  const filter = scope.label ? ['--filter', `label=${scope.label}`] : [];
  const format = ['--format', '{{.ID}} {{.Repository}}:{{.Tag}}'];
  const images = lines(docker(['image', 'ls', '-a', '--no-trunc', ...filter, ...format])).map((row) => {
    const [id, tag] = row.split(' ') as [string, string];
    return { id, tags: [tag] };
  });
  return {
    containers: lines(docker(['ps', '-aq', '--no-trunc', ...filter])),
    ...fromImages(images),
    volumes: lines(docker(['volume', 'ls', '-q', ...filter])),
    networks: lines(docker(['network', 'ls', '-q', '--no-trunc', ...filter])),
  };
}

/**
 * Removes what is in `now` but not in `before` and points moved tags back; returns what could not be done.
 * Synchronous CLI calls, so the same code serves normal teardown and an interrupted run.
 */
export function restoreSnapshot(before: Snapshot, now: Snapshot): string[] {
  const failures: string[] = [];
  const attempt = (args: string[]): void => {
    try {
      docker(args);
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? error).trim();
      if (!/no such|not found/i.test(stderr)) failures.push(`docker ${args.join(' ')}: ${stderr}`);
    }
  };
  const added = (was: readonly string[], is: readonly string[]): string[] => is.filter((x) => !was.includes(x));

  const containers = added(before.containers, now.containers);
  if (containers.length > 0) attempt(['rm', '-f', '-v', ...containers]);
  for (const id of added(before.networks, now.networks)) attempt(['network', 'rm', id]);
  for (const name of added(before.volumes, now.volumes)) attempt(['volume', 'rm', '-f', name]);
  // A rebuilt `todo-app:latest` moved a tag that existed before: point it back at the old image.
  for (const [tag, id] of Object.entries(before.tags)) {
    if (now.tags[tag] !== id && now.imageIds.includes(id)) attempt(['tag', id, tag]);
  }
  for (const tag of Object.keys(now.tags)) if (!(tag in before.tags)) attempt(['rmi', tag]);
  // Untagging may already have removed these; "no such image" is then ignored.
  for (const id of added(before.imageIds, now.imageIds)) attempt(['rmi', '-f', id]);
  return failures;
}
