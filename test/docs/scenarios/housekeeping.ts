import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';

const LABEL = 'label=demo=housekeeping';
const PAGE_CACHE = 'housekeeping demo, version';
// A labelled image and volume that a stopped container still uses.
const IN_USE = 'hk-in-use';

/** What the reader already had before this chapter: nothing carries the page's label. */
const READER = {
  container: 'reader-stopped',
  image: 'reader-image',
  volume: 'reader-data',
  network: 'reader-net',
} as const;

// Ids of the reader's own objects that have no name: a dangling image and an anonymous volume.
const unnamed = { image: '', volume: '' };
// Ids the page's objects had, so a prune's output can be matched to them.
const page = { containers: [] as string[], dangling: '', setupContainer: '', setupDangling: '', readerCache: '' };

const lines = (text: string): string[] => text.split('\n').filter(Boolean);
const ids = async (ctx: ScenarioContext, command: string): Promise<string[]> => lines(await ctx.sh(command)).sort();

/** A tiny image of the reader's own, built from a Dockerfile on stdin; returns its id. */
const buildReaderImage = async (ctx: ScenarioContext, tag: string, line: string): Promise<string> =>
  (
    await ctx.sh(`printf 'FROM debian:trixie-slim\\nRUN echo ${line} > /reader\\n' | docker build -q -t ${tag} -`)
  ).trim();

const cacheDescriptions = async (ctx: ScenarioContext): Promise<string> =>
  ctx.sh(`docker buildx du --verbose | grep '^Description:' || true`);

async function expectReaderObjectsKept(ctx: ScenarioContext): Promise<void> {
  expect(await ctx.sh(`docker inspect --format '{{.State.Status}}' ${READER.container}`)).toBe('exited\n');
  expect(await ctx.sh(`docker image inspect --format '{{.Id}}' ${READER.image} ${unnamed.image}`)).toMatch(
    /^(sha256:\w+\n){2}$/,
  );
  expect(await ids(ctx, `docker volume ls -q`)).toEqual(expect.arrayContaining([READER.volume, unnamed.volume]));
  expect(await ctx.sh(`docker network ls -q --filter name=^${READER.network}$`)).not.toBe('');
  for (const base of ['debian:trixie-slim']) expect(await ctx.sh(`docker image ls -q ${base}`)).not.toBe('');
}

/** One row of `docker system df`: TOTAL and ACTIVE of a type. */
function dfRow(output: string, type: string): [number, number] {
  const row = lines(output).find((l) => l.startsWith(type));
  const [total, active] = row!.slice(type.length).trim().split(/\s+/).map(Number);
  return [total!, active!];
}

async function expectDfCounts(ctx: ScenarioContext): Promise<void> {
  const out = await ctx.output();
  expect(dfRow(out, 'Containers')).toEqual([
    (await ids(ctx, 'docker ps -aq')).length,
    (await ids(ctx, 'docker ps -q')).length,
  ]);
  expect(dfRow(out, 'Local Volumes')[0]).toBe((await ids(ctx, 'docker volume ls -q')).length);
  expect(lines(out).map((l) => l.split(/\s{2,}/)[0])).toEqual([
    'TYPE',
    'Images',
    'Containers',
    'Local Volumes',
    'Build Cache',
  ]);
}

export default defineScenario({
  df: expectDfCounts,

  // The reader's own objects, made before any prune runs: the page promises every prune leaves them.
  'run-second': async (ctx) => {
    await ctx.sh(`docker run --name ${READER.container} debian:trixie-slim true`);
    unnamed.image = await buildReaderImage(ctx, READER.image, 'first');
    await buildReaderImage(ctx, READER.image, 'second');
    await ctx.sh(`docker volume create ${READER.volume}`);
    await ctx.sh(`docker run --name reader-anon -v /data debian:trixie-slim true`);
    unnamed.volume = (await ctx.sh(`docker inspect --format '{{range .Mounts}}{{.Name}}{{end}}' reader-anon`)).trim();
    await ctx.sh('docker rm reader-anon');
    expect(unnamed.volume).toMatch(/^[0-9a-f]{64}$/);
    await ctx.sh(`docker network create ${READER.network}`);
    expect(await ctx.sh(`docker image ls -q --filter dangling=true --no-trunc`)).toContain(unnamed.image);
  },

  'ps-labeled': async (ctx) => {
    page.containers = await ids(ctx, `docker ps -aq --no-trunc --filter ${LABEL}`);
    expect(page.containers).toHaveLength(2);
  },

  // Younger than an hour: both filters must match, so nothing goes.
  'container-prune-until': async (ctx) => {
    expect(await ids(ctx, `docker ps -aq --no-trunc --filter ${LABEL}`)).toEqual(page.containers);
    await expectReaderObjectsKept(ctx);
  },

  'container-prune': async (ctx) => {
    const [heading, ...deleted] = lines(await ctx.output());
    expect(heading).toBe('Deleted Containers:');
    expect(deleted.slice(0, 2).sort()).toEqual(page.containers);
    expect(await ctx.sh(`docker ps -aq --filter ${LABEL}`)).toBe('');
    await expectReaderObjectsKept(ctx);
  },

  'build-v2': async (ctx) => {
    expect(await ctx.sh('docker run --rm housekeeping-demo')).toBe('housekeeping demo, version 2\n');
  },

  dangling: async (ctx) => {
    [page.dangling] = await ids(ctx, `docker image ls -q --no-trunc --filter ${LABEL} --filter dangling=true`);
    expect(await ctx.output()).toContain(page.dangling!.slice(7, 19));
  },

  // Also a labelled image that a stopped container uses: -a is to leave it, as the page says "no container uses".
  'image-prune': async (ctx) => {
    expect(await ctx.output()).toContain(`deleted: ${page.dangling}\n`);
    expect(await ctx.sh(`docker image ls -q --filter ${LABEL} --filter dangling=true`)).toBe('');
    expect(await ctx.sh('docker image ls -q housekeeping-demo')).not.toBe('');
    await expectReaderObjectsKept(ctx);
    await ctx.sh(
      `docker build -q --build-arg VERSION=in-use -t ${IN_USE} . && docker create --name ${IN_USE} ${IN_USE}`,
    );
  },

  'image-prune-all': async (ctx) => {
    expect(await ctx.sh(`docker image ls --format '{{.Repository}}' --filter ${LABEL}`)).toBe(`${IN_USE}\n`);
    await ctx.sh(`docker rm ${IN_USE} && docker image rm ${IN_USE}`);
    await expectReaderObjectsKept(ctx);
  },

  // Also a labelled volume that a stopped container uses: -a is to leave it, as the page says.
  'volume-prune': async (ctx) => {
    expect(await ctx.sh(`docker volume ls -q --filter ${LABEL}`)).toBe('hk-data\n');
    await expectReaderObjectsKept(ctx);
    await ctx.sh(
      `docker volume create --label demo=housekeeping ${IN_USE} && docker create --name ${IN_USE} -v ${IN_USE}:/data debian:trixie-slim`,
    );
  },

  'volume-prune-all': async (ctx) => {
    expect(await ctx.sh(`docker volume ls -q --filter ${LABEL}`)).toBe(`${IN_USE}\n`);
    await ctx.sh(`docker rm ${IN_USE} && docker volume rm ${IN_USE}`);
    await expectReaderObjectsKept(ctx);
  },

  // The page's leftover cache is gone; an image still there rebuilds entirely from its cache.
  'builder-prune': async (ctx) => {
    expect(await cacheDescriptions(ctx)).not.toContain(PAGE_CACHE);
    const rebuild = await ctx.sh(
      `printf 'FROM debian:trixie-slim\\nRUN echo second > /reader\\n' | docker build -t ${READER.image} - 2>&1`,
    );
    expect(rebuild).toMatch(/RUN echo second > \/reader\n#\d+ CACHED/);
    await expectReaderObjectsKept(ctx);
  },

  // One build cache entry of the reader's that no image uses: the page says system prune takes it, label or not.
  'system-setup': async (ctx) => {
    page.readerCache = `reader-cache-${Date.now()}`;
    await buildReaderImage(ctx, 'reader-cache', page.readerCache);
    await ctx.sh('docker image rm reader-cache');
    expect(await cacheDescriptions(ctx)).toContain(page.readerCache);
    [page.setupContainer] = await ids(ctx, `docker ps -aq --no-trunc --filter ${LABEL}`);
    [page.setupDangling] = await ids(ctx, `docker image ls -q --no-trunc --filter ${LABEL} --filter dangling=true`);
    expect(page.setupContainer).toBeDefined();
    expect(page.setupDangling).toBeDefined();
  },

  'system-prune': async (ctx) => {
    const out = await ctx.output();
    expect(out).toContain(
      `Deleted Containers:\n${page.setupContainer}\n\nDeleted Networks:\nhk-net\n\nDeleted Images:\ndeleted: ${page.setupDangling}\n`,
    );
    expect(await ctx.sh(`docker ps -aq --filter ${LABEL}; docker network ls -q --filter ${LABEL}`)).toBe('');
    expect(await ctx.sh('docker image ls -q housekeeping-demo')).not.toBe('');
    expect(await cacheDescriptions(ctx)).not.toContain(page.readerCache);
    await expectReaderObjectsKept(ctx);
  },

  'image-rm': async (ctx) => {
    const left = `docker ps -aq --filter ${LABEL}; docker image ls -q --filter ${LABEL}; docker volume ls -q --filter ${LABEL}; docker network ls -q --filter ${LABEL}`;
    expect(await ctx.sh(left)).toBe('');
    await expectReaderObjectsKept(ctx);
  },

  'df-after': expectDfCounts,
});
