import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';

const REGISTRY = 'http://localhost:5000';
const AUTH = `Basic ${Buffer.from('reader:docker101').toString('base64')}`;
const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

/** Image IDs seen along the page, so later hooks can tell which image a tag points at. */
const seen: Record<string, string> = {};

/** `docker image ls` rows as { tag → image id } (and digest when --digests was given). */
function rows(stdout: string): Array<{ repository: string; tag: string; digest?: string; id: string }> {
  const [header, ...lines] = stdout.trimEnd().split('\n');
  const withDigest = header!.includes('DIGEST');
  return lines.map((line) => {
    const cells = line.split(/\s{2,}/);
    return withDigest
      ? { repository: cells[0]!, tag: cells[1]!, digest: cells[2]!, id: cells[3]! }
      : { repository: cells[0]!, tag: cells[1]!, id: cells[2]! };
  });
}

const imageId = async (ctx: ScenarioContext, name: string): Promise<string> =>
  (await ctx.sh(`docker image inspect --format '{{.Id}}' ${name}`))
    .trim()
    .replace(/^sha256:/, '')
    .slice(0, 12);

/** The digest the registry serves for a tag. */
async function registryDigest(repository: string, tag: string): Promise<string> {
  const reply = await fetch(`${REGISTRY}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { Authorization: AUTH, Accept: MANIFEST_TYPES },
  });
  expect(reply.status).toBe(200);
  return reply.headers.get('docker-content-digest') ?? '';
}

const pushedDigest = (stdout: string, tag: string): string =>
  new RegExp(`^${tag.replaceAll('.', '\\.')}: digest: (sha256:[0-9a-f]{64}) size: \\d+$`, 'm').exec(stdout)?.[1] ?? '';

export default defineScenario({
  'ls-v1-v2': async (ctx) => {
    const tags = Object.fromEntries(rows(await ctx.output()).map((row) => [row.tag, row.id]));
    expect(tags.v1).not.toBe(tags.v2);
    Object.assign(seen, { v1: tags.v1, firstV2: tags.v2 });
  },

  // latest is one more name for the v1 image, not the newest build.
  'ls-latest': async (ctx) => {
    const tags = Object.fromEntries(rows(await ctx.output()).map((row) => [row.tag, row.id]));
    expect(tags.latest).toBe(seen.v1);
    expect(tags.v2).toBe(seen.firstV2);
  },

  // The only nameless image of this page is the first v2, which the rebuild left without a name.
  'ls-dangling': async (ctx) => {
    expect(rows(await ctx.output())).toEqual([{ repository: '<none>', tag: '<none>', id: seen.firstV2 }]);
  },
  'prune-dangling': async (ctx) => {
    expect(await ctx.sh(`docker image ls -q --no-trunc | grep -c ${seen.firstV2} || true`)).toBe('0\n');
  },

  // After the page's own wait: the registry answers, and asks for a login.
  'registry-wait': async (ctx) => {
    await ctx.waitForHttp(`${REGISTRY}/v2/`, { status: 401 });
  },

  'push-v1': async (ctx) => {
    seen.v1Digest = pushedDigest(await ctx.output(), 'v1');
    expect(seen.v1Digest).not.toBe('');
    const tags = await fetch(`${REGISTRY}/v2/greeting/tags/list`, { headers: { Authorization: AUTH } });
    expect(await tags.json()).toEqual({ name: 'greeting', tags: ['v1'] });
  },
  'digests-pushed': async (ctx) => {
    expect(rows(await ctx.output())).toEqual([
      { repository: 'localhost:5000/greeting', tag: 'v1', digest: seen.v1Digest, id: seen.v1 },
    ]);
  },
  'digest-name': async (ctx) => {
    expect(ctx.env.GREETING_V1).toBe(`localhost:5000/greeting@${seen.v1Digest}`);
  },

  // One image, two tags: the same digest for both.
  'push-base-1-0-0': async (ctx) => {
    const stdout = await ctx.output();
    seen.base100Digest = pushedDigest(stdout, '1.0.0');
    expect(seen.base100Digest).not.toBe('');
    expect(pushedDigest(stdout, '1')).toBe(seen.base100Digest);
    seen.base100 = await imageId(ctx, 'localhost:5000/greeting-base:1.0.0');
  },

  // The registry's `1` moved to 1.0.1.
  'push-base-1-0-1': async (ctx) => {
    seen.base101Digest = pushedDigest(await ctx.output(), '1.0.1');
    expect(seen.base101Digest).not.toBe(seen.base100Digest);
    expect(await registryDigest('greeting-base', '1')).toBe(seen.base101Digest);
    expect(await registryDigest('greeting-base', '1.0.0')).toBe(seen.base100Digest);
    seen.base101 = await imageId(ctx, 'localhost:5000/greeting-base:1.0.1');
  },

  // build --pull used 1.0.1 but left the local `1` on 1.0.0.
  'digests-base-stale': async (ctx) => {
    const byTag = Object.fromEntries(rows(await ctx.output()).map((row) => [row.tag, row]));
    expect(byTag['1']).toMatchObject({ id: seen.base100, digest: seen.base100Digest });
    expect(byTag['1.0.1']).toMatchObject({ id: seen.base101, digest: seen.base101Digest });
  },
  'pull-base': async (ctx) => {
    expect(await ctx.output()).toContain(`Digest: ${seen.base101Digest}\n`);
    expect(await imageId(ctx, 'localhost:5000/greeting-base:1')).toBe(seen.base101);
  },

  'base-digest-name': async (ctx) => {
    expect(ctx.env.BASE_1_0_0).toBe(`localhost:5000/greeting-base@${seen.base100Digest}`);
  },
  // With a tag in front of the digest, the digest still wins (the page says so).
  'run-v3-pinned': async (ctx) => {
    const name = 'greeting:tag-and-digest';
    const both = `localhost:5000/greeting-base:1@${seen.base100Digest}`;
    const greeting = await ctx.sh(
      `docker build -q --pull --build-arg BASE_IMAGE=${both} --build-arg GREETING_VERSION=3 -t ${name} . >/dev/null` +
        ` && docker run --rm ${name} && docker image rm ${name} >/dev/null`,
      { timeoutMs: 120_000 },
    );
    expect(greeting).toBe('Hello from greeting 3 on base 1.0.0\n');
  },

  'clean-up-registry': async (ctx) => {
    expect(await ctx.sh('docker ps -aq --filter name=^/local-registry$')).toBe('');
  },
  'clean-up-dangling': async (ctx) => {
    for (const title of ['greeting', 'greeting-base']) {
      expect(await ctx.sh(`docker image ls -aq --filter label=org.opencontainers.image.title=${title}`)).toBe('');
    }
    expect(await ctx.sh('docker image ls -q localhost:5000/greeting-base')).toBe('');
  },
});
