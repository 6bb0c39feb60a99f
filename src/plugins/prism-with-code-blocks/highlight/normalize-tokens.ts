import type { Token } from 'prism-react-renderer';
import type Prism from 'prismjs';

const NEWLINE = /\r\n|\r|\n/;

const withType = (types: string[], add: string | string[] | undefined): string[] =>
  add === undefined || types[types.length - 1] === add ? types : types.concat(add);

/** An empty line still gets one token, so it keeps its height; the same rule as prism-react-renderer's. */
function close(line: Token[]): void {
  if (line.length === 0) line.push({ types: ['plain'], content: '\n', empty: true });
  else if (line.length === 1 && line[0]!.content === '') Object.assign(line[0]!, { content: '\n', empty: true });
}

/**
 * Prism's nested token tree, flattened into lines of tokens that carry every enclosing type: the shape
 * prism-react-renderer's `normalizeTokens` gives, so the theme's CodeBlock draws the same markup.
 */
export function normalizeTokens(stream: Array<string | Prism.Token>): Token[][] {
  const lines: Token[][] = [[]];
  const walk = (tokens: Array<string | Prism.Token>, types: string[]): void => {
    for (const token of tokens) {
      // Text between tokens takes its parent's types; at the top it has none and is `plain`.
      const [own, content] =
        typeof token === 'string'
          ? [types.length ? types : ['plain'], token]
          : [withType(withType(types, token.type), token.alias), token.content];
      if (typeof content !== 'string') {
        walk(Array.isArray(content) ? content : [content], own);
        continue;
      }
      const [first, ...rest] = content.split(NEWLINE);
      lines[lines.length - 1]!.push({ types: own, content: first! });
      for (const part of rest) {
        close(lines[lines.length - 1]!);
        lines.push([{ types: own, content: part }]);
      }
    }
  };
  walk(stream, []);
  close(lines[lines.length - 1]!);
  return lines;
}
