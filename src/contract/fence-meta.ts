import { norunReasons } from '../data/norun-reasons';
import { SHELL_TABS } from '../data/shell-tabs';

/**
 * The fence grammar of CONTRIBUTING.md, defined once for the doc runner, the site's remark plugins and the
 * page checks. Adding a key is one entry here plus the code that uses it.
 */

/** What a fenced block is to the runner: a command, a file from examples/, a command's shown output, or prose. */
export type BlockKind = 'shell' | 'file' | 'output' | 'other';

export interface KeyRule {
  /** `value` needs key=value, `flag` stands alone, `either` allows both. */
  readonly form: 'value' | 'flag' | 'either';
  /** The kinds of block the key may appear on. */
  readonly on: readonly BlockKind[];
  /** Allowed values, when there is a fixed list, and the file that keeps the list. */
  readonly values?: readonly string[];
  readonly valuesFrom?: string;
  /** What a value must look like, with the words that say so in an error. */
  readonly pattern?: readonly [RegExp, string];
  /** Decides how a block runs or is checked, so a translation must keep it exactly. */
  readonly run: boolean;
}

const ALL: readonly BlockKind[] = ['shell', 'file', 'output', 'other'];

export const FENCE_KEYS = {
  id: {
    form: 'value',
    on: ['shell'],
    pattern: [/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'],
    run: true,
  },
  fails: { form: 'value', on: ['shell'], run: true },
  background: { form: 'flag', on: ['shell'], run: true },
  timeout: { form: 'value', on: ['shell'], pattern: [/^[1-9]\d*$/, 'a whole number of seconds'], run: true },
  norun: {
    form: 'value',
    on: ['shell', 'output'],
    values: Object.keys(norunReasons),
    valuesFrom: 'src/data/norun-reasons.ts',
    run: true,
  },
  file: { form: 'value', on: ['file', 'other'], pattern: [/^examples\/\S+$/, 'a path under examples/'], run: false },
  // Display only: consecutive fences with tab= become one group of shell tabs.
  tab: { form: 'value', on: ['shell'], values: SHELL_TABS, valuesFrom: 'src/data/shell-tabs.ts', run: false },
  // The shown output's lines may come in any order (only where the engine gives none).
  unordered: { form: 'flag', on: ['output'], run: true },
  title: { form: 'value', on: ALL, run: false },
  showLineNumbers: { form: 'either', on: ALL, pattern: [/^\d+$/, 'a line number'], run: false },
} as const satisfies Record<string, KeyRule>;

export type FenceKey = keyof typeof FENCE_KEYS;

/** Keys that must be identical in a page and its translation. */
export const RUN_KEYS = (Object.keys(FENCE_KEYS) as FenceKey[]).filter((key) => FENCE_KEYS[key].run);

/** Fence languages the runner executes; all run in bash, as a reader on Linux or macOS would paste them. */
export const SHELL_LANGS: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'console']);

/** Fence languages that show a file's content: they must come from examples/ through `file=`. */
export const FILE_LANGS: ReadonlySet<string> = new Set([
  'dockerfile',
  'yaml',
  'yml',
  'json',
  'js',
  'javascript',
  'ts',
  'typescript',
  'html',
  'css',
  'ini',
  'properties',
]);

/** The language of a command's shown output. */
export const OUTPUT_LANG = 'text';

/** Fence meta after parsing: `id=x fails="no such" background {1,3-4}`. */
export interface FenceMeta {
  /** Every `key=value` and bare flag, as written (flags map to `true`). */
  readonly values: Readonly<Partial<Record<FenceKey, string | true>>>;
  /** Docusaurus highlight ranges such as `{1,3-4}`, kept verbatim. */
  readonly highlights: readonly string[];
}

// One token: a highlight range, a key with a double/single-quoted or bare value, or a bare flag.
const TOKEN = /\s*(?:(\{[^}]*\})|([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?)/y;
const HIGHLIGHT = /^\{\s*\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*\s*\}$/;
/** Added at build time by src/remark/source-lines.ts, after the checks; never written by authors. */
export const SOURCE_LINE = 'sourceLine';
const BUILD_KEYS: ReadonlySet<string> = new Set([SOURCE_LINE]);

/** The fence's line in the page file, as the site's build recorded it in the meta. */
export function sourceLineOf(raw: string | null | undefined): number | undefined {
  const m = new RegExp(`(?:^|\\s)${SOURCE_LINE}=(\\d+)(?:\\s|$)`).exec(raw ?? '');
  return m ? Number(m[1]) : undefined;
}

const isKey = (key: string): key is FenceKey => Object.hasOwn(FENCE_KEYS, key);

/** Parses a fence meta string; throws an Error whose message names the offending token. */
export function parseMeta(raw: string | null | undefined): FenceMeta {
  const values: Partial<Record<FenceKey, string | true>> = {};
  const highlights: string[] = [];
  let rest = (raw ?? '').trim();
  while (rest.length > 0) {
    TOKEN.lastIndex = 0;
    const m = TOKEN.exec(rest);
    if (!m || m[0].trim() === '' || (rest.length > m[0].length && !/^\s/.test(rest.slice(m[0].length)))) {
      throw new Error(`cannot read fence meta near ${JSON.stringify(rest)} (quote values with spaces: key="a b")`);
    }
    rest = rest.slice(m[0].length).trim();
    const [, range, key, dq, sq, bare] = m;
    if (range !== undefined) {
      if (!HIGHLIGHT.test(range)) throw new Error(`bad highlight range ${range} (expected e.g. {1,3-4})`);
      highlights.push(range);
    } else if (!BUILD_KEYS.has(key!)) {
      addValue(values, key!, dq ?? sq ?? bare);
    }
  }
  return { values, highlights };
}

function addValue(values: Partial<Record<FenceKey, string | true>>, key: string, value: string | undefined): void {
  if (!isKey(key)) throw new Error(`unknown fence meta key "${key}" (known: ${Object.keys(FENCE_KEYS).join(', ')})`);
  if (Object.hasOwn(values, key)) throw new Error(`fence meta key "${key}" appears twice`);
  const rule: KeyRule = FENCE_KEYS[key];
  if (value === undefined && rule.form === 'value') throw new Error(`fence meta key "${key}" needs a value: ${key}=…`);
  if (value !== undefined && rule.form === 'flag')
    throw new Error(`fence meta key "${key}" is a bare flag; write it without =`);
  if (value === '') throw new Error(`fence meta key "${key}" has an empty value`);
  values[key] = value ?? true;
}

/** Why a key's value is not allowed (not in its list, not of its form), or undefined when it is. */
export function valueProblem(key: FenceKey, value: string | true): string | undefined {
  const rule: KeyRule = FENCE_KEYS[key];
  if (value === true) return undefined;
  if (rule.values && !rule.values.includes(value)) {
    const from = rule.valuesFrom ? ` (${rule.valuesFrom})` : '';
    return `${key}=${value} is not one of ${rule.values.join(', ')}${from}`;
  }
  if (rule.pattern && !rule.pattern[0].test(value)) return `${key}=${value} must be ${rule.pattern[1]}`;
  return undefined;
}

/** The string value of a key, or undefined when absent or a bare flag. */
export const metaString = (meta: FenceMeta, key: FenceKey): string | undefined => {
  const value = meta.values[key];
  return typeof value === 'string' ? value : undefined;
};

/** A key's value as the site reads it from a fence that passed the checks; undefined when absent or unreadable. */
export function metaValue(raw: string | null | undefined, key: FenceKey): string | undefined {
  try {
    return metaString(parseMeta(raw), key);
  } catch {
    return undefined;
  }
}
