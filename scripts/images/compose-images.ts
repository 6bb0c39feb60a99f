import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { ImageUse } from './dockerfile-images';
import { normalizeImageName } from './image-name';

export class ComposeParseError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'ComposeParseError';
  }
}

/**
 * The images a compose file pulls: the `image:` of each service without `build:` (a service with
 * both builds its image and only names it).
 */
export function imagesInCompose(text: string): ImageUse[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineOf = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line;
  const [syntaxError] = document.errors;
  if (syntaxError) throw new ComposeParseError(lineOf(syntaxError.pos[0]), syntaxError.message);

  const services = document.get('services');
  if (!isMap(services)) return [];
  const uses: ImageUse[] = [];
  for (const { value: service } of services.items) {
    if (!isMap(service) || service.has('build')) continue;
    const image = service.get('image', true);
    if (!isScalar(image) || typeof image.value !== 'string') continue;
    const line = lineOf(image.range?.[0]);
    uses.push({ image: normalizeImageName(interpolate(image.value, line)), line });
  }
  return uses;
}

/** Compose's `${VAR:-default}` becomes its default; a variable without one cannot be known here. */
function interpolate(value: string, line: number): string {
  return value.replace(/\$(\$|\{(\w+)(:?-)([^}]*)\}|\{\w+[^}]*\}|\w+)/g, (whole, _, name, dash, fallback) => {
    if (whole === '$$') return '$';
    if (name && dash) return fallback;
    throw new ComposeParseError(line, `image "${value}" uses a variable without a default`);
  });
}
