import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import type { PluginOptions as SearchOptions } from '@easyops-cn/docusaurus-search-local';
import { NAVBAR_END_ID } from './src/data/navbar-end';
import { darkCodeTheme, lightCodeTheme } from './src/data/prism-themes';
import chapterPath from './src/plugins/chapter-path';
import diagrams from './src/plugins/diagrams';
import remarkDiagrams from './src/plugins/diagrams/remark';
import docsRunReport from './src/plugins/docs-run-report';
import exampleDownloads from './src/plugins/example-downloads';
import prismWithCodeBlocks from './src/plugins/prism-with-code-blocks';
import codeFromExamples from './src/remark/code-from-examples';
import norunNotes from './src/remark/norun-notes';
import pageRules from './src/remark/page-rules';
import readerVariableInputs from './src/remark/reader-variable-inputs';
import shellTabs from './src/remark/shell-tabs';
import sourceLines from './src/remark/source-lines';

// Port 3000 belongs to the todo app the reader runs; the site stays out of its way.
const DEV_PORT = 4000;

const config: Config = {
  title: 'Docker 101',
  tagline: '모든 명령어가 실제로 실행되어 검증되는 Docker 입문서',
  favicon: 'img/favicon.svg',
  url: 'https://docker-101.example.org',
  baseUrl: '/',

  // Every link, anchor and markdown link must resolve in both languages.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',

  future: {
    // All v4 behaviour except dropping MDX1 heading ids: pages pin `{#id}` so anchors match across languages.
    v4: { removeLegacyPostBuildHeadAttribute: true, useCssCascadeLayers: true, mdx1CompatDisabledByDefault: false },
    faster: true,
  },

  i18n: {
    defaultLocale: 'ko',
    locales: ['ko', 'en'],
    localeConfigs: {
      ko: { label: '한국어', htmlLang: 'ko-KR' },
      en: { label: 'English', htmlLang: 'en-US' },
    },
  },

  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },
  themes: [
    [
      // Local search: the index is built with the site, no external service.
      '@easyops-cn/docusaurus-search-local',
      {
        language: ['ko', 'en'],
        hashed: true,
        // The hash that busts a cached index covers both languages' pages.
        docsDir: ['docs', 'i18n/en/docusaurus-plugin-content-docs/current'],
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
      } satisfies SearchOptions,
    ],
  ],
  plugins: [docsRunReport, exampleDownloads, diagrams, chapterPath, prismWithCodeBlocks],

  customFields: { devPort: DEV_PORT },

  headTags: [
    {
      // A busy or slow device paints a half-parsed page: the right-aligned navbar then grows leftwards as its
      // last items (the search bar) arrive, and everything in it jumps. Chromium holds the first paint until
      // the navbar's last element is parsed; other browsers ignore the hint.
      tagName: 'link',
      attributes: { rel: 'expect', href: `#${NAVBAR_END_ID}`, blocking: 'render' },
    },
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
          // pageRules first, on the page as written; then diagrams are drawn into SVGs at build time
          // (src/plugins/diagrams), before other plugins see the fences.
          beforeDefaultRemarkPlugins: [pageRules, [remarkDiagrams, { siteDir: __dirname, defaultLocale: 'ko' }]],
          // shellTabs before norunNotes, so a variant's "not run in CI" note sits in its tab.
          remarkPlugins: [codeFromExamples, shellTabs, readerVariableInputs, norunNotes, sourceLines],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Docker 101',
      // The title "Docker 101" sits right next to the logo: an empty alt keeps screen readers from saying it twice.
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      items: [
        { type: 'docSidebar', sidebarId: 'tutorial', position: 'left', label: '튜토리얼' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'Docker 101 — 이 사이트의 모든 명령어는 실제 Docker 엔진에서 테스트됩니다.',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      // Every language the pages' fences name, and no other: each grammar costs the reader start-up time. Prism
      // itself comes bare (src/plugins/prism-with-code-blocks/highlight); clike before javascript, which extends it.
      additionalLanguages: ['markup', 'clike', 'javascript', 'json', 'yaml', 'ini', 'bash', 'docker'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
