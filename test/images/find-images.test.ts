import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imagesInDockerfile } from '../../scripts/images/dockerfile-images';
import { findImages } from '../../scripts/images/find-images';

const fixtures = path.relative(process.cwd(), path.join(import.meta.dirname, 'fixtures'));

async function needsIn(scenario: string) {
  const { needs } = await findImages(path.join(fixtures, scenario));
  return Object.fromEntries(needs);
}

const at = (scenario: string, place: string) => path.join(fixtures, scenario, place);

describe('findImages', () => {
  it('should find a plain FROM past comments and continuation lines', async () => {
    expect(await needsIn('simple')).toEqual({ 'node:24-trixie-slim': [at('simple', 'Dockerfile:2')] });
  });

  it('should skip stage names, whatever their case, and find images copied from', async () => {
    expect(await needsIn('multi-stage')).toEqual({
      'debian:trixie-slim': [at('multi-stage', 'Dockerfile:10')],
      'nginx:1.27': [at('multi-stage', 'Dockerfile:13')],
      'node:24-trixie-slim': [at('multi-stage', 'Dockerfile:1')],
    });
  });

  it('should read the image after a --platform flag', async () => {
    expect(Object.keys(await needsIn('platform'))).toEqual(['debian:trixie-slim', 'golang:1.24']);
  });

  it('should ignore scratch', async () => {
    expect(Object.keys(await needsIn('scratch'))).toEqual(['golang:1.24']);
  });

  it('should substitute build args declared before the first FROM', async () => {
    expect(Object.keys(await needsIn('build-args'))).toEqual(['debian:trixie-slim', 'node:24-trixie-slim']);
  });

  it('should not read heredoc bodies as instructions', async () => {
    expect(Object.keys(await needsIn('heredoc'))).toEqual(['debian:trixie-slim', 'node:24-trixie-slim']);
  });

  it('should take image keys of compose services and ignore services that build', async () => {
    expect(await needsIn('compose')).toEqual({
      'mariadb:11.8': [at('compose', 'compose.yaml:11')],
      'nginx:1.27': [at('compose', 'compose.yaml:19')],
      'redis:latest': [at('compose', 'compose.yaml:17')],
      'registry:2': [at('compose', 'compose.yaml:15')],
    });
  });

  it('should list an image once with every place that names it', async () => {
    expect(await needsIn('dedup')).toEqual({
      'mariadb:11.8': [at('dedup', 'compose.yml:3'), at('dedup', 'web/docker-compose.yml:6')],
      'node:24-trixie-slim': [at('dedup', 'api/Dockerfile:1'), at('dedup', 'web/docker-compose.yml:3')],
    });
  });

  it('should read every Dockerfile and compose file name, and nothing else', async () => {
    expect(await needsIn('file-names')).toEqual({
      'debian:trixie-slim': [at('file-names', 'Dockerfile.dev:1')],
      'node:24-trixie-slim': [at('file-names', 'app.Dockerfile:1')],
      'registry:2': [at('file-names', 'compose.override.yml:3')],
    });
  });

  it('should report a Dockerfile that docker build rejects instead of needing its image', async () => {
    expect(await findImages(path.join(fixtures, 'invalid'))).toEqual({
      needs: new Map(),
      invalid: [{ file: at('invalid', 'Dockerfile:1'), reason: 'FROM requires either one or three arguments' }],
    });
  });

  it('should skip node_modules and dot-folders', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'find-images-'));
    try {
      for (const folder of ['node_modules/some-package', '.git', 'app']) {
        await mkdir(path.join(root, folder), { recursive: true });
        await writeFile(
          path.join(root, folder, 'Dockerfile'),
          `FROM ${folder === 'app' ? 'node:24-trixie-slim' : 'hidden:1'}\n`,
        );
      }
      expect([...(await findImages(root)).needs.keys()]).toEqual(['node:24-trixie-slim']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('should find nothing in a folder that does not exist', async () => {
    expect(await findImages(path.join(fixtures, 'no-such-folder'))).toEqual({ needs: new Map(), invalid: [] });
  });
});

describe('imagesInDockerfile', () => {
  it('should name the line of a FROM whose variable has no default', () => {
    expect(() => imagesInDockerfile('ARG TAG\nFROM node:$TAG\n')).toThrow('line 2: $TAG has no default');
  });
});
