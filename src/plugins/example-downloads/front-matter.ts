/** The example folders a page names in its front matter (`example: todo-app` or a list), in order. */
export function examplesOf(frontMatter: Readonly<Record<string, unknown>>): string[] {
  const value = frontMatter.example;
  const names = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return names.filter((name): name is string => typeof name === 'string' && /^[\w.-]+$/.test(name) && !name.startsWith('.'));
}

/** Where the built site serves an example folder as a zip, relative to the locale's base URL. */
export const downloadPath = (example: string): string => `/downloads/${example}.zip`;
