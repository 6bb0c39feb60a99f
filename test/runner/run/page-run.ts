import { existsSync } from 'node:fs';
import path from 'node:path';
import { PageError } from '../../../src/contract/page-error';
import { REPO_ROOT } from '../../../src/contract/paths';
import { DEFAULT_LEDGER, PageCleanup } from '../engine/cleanup';
import type { Scope } from '../engine/snapshot';
import { placeholders, substitutePlaceholders } from '../gather/placeholders';
import { type Block, type Page, where } from '../gather/types';
import { checkOutput, outputExcuse, runValues } from '../outputs/check-output';
import { checkBlockResult } from './check-result';
import { BlockFailedError, CleanupError, ScenarioError } from './errors';
import type { BlockOutcome, OutputOutcome } from './outcome';
import { type RunningScript, startScript } from './run-block';
import { createContext, loadScenario, type Scenario } from './scenario';
import { initialState, type ShellState } from './shell-state';
import { createWorkspace, removeWorkspace, type Workspace } from './workspace';

export interface PageRunOptions {
  readonly examplesDir: string;
  readonly scenariosDir: string;
  readonly placeholders: Readonly<Record<string, string>>;
  /** Engine cleanup: false for pages that never touch Docker, {} for everything, { label } to scope it. */
  readonly engine: false | Scope;
  readonly ledgerPath: string;
  readonly defaultTimeoutSeconds: number;
  /** Rewrite shown outputs from this run instead of failing on a difference (never counts as a pass). */
  readonly updateOutputs: boolean;
  /** Compare shown outputs and run blocks in a terminal; false only for the benchmark's baseline. */
  readonly checkOutputs: boolean;
}

export const pageRunDefaults: PageRunOptions = {
  examplesDir: path.join(REPO_ROOT, 'examples'),
  scenariosDir: path.join(REPO_ROOT, 'test/docs/scenarios'),
  placeholders,
  engine: {},
  ledgerPath: DEFAULT_LEDGER,
  defaultTimeoutSeconds: 120,
  updateOutputs: false,
  checkOutputs: true,
};

interface Background {
  readonly block: Block;
  readonly script: RunningScript;
  readonly command: string;
}

interface Started {
  readonly workspace: Workspace;
  readonly scenario: Scenario;
  readonly cleanup: PageCleanup;
}

/**
 * One page's run, and the single owner of its blocks' outcomes: its workspace, shell state, background blocks
 * and cleanup. Blocks run in page order; after the first failure the rest are skipped (they depend on it).
 */
export class PageRun {
  private readonly results = new Map<Block, BlockOutcome>();
  private failed?: Block;
  private readonly backgrounds: Background[] = [];

  private constructor(
    readonly page: Page,
    private readonly options: PageRunOptions,
    private readonly started: Started | { readonly error: Error },
    private state: ShellState,
  ) {}

  /** Prepares the page; never throws: a page that cannot start fails its first block with the reason. */
  static async open(page: Page, overrides: Partial<PageRunOptions> = {}): Promise<PageRun> {
    const options = { ...pageRunDefaults, ...overrides };
    const marker = `${process.pid}-${Date.now().toString(36)}-${page.slug.replace(/\W+/g, '-')}`;
    let workspace: Workspace | undefined;
    try {
      if (page.problems.length > 0) {
        const list = page.problems.map((p) => p.message).join('\n');
        throw new PageError(page.file, 1, `page breaks CONTRIBUTING.md (${page.problems.length} problems)\n${list}`);
      }
      const scenario = await loadScenario(page, options.scenariosDir);
      workspace = createWorkspace(page, options.examplesDir);
      const { engine, ledgerPath } = options;
      const cleanup = await PageCleanup.begin({ engine, ledgerPath, marker, tempDirs: [workspace.root] });
      const state = initialState(workspace.start, marker);
      const env = { ...state.env, DOCKER_CONFIG: workspace.dockerConfig };
      return new PageRun(page, options, { workspace, scenario, cleanup }, { ...state, env });
    } catch (error) {
      if (workspace) removeWorkspace(workspace);
      return new PageRun(page, options, { error: error as Error }, initialState(REPO_ROOT, marker));
    }
  }

  /** The runnable blocks' outcomes in page order; a block never reached is skipped. */
  outcomes(): BlockOutcome[] {
    return this.page.blocks
      .filter((b) => b.runnable)
      .map((block) => this.results.get(block) ?? { block, status: 'skipped', reason: 'not run' });
  }

  /** Runs one block; never throws: a failure is an outcome carrying the error. */
  async runBlock(block: Block): Promise<BlockOutcome> {
    const outcome = await this.attempt(block);
    this.results.set(block, outcome);
    if (outcome.status === 'failed') this.failed ??= block;
    return outcome;
  }

  private async attempt(block: Block): Promise<BlockOutcome> {
    const excuse = outputExcuse(block);
    const excusedOutput: OutputOutcome | undefined =
      block.output && excuse ? { status: 'excused', reason: excuse } : undefined;
    const skippedOutput = block.output && (excusedOutput ?? { status: 'skipped', reason: 'its command did not run' });
    if (block.norun !== undefined)
      return { block, status: 'excused', reason: `norun=${block.norun}`, output: excusedOutput };
    if ('error' in this.started) {
      const first = this.page.blocks.find((b) => b.runnable && b.norun === undefined) === block;
      const reason = `page did not start: ${this.started.error.message.split('\n')[0]}`;
      return {
        block,
        status: first ? 'failed' : 'skipped',
        reason,
        error: first ? this.started.error : undefined,
        output: skippedOutput,
      };
    }
    if (this.failed)
      return {
        block,
        status: 'skipped',
        reason: `not run: the block at ${where(this.failed)} failed`,
        output: skippedOutput,
      };
    const { cleanup } = this.started;
    if (cleanup.finished)
      return {
        block,
        status: 'skipped',
        reason: 'not run: the run was interrupted and cleaned up',
        output: skippedOutput,
      };
    let command = block.text;
    try {
      await this.checkBackgrounds();
      if (!existsSync(this.state.cwd)) {
        throw new PageError(
          block.file,
          block.line,
          `cannot start in ${this.state.cwd}: the folder no longer exists (a block before removed it)`,
        );
      }
      command = substitutePlaceholders(block, this.options.placeholders);
      const timeoutMs = (block.timeoutSeconds ?? this.options.defaultTimeoutSeconds) * 1000;
      const script = startScript(command, this.state, {
        stateDir: this.started.workspace.stateDir,
        name: `L${block.line}`,
        timeoutMs,
        saveState: !block.background,
        terminal: this.options.checkOutputs,
      });
      cleanup.processGroups.add(script.pgid);
      let text: string | undefined;
      if (block.background) {
        this.backgrounds.push({ block, script, command });
      } else {
        const result = await script.done;
        checkBlockResult(block, command, result, timeoutMs / 1000);
        this.state = result.state ?? this.state;
        text = result.text;
      }
      await this.runHook(block, script);
      // A background block's output is compared at the end of the page, with what it had shown by then.
      const checked = text === undefined ? undefined : this.compare(block, command, text);
      return { block, status: 'ran', text, output: checked?.outcome, error: checked?.error };
    } catch (error) {
      return {
        block,
        status: 'failed',
        reason: (error as Error).message.split('\n')[0],
        error: error as Error,
        output: skippedOutput,
      };
    }
  }

  private compare(block: Block, command: string, text: string): ReturnType<typeof checkOutput> {
    if (!this.options.checkOutputs) return undefined;
    const excuse = outputExcuse(block);
    if (block.output && excuse) return { outcome: { status: 'excused', reason: excuse } };
    const values = runValues('error' in this.started ? REPO_ROOT : this.started.workspace.work);
    return checkOutput(block, text, {
      values,
      update: this.options.updateOutputs,
      command,
      placeholders: this.options.placeholders,
    });
  }

  private async runHook(block: Block, script: RunningScript): Promise<void> {
    if ('error' in this.started) return;
    const hook = block.id === undefined ? undefined : this.started.scenario[block.id];
    if (!hook) return;
    try {
      const { cwd, env } = this.state;
      await hook(
        createContext({ block, workspace: this.started.workspace.work, cwd, env, output: () => script.text() }),
      );
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
      this.results.set(bg.block, { block: bg.block, status: 'failed', reason: error.message.split('\n')[0], error });
      this.failed ??= bg.block;
      throw error;
    }
  }

  /** Ends the page: a last look at background blocks, then stop processes, remove engine objects and files. */
  async close(): Promise<Error[]> {
    if ('error' in this.started) return [];
    const errors: Error[] = [];
    if (!this.failed) await this.checkBackgrounds().catch((error: Error) => errors.push(error));
    for (const bg of this.backgrounds) {
      const outcome = this.results.get(bg.block);
      if (outcome?.status !== 'ran') continue;
      const text = await bg.script.text();
      const checked = this.compare(bg.block, bg.command, text);
      this.results.set(bg.block, { ...outcome, text, output: checked?.outcome, error: checked?.error });
      if (checked?.error) errors.push(checked.error);
    }
    const failures = await this.started.cleanup.finishAsync();
    if (failures.length > 0) errors.push(new CleanupError(failures));
    return errors;
  }
}

export interface PageReport {
  readonly outcomes: readonly BlockOutcome[];
  /** Errors outside any block's own run: cleanup failed, or a background block's output differed. */
  readonly errors: readonly Error[];
}

/**
 * Runs every runnable block of a page in order outside vitest (CLI, benchmark, the runner's own tests); stops
 * at the first failure and always cleans up.
 */
export async function runPage(
  page: Page,
  options: Partial<PageRunOptions> = {},
  onBlock: (outcome: BlockOutcome) => void = () => {},
): Promise<PageReport> {
  const run = await PageRun.open(page, options);
  let errors: Error[] = [];
  try {
    for (const block of page.blocks.filter((b) => b.runnable)) onBlock(await run.runBlock(block));
  } finally {
    errors = await run.close();
  }
  return { outcomes: run.outcomes(), errors };
}
