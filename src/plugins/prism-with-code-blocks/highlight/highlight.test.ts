import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as original from 'prism-react-renderer';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import config from '../../../../docusaurus.config';
import { gatherPages } from '../../../../test/runner/gather/pages';
import { where } from '../../../../test/runner/gather/types';
import { REPO_ROOT } from '../../../contract/paths';
import { darkCodeTheme, lightCodeTheme } from '../../../data/prism-themes';
import { Highlight, Prism } from '.';

// The grammars the site registers, on the site's Prism, the way Docusaurus's prism-include-languages does.
const { additionalLanguages } = (config.themeConfig as { prism: { additionalLanguages: string[] } }).prism;
Object.assign(globalThis, { Prism });
for (const language of additionalLanguages) await import(`prismjs/components/prism-${language}.js`);

/** Every fence of every Korean page (the English pages show the same code), a `file=` fence with its file. */
const fences = (): Array<{ where: string; language: string; code: string }> =>
  gatherPages('ko').flatMap((page) =>
    page.blocks.map((block) => ({
      where: where(block),
      language: block.lang,
      code: block.fileRef ? readFileSync(path.join(REPO_ROOT, block.fileRef), 'utf8') : block.text,
    })),
  );

/** The theme's CodeBlock, reduced to what it asks of `Highlight`: every render prop, drawn. */
const draw = ({ className, style, tokens, getLineProps, getTokenProps }: original.RenderProps): ReactNode =>
  createElement(
    'pre',
    { className, style },
    tokens.map((line, i) =>
      createElement(
        'span',
        getLineProps({ key: i, line }),
        line.map((token, j) => createElement('span', getTokenProps({ key: j, token }))),
      ),
    ),
  );

describe('Highlight on the bare Prism core', () => {
  const all = fences();

  it('should find the pages fences in every language they name', () => {
    const languages = new Set(all.map((f) => f.language));
    expect([...languages].sort()).toEqual([
      'bash',
      'dockerfile',
      'html',
      'ini',
      'js',
      'json',
      'mermaid',
      'shell',
      'text',
      'yaml',
    ]);
  });

  for (const [mode, theme] of [
    ['light', lightCodeTheme],
    ['dark', darkCodeTheme],
  ] as const) {
    it(`should draw every fence as prism-react-renderer draws it, in ${mode} mode`, () => {
      for (const { where, language, code } of all) {
        const props = { theme, code, language, prism: Prism, children: draw };
        const ours = renderToStaticMarkup(createElement(Highlight, props));
        expect(ours, where).toBe(renderToStaticMarkup(createElement(original.Highlight, props)));
      }
    });
  }

  it('should colour each grammar the site registers, and leave text plain', () => {
    const classes = (language: string, code: string): string => {
      const props = { theme: lightCodeTheme, code, language, children: draw };
      return renderToStaticMarkup(createElement(Highlight, props));
    };
    expect(classes('bash', 'docker ps')).toContain('token function');
    expect(classes('dockerfile', 'FROM node')).toContain('token instruction');
    expect(classes('yaml', 'name: todo')).toContain('token key');
    expect(classes('ini', 'PORT=3000')).toContain('token key');
    expect(classes('js', 'const a = 1;')).toContain('token keyword');
    expect(classes('json', '{"a": 1}')).toContain('token property');
    expect(classes('html', '<p>hi</p>')).toContain('token tag');
    expect(classes('text', 'docker ps')).not.toContain('token function');
  });
});
