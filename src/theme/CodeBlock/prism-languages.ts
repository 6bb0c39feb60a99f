// The languages of `prism.additionalLanguages`, registered where code blocks are drawn rather than
// in main.js (src/plugins/prism-with-code-blocks); this runs once, before the first block is highlighted.
import prismIncludeLanguages from '@theme/prism-include-languages';
import { Prism } from 'prism-react-renderer';

prismIncludeLanguages(Prism);
