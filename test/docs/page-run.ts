import { rmSync } from 'node:fs';
import path from 'node:path';
import { BlockFailedError, CleanupError, PageError, ScenarioError } from './errors';
import { PageCleanup, DEFAULT_LEDGER } from './cleanup';
import { checkBlockResult } from './check-result';
import type { Scope } from './engine-snapshot';
import type { BlockOutcome } from './outcome';
import { placeholders, substitutePlaceholders } from './placeholders';
import { startScript, type RunningScript } from './run-block';
import { createContext, loadScenario, type Scenario } from './scenario';
import { initialState, type ShellState } from './shell-state';
import { REPO_ROOT } from './pages';
import { where, type Block, type Page } from './types';
import { createWorkspace, type Workspace } from './workspace';

export interface PageRunOptions {
  readonly examplesDir: string;
  readonly scenariosDir: string;
  readonly placeholders: Readonly<Record<string, string>>;
  /** Engine cleanup: false for pages that never touch Docker, {} for everything, { label } to scope it. */
  readonly engine: false | Scope;
  readonly ledgerPath: string;
  readonly defaultTimeoutSeconds: number;
}

export const pageRunDefaults: PageRunOptions = {
  examplesDir: path.join(REPO_ROOT, 'examples'),
  scenariosDir: path.join(REPO_ROOT, 'test/docs/scenarios'),
  placeholders,
  engine: {},
  ledgerPath: DEFAULT_LEDGER,
  defaultTimeoutSeconds: 120,
};

interface Background {
  readonly block: Block;
  readonly script: RunningScript;
  readonly command: string;
}

/** One page's run: its workspace, shell state, background blocks and cleanup. Blocks run in page order. */
export class PageRun {
  readonly outcomes = new Map<Block, BlockOutcome>();
  private failed?: Block;
  private readonly backgrounds: Background[] = [];

  private constructor(
    readonly page: Page,
    readonly workspace: Workspace,
    private state: ShellState,
    private readonly scenario: Scenario,
    private readonly cleanup: PageCleanup,
    private readonly options: PageRunOptions,
  ) {}

  static async start(page: Page, overrides: Partial<PageRunOptions> = {}): Promise<PageRun> {
    const options = { ...pageRunDefaults, ...overrides };
    if (page.problems.length > 0) {
      const list = page.problems.map((p) => p.message).join('\n');
      throw new PageError(page.file, 1, `page breaks CONTRIBUTING.md (${page.problems.length} problems)\n${list}`);
    }
    const scenario = await loadScenario(page, options.scenariosDir);
    const workspace = createWorkspace(page, options.examplesDir);
    const marker = `${process.pid}-${Date.now().toString(36)}-${page.slug.replace(/\W+/g, '-')}`;
    let cleanup: PageCleanup;
    try {
      const { engine, ledgerPath } = options;
      cleanup = await PageCleanup.begin({ engine, ledgerPath, marker, tempDirs: [workspace.root] });
    } catch (error) {
      rmSync(workspace.root, { recursive: true, force: true });
      throw error;
    }
    const state = initialState(workspace.start, marker);
    const env = { ...state.env, DOCKER_CONFIG: workspace.dockerConfig };
    return new PageRun(page, workspace, { ...state, env }, scenario, cleanup, options);
  }

  /** Runs one block; never throws: a failure is an outcome carrying the error. */
  async runBlock(block: Block): Promise<BlockOutcome> {
    const outcome = await this.attempt(block);
    this.outcomes.set(block, outcome);
    if (outcome.status === 'failed' && !this.failed) this.failed = block;
    return outcome;
  }

  private async attempt(block: Block): Promise<BlockOutcome> {
    if (block.norun !== undefined) return { block, status: 'excused', reason: `norun=${block.norun}` };
    if (this.failed) return { block, status: 'skipped', reason: `not run: the block at ${where(this.failed)} failed` };
    if (this.cleanup.finished) return { block, status: 'skipped', reason: 'not run: the run was interrupted and cleaned up' };
    try {
      await this.checkBackgrounds();
      const command = substitutePlaceholders(block, this.options.placeholders);
      const timeoutMs = (block.timeoutSeconds ?? this.options.defaultTimeoutSeconds) * 1000;
      const script = startScript(command, this.state, {
        stateDir: this.workspace.stateDir,
        name: `L${block.line}`,
        timeoutMs,
        saveState: !block.background,
      });
      this.cleanup.processGroups.add(script.pgid);
      if (block.background) {
        this.backgrounds.push({ block, script, command });
      } else {
        const result = await script.done;
        checkBlockResult(block, command, result, timeoutMs / 1000);
        this.state = result.state ?? this.state;
      }
      await this.runHook(block, script);
      return { block, status: 'ran', output: script.output() };
    } catch (error) {
      return { block, status: 'failed', reason: (error as Error).message.split('\n')[0], error: error as Error };
    }
  }

  private async runHook(block: Block, script: RunningScript): Promise<void> {
    const hook = block.id === undefined ? undefined : this.scenario[block.id];
    if (!hook) return;
    try {
      const { cwd, env } = this.state;
      await hook(createContext({ block, workspace: this.workspace.work, cwd, env, output: script.output }));
    } catch (error) {
      throw new ScenarioError(block, error);
    }
  }

  /** A background block that stopped on its own with an error fails, naming its own line. */
  private async checkBackgrounds(): Promise<void> {
    for (const bg of this.backgrounds) {
      if (!bg.script.exited()) continue;
      const result = await bg.script.done;
      if (result.exitCode === 0) continue;
      const error = new BlockFailedError(bg.block, 'background-exited', result, bg.command);
      this.outcomes.set(bg.block, { block: bg.block, status: 'failed', reason: error.message.split('\n')[0], error });
      this.failed ??= bg.block;
      throw error;
    }
  }

  /** Ends the page: a last look at background blocks, then stop processes, remove engine objects and files. */
  async close(): Promise<Error[]> {
    const errors: Error[] = [];
    if (!this.failed) await this.checkBackgrounds().catch((error: Error) => errors.push(error));
    const failures = await this.cleanup.finishAsync();
    if (failures.length > 0) errors.push(new CleanupError(failures));
    return errors;
  }
}
