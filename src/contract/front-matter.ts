/** Example folder names as front matter may give them: `example: todo-app` or a list. */
const NAME = /^[\w.-]+$/;

export interface ExampleList {
  readonly examples: readonly string[];
  /** Set when the value is not a folder name or a list of them. */
  readonly problem?: string;
}

/** The example folders a page names in its front matter, in order; the shell starts in the first. */
export function readExamples(frontMatter: Readonly<Record<string, unknown>>): ExampleList {
  const value = frontMatter.example;
  const names = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const examples = names.filter((n): n is string => typeof n === 'string' && NAME.test(n) && !n.startsWith('.'));
  return examples.length === names.length
    ? { examples }
    : { examples, problem: 'front matter "example" must be a folder name under examples/ or a list of them' };
}

/** Where the site serves an example folder as a zip, relative to the locale's base URL. */
export const downloadPath = (example: string): string => `/downloads/${example}.zip`;
