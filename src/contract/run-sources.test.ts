import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestOf, digestRunSources } from './run-sources';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function repo(files: Record<string, string>): string {
  root = mkdtempSync(path.join(tmpdir(), 'docker101-digest-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('what a doc run read', () => {
  it('should list the pages of both languages and the example files, without installed packages', () => {
    const dir = repo({
      'docs/intro.md': '# 소개',
      'i18n/en/docusaurus-plugin-content-docs/current/intro.md': '# Intro',
      'examples/todo-app/Dockerfile': 'FROM node:24-trixie-slim\n',
      'examples/todo-app/node_modules/express/index.js': 'module.exports = 1;',
      'src/css/custom.css': 'body {}',
    });
    expect(Object.keys(digestRunSources(dir))).toEqual([
      'docs/intro.md',
      'i18n/en/docusaurus-plugin-content-docs/current/intro.md',
      'examples/todo-app/Dockerfile',
    ]);
  });

  it('should change with a file’s content and not with its time', () => {
    const dir = repo({ 'docs/intro.md': '# 소개' });
    const before = digestOf(dir, 'docs/intro.md');
    utimesSync(path.join(dir, 'docs/intro.md'), new Date('2030-01-01'), new Date('2030-01-01'));
    expect(digestOf(dir, 'docs/intro.md')).toBe(before);
    writeFileSync(path.join(dir, 'docs/intro.md'), '# 소개!');
    expect(digestOf(dir, 'docs/intro.md')).not.toBe(before);
    expect(digestOf(dir, 'docs/gone.md')).toBeUndefined();
  });
});
