import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FENCE_KEYS, type FenceKey, FILE_LANGS, type KeyRule, metaString, valueProblem } from './fence-meta';
import type { Fence, PageFences } from './fences';
import { PageError } from './page-error';
import { EXAMPLES_DIR, REPO_ROOT } from './paths';

/** Checks a page's fences against CONTRIBUTING.md; returns every problem rather than the first. */
export function checkFences({ fences, problems: found }: PageFences, repoRoot: string = REPO_ROOT): PageError[] {
  const problems: PageError[] = [...found];
  const seenIds = new Map<string, number>();
  for (const fence of fences) {
    const fail = (problem: string): number => problems.push(new PageError(fence.file, fence.line, problem));
    const badValues = new Set<FenceKey>();
    for (const [key, value] of Object.entries(fence.meta.values) as [FenceKey, string | true][]) {
      const rule: KeyRule = FENCE_KEYS[key];
      if (!rule.on.includes(fence.kind)) fail(`"${key}" does not apply to ${describe(fence)}`);
      const problem = valueProblem(key, value);
      if (problem) badValues.add(key);
      if (problem) fail(problem);
    }
    const id = metaString(fence.meta, 'id');
    if (id !== undefined && seenIds.has(id))
      fail(`id=${id} is used twice on this page (first at line ${seenIds.get(id)})`);
    if (id !== undefined) seenIds.set(id, fence.line);
    if (fence.kind === 'shell') checkShell(fence, fail);
    if (FILE_LANGS.has(fence.lang.toLowerCase()) && !badValues.has('file')) checkFile(fence, repoRoot, fail);
  }
  problems.push(...checkTabGroups(fences));
  return problems.sort((a, b) => a.line - b.line);
}

const describe = (fence: Fence): string =>
  fence.kind === 'output' ? 'a shown output' : fence.kind === 'shell' ? 'shell blocks' : `${fence.lang} blocks`;

function checkShell(fence: Fence, fail: (problem: string) => void): void {
  if (fence.meta.values.background && fence.meta.values.fails !== undefined) {
    fail('a background block cannot also expect to fail');
  }
  if (fence.lang === 'console' && /^\s*\$ /m.test(fence.text)) {
    fail('console block with a "$ " prompt: write the bare command (readers copy it) and put output in a text block');
  }
  if (fence.text.trim() === '') fail('empty shell block');
}

/** A page may only show a file as it is: `file=` names an existing file under examples/, the body is empty or equal. */
function checkFile(fence: Fence, repoRoot: string, fail: (problem: string) => void): void {
  const ref = metaString(fence.meta, 'file');
  if (ref === undefined) {
    fail(
      `${fence.lang} block without file=: show files from examples/ with file=examples/<folder>/<file> and an empty body`,
    );
    return;
  }
  const target = path.resolve(repoRoot, ref);
  if (!target.startsWith(path.join(repoRoot, EXAMPLES_DIR) + path.sep))
    return void fail(`file=${ref} must be a path under examples/`);
  let content: string;
  try {
    if (!statSync(target).isFile()) throw new Error('not a file');
    content = readFileSync(target, 'utf8');
  } catch {
    return void fail(`file=${ref} does not exist`);
  }
  if (fence.text !== '' && fence.text.trimEnd() !== content.trimEnd()) {
    fail(`block body differs from ${ref}: leave the body empty, the site fills it from the file`);
  }
}

/** Consecutive `tab=` fences form one group: at least two, each shell at most once. */
function checkTabGroups(fences: readonly Fence[]): PageError[] {
  const problems: PageError[] = [];
  const groups = new Map<number, Fence[]>();
  for (const fence of fences)
    if (fence.tabGroup !== undefined) groups.set(fence.tabGroup, [...(groups.get(fence.tabGroup) ?? []), fence]);
  for (const members of groups.values()) {
    const first = members[0]!;
    if (members.length < 2) {
      problems.push(
        new PageError(
          first.file,
          first.line,
          'a tab= fence needs at least one other tab= fence right after or before it',
        ),
      );
    }
    const seen = new Set<string>();
    for (const fence of members) {
      const tab = metaString(fence.meta, 'tab')!;
      if (seen.has(tab))
        problems.push(
          new PageError(fence.file, fence.line, `tab=${tab} appears twice in one group of consecutive fences`),
        );
      seen.add(tab);
    }
  }
  return problems;
}
