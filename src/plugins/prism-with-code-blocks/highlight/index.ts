/**
 * What the site's browser and server bundles get for `prism-react-renderer` (index.ts sets the alias). The package
 * bundles Prism with forty grammars the site never shows, 135 kB minified in one module that cannot be split, and a
 * phone evaluated all of it before a page with code could hydrate. This gives the two exports Docusaurus's code
 * blocks use, `Prism` and `Highlight`, on prismjs's bare core; the grammars the pages use are the theme's
 * `prism.additionalLanguages`, registered by src/theme/CodeBlock/prism-languages.ts.
 */
import Prism from 'prismjs/components/prism-core';

// In a browser the core highlights every `language-*` block of the document on the next frame unless told not to;
// those blocks are React's, and a DOM changed behind React's back breaks hydration.
Prism.manual = true;

export { Highlight } from './highlight';
export { Prism };
