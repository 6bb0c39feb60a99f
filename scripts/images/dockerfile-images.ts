import { normalizeImageName } from './image-name';

/** An image a file needs, and the line that names it. */
export interface ImageUse {
  image: string;
  line: number;
}

export class DockerfileParseError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'DockerfileParseError';
  }
}

/** A Dockerfile Docker refuses while parsing, before it pulls anything: it needs no image. */
export class InvalidDockerfileError extends DockerfileParseError {
  constructor(line: number, message: string) {
    super(line, message);
    this.name = 'InvalidDockerfileError';
  }
}

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/**
 * The images a Dockerfile pulls: each `FROM` that is not `scratch` or an earlier stage, and each
 * `COPY --from=` that names an image rather than a stage. Build args declared before the first `FROM`
 * are substituted with their defaults. Throws InvalidDockerfileError for a file `docker build` rejects.
 */
export function imagesInDockerfile(text: string): ImageUse[] {
  const globalArgs = new Map<string, string>();
  const stages = new Set<string>();
  const uses: ImageUse[] = [];
  let seenFrom = false;

  for (const { keyword, args, line } of instructions(text)) {
    if (keyword === 'ARG' && !seenFrom) {
      for (const [name, value] of argDeclarations(args)) globalArgs.set(name, value);
    } else if (keyword === 'FROM') {
      seenFrom = true;
      const words = args.split(/\s+/).filter((word) => word && !word.startsWith('--'));
      if (words.length !== 1 && words.length !== 3) {
        throw new InvalidDockerfileError(line, 'FROM requires either one or three arguments');
      }
      if (words.length === 3 && words[1]!.toUpperCase() !== 'AS') {
        throw new InvalidDockerfileError(line, "FROM's second argument must be AS");
      }
      const image = substitute(words[0]!, globalArgs, line);
      if (!stages.has(image.toLowerCase()) && image.toLowerCase() !== 'scratch') {
        uses.push({ image: normalizeImageName(image), line });
      }
      if (words[2]) stages.add(words[2].toLowerCase());
    } else if (keyword === 'COPY') {
      const from = /(?:^|\s)--from=(\S+)/.exec(args)?.[1];
      if (from && !/^\d+$/.test(from) && !stages.has(from.toLowerCase())) {
        uses.push({ image: normalizeImageName(substitute(from, globalArgs, line)), line });
      }
    }
  }
  return uses;
}

/** Logical instructions: continuation lines joined, comments and heredoc bodies left out. */
function* instructions(text: string): Generator<Instruction> {
  const lines = text.split(/\r?\n/);
  const escapeChar = escapeDirective(lines);
  let index = 0;
  while (index < lines.length) {
    const start = index;
    let joined = '';
    for (; index < lines.length; index++) {
      const line = lines[index]!;
      if (/^\s*#/.test(line) || (joined && !line.trim())) continue;
      const trimmed = line.trimEnd();
      if (trimmed.endsWith(escapeChar)) {
        joined += `${trimmed.slice(0, -1)} `;
        continue;
      }
      joined += line;
      index++;
      break;
    }
    const match = /^\s*(\w+)\s*(.*)$/s.exec(joined);
    if (!match) continue;
    const [, keyword, args] = match as unknown as [string, string, string];
    yield { keyword: keyword.toUpperCase(), args: args.trim(), line: firstCodeLine(lines, start) + 1 };
    if (!['RUN', 'COPY', 'ADD'].includes(keyword.toUpperCase())) continue;
    for (const heredoc of args.matchAll(/(?<!<)<<(-?)\s*(["']?)(\w+)\2/g)) {
      const [, dash, , word] = heredoc;
      while (index < lines.length && (dash ? lines[index]!.trim() : lines[index]) !== word) index++;
      index++;
    }
  }
}

/** The escape character from a `# escape=` parser directive at the top, else the backslash. */
function escapeDirective(lines: string[]): string {
  for (const line of lines) {
    const directive = /^#\s*(\w+)\s*=\s*(\S+)\s*$/.exec(line);
    if (!directive) break;
    if (directive[1]!.toLowerCase() === 'escape') return directive[2]!;
  }
  return '\\';
}

function firstCodeLine(lines: string[], from: number): number {
  let index = from;
  while (index < lines.length && (/^\s*#/.test(lines[index]!) || !lines[index]!.trim())) index++;
  return index;
}

/** `ARG A=1 B="two" C` as [name, default] pairs; an ARG without a default has none to substitute. */
function argDeclarations(args: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const [, name, value] of args.matchAll(/(\w+)=("[^"]*"|'[^']*'|\S*)/g)) {
    pairs.push([name!, value!.replace(/^(["'])(.*)\1$/, '$2')]);
  }
  return pairs;
}

function substitute(word: string, args: Map<string, string>, line: number): string {
  return word.replace(/\$(?:\{(\w+)(?::([-+])([^}]*))?\}|(\w+))/g, (_, braced, operator, alternative, bare) => {
    const name: string = braced ?? bare;
    const value = args.get(name);
    if (operator === '-') return value || alternative;
    if (operator === '+') return value ? alternative : '';
    if (value === undefined) {
      throw new DockerfileParseError(line, `$${name} has no default in an ARG before the first FROM`);
    }
    return value;
  });
}
