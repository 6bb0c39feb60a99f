import type { Block } from '../gather/types';
import { BlockFailedError, type BlockFailure } from './errors';
import type { ScriptResult } from './run-block';

/** Throws unless the result is what the page promises: exit 0, or for `fails="…"` a non-zero exit showing that text. */
export function checkBlockResult(block: Block, command: string, result: ScriptResult, timeoutSeconds: number): void {
  const fail = (kind: BlockFailure, detail?: string): never => {
    throw new BlockFailedError(block, kind, result, command, detail);
  };
  if (result.timedOut)
    fail('timeout', `after ${timeoutSeconds} s; raise it with timeout=<seconds> if the step is slow`);
  if (block.fails === undefined) {
    if (result.exitCode !== 0) fail('exit');
    return;
  }
  if (result.exitCode === 0) fail('expected-failure-succeeded');
  if (!result.text.includes(block.fails)) fail('expected-text-missing');
}
