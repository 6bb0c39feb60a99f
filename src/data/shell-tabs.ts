/**
 * The shells a page may show side by side (fence meta `tab=<key>`), in the order the tabs appear.
 * Consecutive fences with `tab=` become one tab group whose choice the reader's browser remembers.
 * Kept free of imports so the remark plugin, the component and the tests can all load it.
 */
export const SHELL_TABS = ['linux-macos', 'powershell', 'cmd'] as const;

export type ShellTab = (typeof SHELL_TABS)[number];

export const isShellTab = (value: string): value is ShellTab => (SHELL_TABS as readonly string[]).includes(value);
