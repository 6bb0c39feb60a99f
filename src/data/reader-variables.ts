/**
 * Placeholders the reader fills in once (kept in their browser only); commands then show and copy the value.
 * `pattern` is what the value must look like before it is put into a command the reader copies.
 * Kept free of imports so remark plugins, components and tests can all load it.
 */
export const READER_VARIABLES = {
  // Docker Hub: 4 to 30 lower-case letters and digits.
  'YOUR-USER-NAME': { pattern: /^[a-z0-9]{4,30}$/ },
} as const satisfies Record<string, { readonly pattern: RegExp }>;

export type ReaderVariable = keyof typeof READER_VARIABLES;

export const READER_VARIABLE_NAMES = Object.keys(READER_VARIABLES) as ReaderVariable[];

/** `{YOUR-USER-NAME}` as pages write it. */
export const placeholderOf = (name: ReaderVariable): string => `{${name}}`;
