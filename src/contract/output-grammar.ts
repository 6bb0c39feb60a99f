/**
 * The small grammar authors use inside a shown output (CONTRIBUTING.md, "Shown output"): the output block is
 * what the reader's terminal shows, and the doc runner checks it line by line. Defined once for the runner, the
 * page checks and the site (which can explain the tokens to readers).
 */

/** Inside a line: any text on that line. A line holding only this: any number of lines. */
export const ELLIPSIS = '…';

export interface Redaction {
  /** What it stands for, for CONTRIBUTING.md and readers. */
  readonly means: string;
  /** What it matches; `null` for values only the run knows (filled in by the runner). */
  readonly pattern: RegExp | null;
}

// As Docker words a length of time (go-units' HumanDuration): "Less than a second", "1 second", "About a minute", "3 days".
const SPAN = String.raw`(?:Less than a second|About a minute|About an hour|an? (?:second|minute|hour|day|week|month|year)|\d+ (?:second|minute|hour|day|week|month|year)s?)`;

/** Named values that change from run to run, written `[NAME]` in a shown output. */
export const REDACTIONS = {
  ID: { means: 'a container or image ID (12 or 64 hex digits)', pattern: /[0-9a-f]{64}|[0-9a-f]{12}/ },
  DIGEST: { means: 'a content digest, sha256:…', pattern: /sha256:[0-9a-f]{64}/ },
  NAME: { means: 'a container name Docker made up', pattern: /[a-z]+_[a-z]+\d*/ },
  AGO: { means: 'how long ago, in words ("2 seconds ago")', pattern: new RegExp(`${SPAN} ago`) },
  SPAN: { means: 'a length of time in words ("2 seconds", "About a minute")', pattern: new RegExp(SPAN) },
  DURATION: {
    means: 'a measured time ("1.2s", "0.0s", "1m3s")',
    pattern: /(?:\d+h)?(?:\d+m)?\d+(?:\.\d+)?(?:ms|s|m)|\d+(?:\.\d+)? ?s/,
  },
  DATE: {
    means: 'a date and time ("2026-12-01T21:46:03Z", or "Dec  1 21:46" as `ls -l` prints it)',
    pattern:
      /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z| ?[+-]\d{2}:?\d{2})?(?: [A-Z]{3,4})?)?|[A-Z][a-z]{2} +\d{1,2} +(?:\d{2}:\d{2}|\d{4})/,
  },
  PORT: { means: 'a port number the engine chose', pattern: /\d{2,5}/ },
  IP: { means: 'an IPv4 address', pattern: /\d{1,3}(?:\.\d{1,3}){3}/ },
  SIZE: { means: 'a size ("252MB", "1.2kB", "0B")', pattern: /\d+(?:\.\d+)? ?(?:[kKMGT]i?)?B/ },
  NUMBER: { means: 'a number that changes (a process ID, a count)', pattern: /\d+/ },
  VERSION: { means: 'a version number ("26.1.5", "v2.26.1")', pattern: /v?\d+(?:\.\d+)+(?:[-+~][\w.+~-]*)?/ },
  PATH: { means: "the reader's folder holding the example folders", pattern: null },
  USER: { means: "the reader's user name or ID", pattern: null },
} as const satisfies Record<string, Redaction>;

export type RedactionName = keyof typeof REDACTIONS;

export const REDACTION_NAMES = Object.keys(REDACTIONS) as RedactionName[];

/** `[ID]`, `[DIGEST]`, … as they appear in a shown output; other bracketed text (`[+]`, `[internal]`) is literal. */
export const REDACTION_TOKEN = new RegExp(`\\[(${REDACTION_NAMES.join('|')})\\]`, 'g');
