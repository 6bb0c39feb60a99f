import { GenericContainer, type StartedTestContainer, Wait } from 'testcontainers';
import { dockerode } from './docker';

/** The image the multi-container page and examples/todo-mariadb use (official, or the local stand-in). */
export const MARIADB_IMAGE = 'mariadb:11.8';

/** The healthcheck compose files written for the official image use, as examples/todo-mariadb does. */
export const MARIADB_HEALTHCHECK: ['CMD', ...string[]] = ['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized'];

/** A MariaDB container that counts as started once Docker reports it healthy through healthcheck.sh. */
export function mariadb(env: Record<string, string>): GenericContainer {
  return new GenericContainer(MARIADB_IMAGE)
    .withEnvironment(env)
    .withHealthCheck({ test: MARIADB_HEALTHCHECK, interval: 500, timeout: 5_000, retries: 240 })
    .withWaitStrategy(Wait.forHealthCheck())
    .withStartupTimeout(120_000);
}

/** Runs SQL with the image's own client inside the container; tab-separated rows without a header. */
export async function sql(
  container: StartedTestContainer,
  query: string,
  login = ['-uroot', '-psecret'],
): Promise<string> {
  const { exitCode, stdout, stderr } = await container.exec([
    'mariadb',
    ...login,
    '--batch',
    '--skip-column-names',
    '-e',
    query,
  ]);
  if (exitCode !== 0) throw new Error(`mariadb -e "${query}" exited with ${exitCode}: ${stdout}${stderr}`);
  return stdout;
}

/** Everything a container printed so far, stdout and stderr together. */
export async function containerLogs(id: string): Promise<string> {
  const docker = await dockerode();
  return (await docker.getContainer(id).logs({ stdout: true, stderr: true })).toString('utf8');
}
