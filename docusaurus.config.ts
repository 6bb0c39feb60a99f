import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import codeFromExamples from './src/remark/code-from-examples';
import norunNotes from './src/remark/norun-notes';

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
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },
  themes: ['@docusaurus/theme-mermaid'],

  customFields: { devPort: DEV_PORT },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
          remarkPlugins: [codeFromExamples, norunNotes],
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
      logo: { alt: 'Docker 101', src: 'img/logo.svg' },
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
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['bash', 'docker', 'json', 'yaml', 'powershell'],
    },
    mermaid: { theme: { light: 'neutral', dark: 'dark' } },
  } satisfies Preset.ThemeConfig,
};

export default config;
