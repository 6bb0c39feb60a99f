import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * The classic theme registers the extra Prism languages (`prism.additionalLanguages`) from a client module, and so
 * puts prism-react-renderer, Prism with its bundled languages (85 kB), into main.js: every page downloads and
 * evaluates it before it can respond, on a phone in one long task. This plugin empties that client module; the
 * CodeBlock wrapper registers the languages instead (src/theme/CodeBlock/prism-languages.ts), so Prism arrives
 * with the first page that shows code, in that page's own chunk.
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
          },
        },
      };
    },
  };
}
