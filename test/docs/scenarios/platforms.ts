import { expect } from 'vitest';
import { defineScenario, type ScenarioContext } from '../../runner';

const REGISTRY = 'http://localhost:5000';

interface BinfmtStatus {
  supported: string[];
  emulators: string[] | null;
}

/** What the page's emulator image reports, without changing anything. */
async function binfmtStatus(ctx: ScenarioContext): Promise<BinfmtStatus> {
  return JSON.parse(await ctx.sh('docker run --privileged --rm tonistiigi/binfmt 2>/dev/null')) as BinfmtStatus;
}

/** A command's combined output, whether it succeeded or failed. */
const attempt = (ctx: ScenarioContext, command: string): Promise<string> =>
  ctx.sh(`${command} 2>&1`, { timeoutMs: 120_000 }).catch((error: Error) => error.message);

export default defineScenario({
  // The page starts where a Linux machine without emulators is; a run that died mid-page leaves its own emulator.
  'image-platforms': async (ctx) => {
    if ((await binfmtStatus(ctx)).emulators?.includes('qemu-aarch64')) {
      const entry = await ctx.sh('cat /proc/sys/fs/binfmt_misc/qemu-aarch64 2>/dev/null || true');
      expect(
        entry,
        'qemu-aarch64 is registered by something other than this page; the exec format error cannot be shown',
      ).toMatch(/^interpreter \/usr\/bin\/qemu-aarch64$/m);
      await ctx.sh('docker run --privileged --rm tonistiigi/binfmt --uninstall qemu-aarch64 >/dev/null 2>&1');
    }
    expect((await binfmtStatus(ctx)).supported).not.toContain('linux/arm64');
  },

  // The registration must outlive the container, which needs binfmt_misc mounted on the machine itself.
  'binfmt-install': async (ctx) => {
    expect(
      (await binfmtStatus(ctx)).emulators,
      'qemu-aarch64 vanished with the container: mount binfmt_misc first (bash scripts/engine/emulation.sh)',
    ).toContain('qemu-aarch64');
  },

  // After the page's own wait: the registry answers, and asks for a login.
  'registry-login': async (ctx) => {
    await ctx.waitForHttp(`${REGISTRY}/v2/`, { status: 401 });
  },

  // The one-line multi-platform build the page excuses: on this engine it stops with the error the page shows.
  'push-platforms': async (ctx) => {
    expect(await ctx.output()).toMatch(/^v1-amd64: digest: sha256:[0-9a-f]{64} size: \d+$/m);
    expect(await ctx.output()).toMatch(/^v1-arm64: digest: sha256:[0-9a-f]{64} size: \d+$/m);
    const build = await attempt(
      ctx,
      'docker buildx build --platform linux/amd64,linux/arm64 -t localhost:5000/platform-demo:v1 --push .',
    );
    expect(build).toContain(
      'ERROR: Multi-platform build is not supported for the docker driver.\n' +
        'Switch to a different driver, or turn on the containerd image store, and try again.\n' +
        'Learn more at https://docs.docker.com/go/build-multi-platform/',
    );
  },

  // The name now points at the amd64 image again.
  'run-amd64-platform': async (ctx) => {
    expect(
      (await ctx.sh("docker image inspect --format '{{.Architecture}}' localhost:5000/platform-demo:v1")).trim(),
    ).toBe('amd64');
  },

  // The machine is as the page found it: arm64 images fail again.
  'binfmt-uninstall': async (ctx) => {
    expect((await binfmtStatus(ctx)).supported).not.toContain('linux/arm64');
    expect(await attempt(ctx, 'docker run --rm --platform linux/arm64 platform-demo:arm64')).toContain(
      'exec format error',
    );
  },
  'clean-up-registry': async (ctx) => {
    expect(await ctx.sh('docker ps -aq --filter name=^/local-registry$')).toBe('');
  },
  'clean-up-images': async (ctx) => {
    expect(await ctx.sh('docker image ls -q platform-demo')).toBe('');
    expect(await ctx.sh('docker image ls -q localhost:5000/platform-demo')).toBe('');
  },
});
