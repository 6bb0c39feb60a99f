import path from 'node:path';
import type { Root } from 'mdast';
import { readFences } from '../contract/fences';
import { PageErrors } from '../contract/page-error';
import { checkFences } from '../contract/page-rules';
import { REPO_ROOT, repoPath } from '../contract/paths';

/**
 * Fails the build on a page that breaks CONTRIBUTING.md, with the same `file:line: problem` lines the doc
 * runner reports (both use src/contract/page-rules.ts), whichever meets the page first.
 */
export default function pageRules() {
  return (tree: Root, file: { path?: string; value?: unknown }) => {
    const page = !file.path ? '?' : path.isAbsolute(file.path) ? repoPath(file.path, REPO_ROOT) : file.path;
    const problems = checkFences(readFences(tree, String(file.value ?? ''), page), REPO_ROOT);
    if (problems.length > 0) throw new PageErrors(problems);
  };
}
