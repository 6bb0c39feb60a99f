import { ELLIPSIS, REDACTION_TOKEN, REDACTIONS, type RedactionName } from '../../../src/contract/output-grammar';

/** Values only the run knows: the reader's folder and user, as this run has them. */
export interface RunValues {
  readonly PATH: string;
  /** The user's name and numeric ID: either may show. */
  readonly USER: readonly string[];
}

export interface MatchOptions {
  readonly unordered?: boolean;
  readonly values: RunValues;
}

/**
 * One line of the comparison: `same` (the printed line matched the shown one, wildcards included), `elided`
 * (printed lines a `…` line stood for), `changed` (printed in place of the shown one), `missing` (shown, not
 * printed), `extra` (printed, not shown).
 */
export type LineMatch =
  | { readonly kind: 'same'; readonly expected: string; readonly actual: string }
  | { readonly kind: 'changed'; readonly expected: string; readonly actual: string }
  | { readonly kind: 'elided'; readonly expected: string; readonly actual: readonly string[] }
  | { readonly kind: 'missing'; readonly expected: string }
  | { readonly kind: 'extra'; readonly actual: string };

export interface OutputMatch {
  readonly ok: boolean;
  readonly lines: readonly LineMatch[];
}

type Pattern =
  | { readonly text: string; readonly ellipsis: true }
  | { readonly text: string; readonly ellipsis: false; readonly re: RegExp };

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const valuePattern = (name: RedactionName, values: RunValues): string => {
  const { pattern } = REDACTIONS[name];
  if (pattern) return `(?:${pattern.source})`;
  const options = name === 'PATH' ? [values.PATH] : values.USER;
  return `(?:${options.map(escapeRegExp).join('|')})`;
};

/** A shown line as a pattern: literal text, `…` for any text, `[NAME]` redactions, runs of spaces for any run. */
export function compileLine(line: string, values: RunValues): Pattern {
  const text = line.trimEnd();
  if (text.trim() === ELLIPSIS) return { text, ellipsis: true };
  const token = new RegExp(`(${REDACTION_TOKEN.source})|(${ELLIPSIS})|( {2,})`, 'g');
  let source = '';
  let last = 0;
  for (const m of text.matchAll(token)) {
    source += escapeRegExp(text.slice(last, m.index));
    if (m[2]) source += valuePattern(m[2] as RedactionName, values);
    else if (m[3]) source += '.*?';
    else source += ' +';
    last = m.index + m[0].length;
  }
  source += escapeRegExp(text.slice(last));
  return { text, ellipsis: false, re: new RegExp(`^${source}$`) };
}

/** Lines without trailing spaces; blank lines at the start and the end do not count. */
const splitLines = (text: string): string[] => {
  const lines = text.split('\n').map((l) => l.trimEnd());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
};

/** Compares what the page shows with what the command printed (the terminal's text). */
export function matchOutput(shown: string, printed: string, options: MatchOptions): OutputMatch {
  const patterns = splitLines(shown).map((l) => compileLine(l, options.values));
  const actual = splitLines(printed);
  return options.unordered ? matchUnordered(patterns, actual) : matchInOrder(patterns, actual);
}

/** The alignment with the fewest unmatched lines (dynamic programming over shown × printed lines). */
function matchInOrder(patterns: readonly Pattern[], actual: readonly string[]): OutputMatch {
  const n = patterns.length;
  const m = actual.length;
  const cost: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  const matches = (i: number, j: number): boolean => {
    const p = patterns[i]!;
    return !p.ellipsis && p.re.test(actual[j]!);
  };
  for (let j = 0; j <= m; j++) cost[n]![j] = m - j;
  for (let i = n - 1; i >= 0; i--) {
    const row = cost[i]!;
    const next = cost[i + 1]!;
    row[m] = patterns[i]!.ellipsis ? next[m]! : next[m]! + 1;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = patterns[i]!.ellipsis
        ? Math.min(next[j]!, row[j + 1]!)
        : Math.min(next[j + 1]! + (matches(i, j) ? 0 : 1), next[j]! + 1, row[j + 1]! + 1);
    }
  }
  const lines: LineMatch[] = [];
  let [i, j] = [0, 0];
  while (i < n || j < m) {
    const here = cost[i]?.[j] ?? m - j;
    const p = patterns[i];
    if (!p) {
      lines.push({ kind: 'extra', actual: actual[j++]! });
    } else if (p.ellipsis) {
      const eaten: string[] = [];
      while (j < m && cost[i]![j] === cost[i]![j + 1] && cost[i]![j] !== cost[i + 1]![j]) eaten.push(actual[j++]!);
      lines.push({ kind: 'elided', expected: p.text, actual: eaten });
      i++;
    } else if (j < m && matches(i, j) && here === cost[i + 1]![j + 1]) {
      lines.push({ kind: 'same', expected: p.text, actual: actual[j]! });
      i++;
      j++;
    } else if (j < m && here === cost[i + 1]![j + 1]! + 1) {
      lines.push({ kind: 'changed', expected: p.text, actual: actual[j]! });
      i++;
      j++;
    } else if (here === cost[i + 1]![j]! + 1) {
      lines.push({ kind: 'missing', expected: p.text });
      i++;
    } else {
      lines.push({ kind: 'extra', actual: actual[j++]! });
    }
  }
  return { ok: cost[0]![0] === 0, lines };
}

/** Each shown line matches a printed line of its own, in any order; a `…` line allows lines not shown. */
function matchUnordered(patterns: readonly Pattern[], actual: readonly string[]): OutputMatch {
  const used = new Set<number>();
  const owner = new Map<number, Pattern>();
  const unmatched: Pattern[] = [];
  // The most literal lines first, so a wildcard line does not take the line a literal one needs.
  const ordered = patterns.filter((p) => !p.ellipsis).sort((a, b) => literalLength(b) - literalLength(a));
  for (const p of ordered) {
    const j = actual.findIndex((line, k) => !used.has(k) && !p.ellipsis && p.re.test(line));
    if (j < 0) unmatched.push(p);
    else {
      used.add(j);
      owner.set(j, p);
    }
  }
  const allowsMore = patterns.some((p) => p.ellipsis);
  const lines: LineMatch[] = actual.map((line, j): LineMatch => {
    const p = owner.get(j);
    if (p) return { kind: 'same', expected: p.text, actual: line };
    return allowsMore ? { kind: 'elided', expected: ELLIPSIS, actual: [line] } : { kind: 'extra', actual: line };
  });
  for (const p of unmatched) lines.push({ kind: 'missing', expected: p.text });
  return { ok: unmatched.length === 0 && (allowsMore || used.size === actual.length), lines };
}

const literalLength = (p: Pattern): number => p.text.replace(REDACTION_TOKEN, '').replaceAll(ELLIPSIS, '').length;

/**
 * The comparison as a diff of shown vs printed, where printed lines that matched a wildcard are shown as the
 * shown line (normalise, then diff), so only real differences carry `-` or `+`.
 */
export function formatDiff(match: OutputMatch): string {
  return match.lines.map(diffLine).join('\n');
}

function diffLine(l: LineMatch): string {
  if (l.kind === 'same') return `  ${l.expected}`;
  if (l.kind === 'elided') {
    const count = l.actual.length === 0 ? '' : `   (${l.actual.length} line${l.actual.length === 1 ? '' : 's'})`;
    return `  ${l.expected}${count}`;
  }
  if (l.kind === 'changed') return `- ${l.expected}\n+ ${l.actual}`;
  if (l.kind === 'missing') return `- ${l.expected}`;
  return `+ ${l.actual}`;
}

/**
 * A printed line that replaces a shown one, with the shown line's redactions put back where the printed line has
 * such a value (as many of each as the shown line had, first come first): `[ID]   [AGO]` stays, with the new text.
 */
function reRedact(shown: string, printed: string): string {
  let line = printed;
  // Past the tokens already put back, so a second [ID] takes the second ID.
  let from = 0;
  for (const m of shown.matchAll(REDACTION_TOKEN)) {
    const pattern = REDACTIONS[m[1] as RedactionName].pattern;
    if (!pattern) continue;
    const token = `[${m[1]}]`;
    const found = new RegExp(pattern.source).exec(line.slice(from));
    if (!found) continue;
    const at = from + found.index;
    line = `${line.slice(0, at)}${token}${line.slice(at + found[0].length)}`;
    from = at + token.length;
  }
  return line;
}

/**
 * The shown output rewritten from a real run: lines that still match keep their wildcards and redactions, `…`
 * lines stay, a changed line keeps the redactions it had where the new text has such values, shown lines nothing
 * printed are dropped, printed lines nothing showed are added as printed.
 */
export function updatedOutput(match: OutputMatch): string {
  const out: string[] = [];
  for (const l of match.lines) {
    if (l.kind === 'same') out.push(l.expected);
    else if (l.kind === 'elided' && out.at(-1) !== l.expected) out.push(l.expected);
    else if (l.kind === 'changed') out.push(reRedact(l.expected, l.actual));
    else if (l.kind === 'extra') out.push(l.actual);
  }
  return out.join('\n');
}
