import type { BlockMeta } from './types';

/** Every key a fence may carry: `value` needs `key=value`, `flag` stands alone, `either` allows both. */
export const META_KEYS = {
  id: 'value',
  fails: 'value',
  background: 'flag',
  timeout: 'value',
  norun: 'value',
  file: 'value',
  title: 'value',
  showLineNumbers: 'either',
  // Display only: consecutive fences with tab= become one shell tab group (src/remark/shell-tabs.ts).
  tab: 'value',
} as const satisfies Record<string, 'value' | 'flag' | 'either'>;

export type MetaKey = keyof typeof META_KEYS;

const isMetaKey = (key: string): key is MetaKey => Object.hasOwn(META_KEYS, key);

// One token: a highlight range, a key with a double/single-quoted or bare value, or a bare flag.
const TOKEN = /\s*(?:(\{[^}]*\})|([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?)/y;
const HIGHLIGHT = /^\{\s*\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*\s*\}$/;

/** Parses a fence meta string; throws an Error whose message names the offending token. */
export function parseMeta(raw: string): BlockMeta {
  const values: Record<string, string | true> = {};
  const highlights: string[] = [];
  TOKEN.lastIndex = 0;
  let rest = raw.trim();
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
      continue;
    }
    const value = dq ?? sq ?? bare;
    addValue(values, key!, value);
  }
  return { values, highlights };
}

function addValue(values: Record<string, string | true>, key: string, value: string | undefined): void {
  if (!isMetaKey(key)) {
    throw new Error(`unknown fence meta key "${key}" (known: ${Object.keys(META_KEYS).join(', ')})`);
  }
  if (Object.hasOwn(values, key)) throw new Error(`fence meta key "${key}" appears twice`);
  const kind = META_KEYS[key];
  if (value === undefined && kind === 'value') throw new Error(`fence meta key "${key}" needs a value: ${key}=…`);
  if (value !== undefined && kind === 'flag') throw new Error(`fence meta key "${key}" is a bare flag; write it without =`);
  if (value === '') throw new Error(`fence meta key "${key}" has an empty value`);
  values[key] = value ?? true;
}
