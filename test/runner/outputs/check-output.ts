import { userInfo } from 'node:os';
import { metaString } from '../../../src/contract/fence-meta';
import { substitutePlaceholders } from '../gather/placeholders';
import type { Block } from '../gather/types';
import { OutputMismatchError } from '../run/errors';
import type { OutputOutcome } from '../run/outcome';
import { matchOutput, type RunValues, updatedOutput } from './match';

/** The reader's user as this run has it: a shown `[USER]` may be the name or the numeric ID. */
const user = userInfo();
export const runValues = (workspace: string): RunValues => ({
  PATH: workspace,
  USER: [user.username, String(user.uid)],
});

/** Why a shown output is not checked, when it is not: its own norun, or its command's. */
export function outputExcuse(block: Block): string | undefined {
  const own = block.output && metaString(block.output.meta, 'norun');
  if (own) return `norun=${own}`;
  if (block.norun) return `its command is not run (norun=${block.norun})`;
  return undefined;
}

export interface CheckOptions {
  readonly values: RunValues;
  /** The placeholder table: a shown output says `{YOUR-USER-NAME}` where the reader's own name appears, as commands do. */
  readonly placeholders: Readonly<Record<string, string>>;
  /** Rewrite the shown output from this run instead of failing on a difference. */
  readonly update: boolean;
  /** What the command was run as (placeholders filled), for the error. */
  readonly command: string;
}

/**
 * Compares the block's shown output with what its terminal showed. A difference fails the output (an error
 * with the diff), or in update mode gives the rewritten output; never throws.
 */
export function checkOutput(
  block: Block,
  text: string,
  options: CheckOptions,
): { outcome: OutputOutcome; error?: Error } | undefined {
  const shown = block.output;
  if (!shown) return undefined;
  const filled = substitutePlaceholders(shown, options.placeholders);
  const match = matchOutput(filled, text, {
    unordered: shown.meta.values.unordered === true,
    values: options.values,
  });
  if (match.ok) return { outcome: { status: 'verified' } };
  if (options.update) {
    // The placeholders the output showed go back where their test values now stand.
    const used = Object.entries(options.placeholders).filter(([name]) => shown.text.includes(`{${name}}`));
    const updated = used.reduce((body, [name, value]) => body.replaceAll(value, `{${name}}`), updatedOutput(match));
    return { outcome: { status: 'updated', reason: 'rewritten from this run', updated } };
  }
  const error = new OutputMismatchError(block, options.command, match);
  return { outcome: { status: 'failed', reason: error.message.split('\n')[0] }, error };
}
