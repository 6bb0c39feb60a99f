import type { Block } from '../gather/types';
import { where } from '../gather/types';
import { formatDiff, type OutputMatch } from '../outputs/match';

/** How much of a long output an error keeps: the end is where the cause usually is. */
export const TAIL_LINES = 40;
export const TAIL_CHARS = 4000;

export function tail(text: string, lines = TAIL_LINES, chars = TAIL_CHARS): string {
  const kept = text.trimEnd().split('\n');
  let out = kept.slice(-lines).join('\n');
  if (out.length > chars) out = out.slice(-chars);
  const cut = out.length < text.trimEnd().length;
  return cut ? `[… ${text.trimEnd().length - out.length} earlier characters cut]\n${out}` : out;
}

export type BlockFailure =
  | 'exit'
  | 'timeout'
  | 'expected-failure-succeeded'
  | 'expected-text-missing'
  | 'background-exited';

const HEADLINES: Record<BlockFailure, (exit: string, block: Block) => string> = {
  exit: (exit) => `block failed with ${exit}`,
  timeout: () => 'block timed out',
  'expected-failure-succeeded': () => 'block was expected to fail (fails=…) but exited with code 0',
  'expected-text-missing': (exit, b) => `block failed with ${exit}, but its output lacks ${JSON.stringify(b.fails)}`,
  'background-exited': (exit) => `background block stopped on its own with ${exit}`,
};

export interface BlockOutput {
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** What the terminal showed: stdout and stderr as they interleaved. */
  readonly text: string;
}

/** A shell block did not do what the page says; carries everything needed to see why without rerunning. */
export class BlockFailedError extends Error {
  override name = 'BlockFailedError';
  readonly file: string;
  readonly line: number;
  readonly command: string;
  readonly exitCode: number | null;
  readonly text: string;

  constructor(
    readonly block: Block,
    readonly kind: BlockFailure,
    output: BlockOutput,
    command: string,
    detail = '',
  ) {
    const exit = output.signal ? `signal ${output.signal}` : `exit code ${output.exitCode}`;
    super(
      [
        `${where(block)}: ${HEADLINES[kind](exit, block)}${detail ? ` (${detail})` : ''}`,
        '--- command ---',
        command,
        `--- exit code: ${output.exitCode ?? output.signal} ---`,
        '--- terminal (stdout and stderr, tail) ---',
        tail(output.text) || '(empty)',
      ].join('\n'),
    );
    this.file = block.file;
    this.line = block.line;
    this.command = command;
    this.exitCode = output.exitCode;
    this.text = output.text;
  }
}

/** The output a page shows under a block is not what the block printed. */
export class OutputMismatchError extends Error {
  override name = 'OutputMismatchError';
  constructor(
    readonly block: Block,
    readonly command: string,
    readonly match: OutputMatch,
  ) {
    const shownAt = block.output ? where(block.output) : where(block);
    super(
      [
        `${shownAt}: the shown output differs from what the block at line ${block.line} printed`,
        '--- command ---',
        command,
        '--- shown (-) vs printed (+); lines a wildcard matched are shown as written ---',
        formatDiff(match),
      ].join('\n'),
    );
  }
}

/** A scenario hook's observation failed after the block it is attached to. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  constructor(
    readonly block: Block,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${where(block)}: scenario check for id=${block.id} failed: ${reason}`, { cause });
  }
}

/** Removing what a page left on the engine failed; the named objects may need removing by hand. */
export class CleanupError extends Error {
  override name = 'CleanupError';
  constructor(readonly failures: readonly string[]) {
    super(`cleanup could not remove everything a page created:\n${failures.join('\n')}`);
  }
}
