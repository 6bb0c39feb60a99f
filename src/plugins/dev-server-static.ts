import type { Plugin } from '@docusaurus/types';

type ConfigureWebpackResult = Exclude<ReturnType<NonNullable<Plugin['configureWebpack']>>, void>;

/**
 * What a plugin's configureWebpack returns so that `docusaurus start` also serves `directory` at `publicPath`:
 * Docusaurus merges it into its dev server's list of static folders. The build ignores it.
 */
export function devServerStatic(publicPath: string, directory: string): ConfigureWebpackResult {
  // Webpack's own types do not describe the dev server's options.
  return { devServer: { static: [{ publicPath, directory, watch: false }] } } as ConfigureWebpackResult;
}
