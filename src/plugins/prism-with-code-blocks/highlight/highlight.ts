import clsx from 'clsx';
import type { HighlightProps, PrismTheme, RenderProps } from 'prism-react-renderer';
import Prism from 'prismjs/components/prism-core';
import { type CSSProperties, type ReactNode, useMemo } from 'react';
import { normalizeTokens } from './normalize-tokens';

type Styles = Record<string, CSSProperties>;

/** Each token type's style for this language; `root` styles the block, `plain` every line (without a background). */
function stylesOf(theme: PrismTheme, language: string): Styles {
  const styles: Styles = {};
  for (const { languages, types, style } of theme.styles) {
    if (languages && !languages.includes(language)) continue;
    for (const type of types) styles[type] = { ...styles[type], ...style };
  }
  return { ...styles, root: theme.plain, plain: { ...theme.plain, backgroundColor: undefined } };
}

function tokenStyle(styles: Styles, types: string[], empty: boolean | undefined): CSSProperties | undefined {
  const block = empty ? { display: 'inline-block' } : undefined;
  if (types.length === 1 && types[0] === 'plain') return block;
  if (types.length === 1 && block) return styles[types[0]!];
  return Object.assign({}, block, ...types.map((type) => styles[type]));
}

/** prism-react-renderer's `Highlight`, with the same render props and markup, on the site's own Prism. */
export function Highlight({ children, language: name, code, theme, prism = Prism }: HighlightProps): ReactNode {
  const language = name.toLowerCase();
  const styles = useMemo(() => (theme ? stylesOf(theme, language) : undefined), [theme, language]);
  const grammar = prism.languages[language];
  const tokens = useMemo(() => {
    if (!grammar) return normalizeTokens([code]);
    // The hooks let a grammar such as markup-templating take part, as in prism-react-renderer.
    const env = { code, grammar, language, tokens: [] as Array<string | Prism.Token> };
    prism.hooks.run('before-tokenize', env);
    env.tokens = prism.tokenize(code, grammar);
    prism.hooks.run('after-tokenize', env);
    return normalizeTokens(env.tokens);
  }, [prism, code, grammar, language]);
  const props: RenderProps = {
    tokens,
    className: `prism-code language-${language}`,
    style: styles?.root ?? {},
    getLineProps: ({ className, style, line: _line, ...rest }) => ({
      ...rest,
      className: clsx('token-line', className),
      style: styles || style ? { ...styles?.plain, ...style } : undefined,
    }),
    getTokenProps: ({ token, className, style, ...rest }) => {
      const own = styles && tokenStyle(styles, token.types, token.empty);
      return {
        ...rest,
        className: clsx('token', ...token.types, className),
        children: token.content,
        style: style ? { ...own, ...style } : own,
      };
    },
  };
  return children(props);
}
