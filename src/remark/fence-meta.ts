// Reads one `key=value` (or `key="quoted value"`) from a code fence's meta string.
export function metaValue(meta: string | null | undefined, key: string): string | undefined {
  if (!meta) return undefined;
  const match = new RegExp(`(?:^|\\s)${key}=(?:"([^"]*)"|(\\S+))`).exec(meta);
  return match ? (match[1] ?? match[2]) : undefined;
}
