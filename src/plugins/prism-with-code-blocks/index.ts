import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * Two changes to where Prism lives. The classic theme registers the extra languages (`prism.additionalLanguages`)
 * from a client module, which puts Prism into main.js: every page would download and evaluate it before it could
 * respond. This plugin empties that client module; the CodeBlock wrapper registers the languages instead
 * (src/theme/CodeBlock/prism-languages.ts), so Prism arrives with the first page that shows code. And
 * `prism-react-renderer` itself, in both bundles, becomes ./highlight: the same `Highlight` on prismjs's bare core,
 * without the forty bundled grammars that made the largest chunk of a page with code.
 */
export default function prismWithCodeBlocks(): Plugin {
  const themeClassic = path.dirname(require.resolve('@docusaurus/theme-classic'));
  return {
    name: 'prism-with-code-blocks',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            [`${path.join(themeClassic, 'prism-include-languages.js')}$`]: path.join(__dirname, 'no-client-module.js'),
            'prism-react-renderer$': path.join(__dirname, 'highlight'),
          },
        },
      };
    },
  };
}
