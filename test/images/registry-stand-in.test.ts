import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GenericContainer, type StartedTestContainer, Wait } from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeContainer, removeImage } from '../support/docker';

// What the share-images page does with registry:2 (stand-in or official), with the example's htpasswd file.
const AUTH_DIR = path.resolve(import.meta.dirname, '../../examples/local-registry/auth');
const USER = 'reader';
const PASSWORD = 'docker101';
const REALM = 'Docker 101 local registry';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

describe('registry:2 as the share-images page runs it', () => {
  // The login the test makes goes to its own client config, never to the machine's ~/.docker.
  const dockerConfig = mkdtempSync(path.join(os.tmpdir(), 'docker101-registry-config-'));
  const source = `docker101-test/registry-payload:${randomUUID().slice(0, 8)}`;
  let registry: StartedTestContainer;
  let address: string;
  let repository: string;

  const docker = (args: string[], input?: string): Promise<Result> =>
    new Promise((resolve) => {
      const child = execFile(
        'docker',
        args,
        { env: { ...process.env, DOCKER_CONFIG: dockerConfig } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(input ?? '');
    });

  const login = (password: string) => docker(['login', address, '-u', USER, '--password-stdin'], `${password}\n`);

  beforeAll(async () => {
    registry = await new GenericContainer('registry:2')
      .withExposedPorts(5000)
      .withBindMounts([{ source: AUTH_DIR, target: '/auth', mode: 'ro' }])
      .withEnvironment({
        REGISTRY_AUTH: 'htpasswd',
        REGISTRY_AUTH_HTPASSWD_REALM: REALM,
        REGISTRY_AUTH_HTPASSWD_PATH: '/auth/htpasswd',
      })
      .withWaitStrategy(Wait.forHttp('/v2/', 5000).forStatusCode(401))
      .start();
    // localhost is in 127.0.0.0/8, which the engine lets use plain HTTP: no TLS, as the page says.
    address = `localhost:${registry.getMappedPort(5000)}`;
    repository = `${address}/docker-101`;

    // A one-file image is enough to push and pull; its id is the digest of its config, so it survives the trip.
    const context = mkdtempSync(path.join(os.tmpdir(), 'docker101-registry-payload-'));
    try {
      writeFileSync(path.join(context, 'hello.txt'), 'pushed through the local registry\n');
      execFileSync('bash', ['-c', `tar -c -C "$1" hello.txt | docker import - "$2"`, 'import', context, source]);
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
    expect((await docker(['tag', source, repository])).code).toBe(0);
  });

  afterAll(async () => {
    if (registry) await removeContainer(registry.getId());
    await removeImage(repository);
    await removeImage(source);
    rmSync(dockerConfig, { recursive: true, force: true });
  });

  it('should be laid out like the official image: port, volume, entrypoint and config path', () => {
    const config = JSON.parse(
      execFileSync('docker', ['image', 'inspect', '--format', '{{json .Config}}', 'registry:2'], { encoding: 'utf8' }),
    );
    expect(Object.keys(config.ExposedPorts)).toEqual(['5000/tcp']);
    expect(Object.keys(config.Volumes)).toEqual(['/var/lib/registry']);
    expect(config.Entrypoint).toEqual(['/entrypoint.sh']);
    expect(config.Cmd).toEqual(['/etc/docker/registry/config.yml']);
  });

  it('should ask for a login in the realm set by REGISTRY_AUTH_HTPASSWD_REALM', async () => {
    const res = await fetch(`http://${address}/v2/`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(`Basic realm="${REALM}"`);
  });

  it('should refuse a push before login with "no basic auth credentials"', async () => {
    const push = await docker(['push', repository]);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('no basic auth credentials');
  });

  it('should refuse a wrong password and accept the demo user', async () => {
    const wrong = await login('not-the-password');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('401 Unauthorized');

    const right = await login(PASSWORD);
    expect(right.code).toBe(0);
    expect(right.stdout).toContain('Login Succeeded');
  });

  it('should take a push, list it, and give the same image back to a pull', async () => {
    const id = (await docker(['image', 'inspect', '--format', '{{.Id}}', repository])).stdout.trim();
    expect((await docker(['push', repository])).code).toBe(0);

    const catalog = await fetch(`http://${address}/v2/_catalog`, {
      headers: { authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` },
    });
    expect(await catalog.json()).toEqual({ repositories: ['docker-101'] });

    expect((await docker(['image', 'rm', repository])).code).toBe(0);
    const pull = await docker(['pull', repository]);
    expect(pull.code).toBe(0);
    expect(pull.stdout).toContain(`Status: Downloaded newer image for ${repository}:latest`);
    expect((await docker(['image', 'inspect', '--format', '{{.Id}}', repository])).stdout.trim()).toBe(id);
  });

  it('should refuse a pull again after logout', async () => {
    expect((await docker(['logout', address])).stdout).toContain(`Removing login credentials for ${address}`);
    const pull = await docker(['pull', repository]);
    expect(pull.code).not.toBe(0);
    expect(pull.stderr).toContain('no basic auth credentials');
  });
});
