/** What carries from one block to the next within a page, as in the reader's terminal. */
export interface ShellState {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
}

/** Set on every block's environment so processes a killed run left behind can be found again. */
export const RUN_MARKER = 'DOCKER101_DOCS_RUN';

// Test-tool variables a reader's terminal would not have; NODE_OPTIONS and npm_* would change node/npm in blocks.
const DROPPED =
  /^(VITEST.*|VITE_.*|npm_.*|TSX_.*|TESTCONTAINERS_.*|NODE_OPTIONS|NODE_ENV|TEST|INIT_CWD|FORCE_COLOR|PWD|OLDPWD|SHLVL|_)$/;

/** The first block's state: the runner's environment minus test tooling, in the page's start folder. */
export function initialState(cwd: string, marker: string, base: NodeJS.ProcessEnv = process.env): ShellState {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) if (value !== undefined && !DROPPED.test(key)) env[key] = value;
  env[RUN_MARKER] = marker;
  return { cwd, env };
}

/** Parses `env -0` output; drops what bash sets per process so it does not pile up across blocks. */
export function parseEnv0(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of text.split('\0')) {
    const eq = entry.indexOf('=');
    if (eq <= 0) continue;
    const key = entry.slice(0, eq);
    if (key !== '_' && key !== 'SHLVL') env[key] = entry.slice(eq + 1);
  }
  return env;
}

/** Single-quotes a string for bash. */
export const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
