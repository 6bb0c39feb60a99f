// prismjs ships its core without types; it is the same object `prismjs` types describe, minus the bundled grammars.
declare module 'prismjs/components/prism-core' {
  import Prism from 'prismjs';
  export default Prism;
}
