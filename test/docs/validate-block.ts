import { norunReasons } from '../../src/data/norun-reasons';
import { PageError } from './errors';
import type { Block } from './types';

/** Meta keys that only mean something on a block the runner executes. */
const RUN_KEYS = ['id', 'fails', 'background', 'timeout', 'norun'] as const;

/** Checks one block against the rules of CONTRIBUTING.md; returns every problem rather than the first. */
export function validateBlock(block: Block): PageError[] {
  const problems: string[] = [];
  const has = (key: string): boolean => Object.hasOwn(block.meta.values, key);
  if (!block.runnable) {
    for (const key of RUN_KEYS) if (has(key)) problems.push(`"${key}" only applies to shell blocks, not ${block.lang}`);
  } else {
    if (block.fileRef !== undefined) problems.push('"file" does not apply to shell blocks');
    if (block.background && block.fails !== undefined) problems.push('a background block cannot also expect to fail');
    if (block.norun !== undefined && !Object.hasOwn(norunReasons, block.norun)) {
      problems.push(`norun=${block.norun} is not a key of src/data/norun-reasons.ts (${Object.keys(norunReasons).join(', ')})`);
    }
    if (block.timeoutSeconds !== undefined && !(Number.isInteger(block.timeoutSeconds) && block.timeoutSeconds > 0)) {
      problems.push(`timeout=${String(block.meta.values.timeout)} must be a whole number of seconds`);
    }
    if (block.lang === 'console' && /^\s*\$ /m.test(block.text)) {
      problems.push('console block with a "$ " prompt: write the bare command (readers copy it) and put output in a text block');
    }
    if (block.text.trim() === '') problems.push('empty shell block');
  }
  if (block.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(block.id)) {
    problems.push(`id=${block.id} must be lower-case letters, digits and dashes`);
  }
  return problems.map((p) => new PageError(block.file, block.line, p));
}
