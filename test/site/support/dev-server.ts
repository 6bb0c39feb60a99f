import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../../scripts/site/free-port';
import { REPO_ROOT } from './site';

const DOCUSAURUS = path.join(REPO_ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const READY = /Docusaurus website is running at/;
const START_TIMEOUT_MS = 120_000;

/** Polls `url` until it answers 200, for at most `timeoutMs`, or until `gone()` says the server has exited. */
async function answering(url: string, timeoutMs: number, gone: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone()) {
    if (
      await fetch(url).then(
        (res) => res.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    gone() ? `the dev server exited before ${url} answered` : `${url} did not answer within ${timeoutMs} ms`,
  );
}

export interface DevServer extends AsyncDisposable {
  /** e.g. `http://127.0.0.1:41234/en/` (the locale's base URL, with its trailing slash). */
  readonly url: string;
}

/**
 * `docusaurus start` of this repository, as `npm start` runs it, on a free port and with a generated-files
 * folder of its own, so it never touches another build's. `await using` stops it.
 */
export async function startDevServer(locale: 'ko' | 'en'): Promise<DevServer> {
  const port = await freePort();
  // A folder of its own that stays: the bundler's cache then knows its files on the next run.
  const generated = path.join(REPO_ROOT, 'node_modules/.cache/docker101-site-tests', `dev-${locale}`);
  const args = [
    DOCUSAURUS,
    'start',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--no-open',
    ...(locale === 'en' ? ['--locale', 'en'] : []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    // As from a terminal: vitest's NODE_ENV=test names no browserslist environment, and the bundler stops on it.
    env: { ...process.env, NODE_ENV: undefined, DOCUSAURUS_GENERATED_FILES_DIR_NAME: generated, BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}${locale === 'en' ? '/en/' : '/'}`;
  let output = '';
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`docusaurus start gave no sign of life in ${START_TIMEOUT_MS} ms`)),
        START_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        if (READY.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`docusaurus start exited (${code})`));
      });
    });
    // It says so before it listens; pages answer once the first compilation is done.
    await answering(url, START_TIMEOUT_MS, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; it said:\n${output}`);
  }
  return { url, [Symbol.asyncDispose]: stop };
}
