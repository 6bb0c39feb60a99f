import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cacheDirOf, svgDirOf, svgFileName } from '../../src/plugins/diagrams/files';

const siteDir = mkdtempSync(path.join(tmpdir(), 'docker101-diagrams-'));
afterAll(() => rmSync(siteDir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const page = (...diagrams: string[]): string =>
  ['# 볼륨', '', '## 데이터를 남기기 {#keep-data}', '', ...diagrams.map((d) => `\`\`\`mermaid\n${d}\n\`\`\`\n`)].join(
    '\n',
  );
const FLOW = 'flowchart LR\n  app["앱"] -- "쓰기" --> vol[("볼륨 todo-db")]';

/** The site's remark plugin, loaded afresh (its browser and its one warning belong to one build). */
async function transform(markdown: string, file: string): Promise<Root> {
  vi.resetModules();
  const { default: remarkDiagrams, renderer } = await import('../../src/plugins/diagrams/remark');
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  try {
    await remarkDiagrams({ siteDir, defaultLocale: 'ko' })(tree, { path: path.join(siteDir, file) });
  } finally {
    await renderer.close();
  }
  return tree;
}

describe('diagrams drawn at build time', () => {
  it('should put a Diagram in place of each fence, with SVGs for both modes named and described for screen readers', async () => {
    const tree = await transform(page(FLOW), 'docs/volumes.md');
    const [diagram] = tree.children.filter((n) => (n as { name?: string }).name === 'Diagram') as unknown as {
      attributes: { name: string; value: string }[];
    }[];
    const props = Object.fromEntries(diagram.attributes.map((a) => [a.name, a.value]));
    expect(Number(props.width)).toBeGreaterThan(0);
    expect(Number(props.height)).toBeGreaterThan(0);
    expect(tree.children.some((n) => n.type === 'code')).toBe(false);
    for (const theme of ['light', 'dark'] as const) {
      const svg = readFileSync(path.join(svgDirOf(cacheDirOf(siteDir)), svgFileName(props.id, theme)), 'utf8');
      expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+-title"/);
      expect(svg).toContain('>흐름도: 데이터를 남기기</title>');
      expect(svg).toContain('>앱 → 볼륨 todo-db (쓰기).</desc>');
    }
  });

  it('should describe an English page in English', async () => {
    const tree = await transform(page(FLOW), 'i18n/en/docusaurus-plugin-content-docs/current/volumes.md');
    const id = (
      tree.children.find((n) => (n as { name?: string }).name === 'Diagram') as unknown as {
        attributes: { value: string }[];
      }
    ).attributes[0].value;
    expect(readFileSync(path.join(svgDirOf(cacheDirOf(siteDir)), svgFileName(id, 'light')), 'utf8')).toContain(
      '>Flowchart: 데이터를 남기기</title>',
    );
  });

  it('should fail the build with file:line for a diagram mermaid cannot read', async () => {
    await expect(transform(page('flowchart LR\n  a -- -- b ]'), 'docs/broken.md')).rejects.toThrow(
      /docs\/broken\.md:5: the mermaid diagram could not be drawn/,
    );
  });

  it('should keep each fence as its source, and say so in one line, when there is no browser', async () => {
    vi.stubEnv('CHROMIUM_PATH', path.join(siteDir, 'no-chromium'));
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('docker101.diagrams.toldNoBrowser')];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Not drawn before, so only a browser could draw it.
    const tree = await transform(
      page(`${FLOW}\n  vol --> backup["백업"]`, 'sequenceDiagram\n  a->>b: hi'),
      'docs/fresh.md',
    );
    expect(tree.children.filter((n) => n.type === 'code').map((n) => (n as { lang?: string }).lang)).toEqual([
      'mermaid',
      'mermaid',
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[diagrams\] no Chromium at .*no-chromium .*mermaid source/);
  });

  it('should fail the build instead, naming the browser it looked for, where the diagrams are required', async () => {
    vi.stubEnv('CHROMIUM_PATH', path.join(siteDir, 'no-chromium'));
    vi.stubEnv('DOCKER101_REQUIRE_DIAGRAMS', '1');
    await expect(transform(page(`${FLOW}\n  vol --> copy["사본"]`), 'docs/required.md')).rejects.toThrow(
      /docs\/required\.md:5: the mermaid diagram could not be drawn: no Chromium at .*no-chromium/,
    );
  });
});
