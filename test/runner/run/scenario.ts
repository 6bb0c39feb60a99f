import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PageError } from '../../../src/contract/page-error';
import type { Block, Page } from '../gather/types';
import { type HttpReply, type WaitForHttpOptions, waitForHttp } from './wait-for-http';

/** What a hook sees after its block ran: the reader's folders and shell, plus helpers to observe. */
export interface ScenarioContext {
  readonly block: Block;
  /** The page's workspace: the folder holding the copied example folders. */
  readonly workspace: string;
  /** The shell's folder and exported environment after the block. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  /** What the reader's terminal shows for the block so far (a background block keeps adding to it). */
  output(): Promise<string>;
  waitForHttp(url: string, options?: WaitForHttpOptions): Promise<HttpReply>;
  /** Runs a hidden check command in the shell's folder and environment; rejects on non-zero exit. */
  sh(command: string, options?: { timeoutMs?: number }): Promise<string>;
}

export type ScenarioHook = (ctx: ScenarioContext) => Promise<void> | void;
export type Scenario = Readonly<Record<string, ScenarioHook>>;

/** Types a scenario file's default export: `export default defineScenario({ 'app-runs': async (ctx) => … })`. */
export const defineScenario = (scenario: Scenario): Scenario => scenario;

/** Loads `<scenariosDir>/<slug>.ts` if present; a hook without a runnable block of that id is an error. */
export async function loadScenario(page: Page, scenariosDir: string): Promise<Scenario> {
  const file = path.join(scenariosDir, `${page.slug}.ts`);
  if (!existsSync(file)) return {};
  const scenario = ((await import(pathToFileURL(file).href)) as { default?: Scenario }).default;
  if (!scenario || typeof scenario !== 'object') {
    throw new PageError(page.file, 1, `${file} must export default defineScenario({ <block id>: async (ctx) => … })`);
  }
  const runIds = new Set(page.blocks.filter((b) => b.runnable && b.norun === undefined).map((b) => b.id));
  for (const id of Object.keys(scenario)) {
    if (!runIds.has(id)) {
      throw new PageError(
        page.file,
        1,
        `${file} has a hook for id=${id}, but no block that runs on this page has that id`,
      );
    }
  }
  return scenario;
}

export function createContext(
  base: Pick<ScenarioContext, 'block' | 'workspace' | 'cwd' | 'env' | 'output'>,
): ScenarioContext {
  return {
    ...base,
    waitForHttp,
    sh: (command, options = {}) =>
      new Promise((resolve, reject) => {
        const opts = { cwd: base.cwd, env: base.env, timeout: options.timeoutMs ?? 60_000, maxBuffer: 64 << 20 };
        execFile('bash', ['-euo', 'pipefail', '-c', command], opts, (error, stdout, stderr) => {
          if (error)
            reject(new Error(`check command failed (${error.code ?? error.signal}): ${command}\n${stdout}${stderr}`));
          else resolve(stdout);
        });
      }),
  };
}
