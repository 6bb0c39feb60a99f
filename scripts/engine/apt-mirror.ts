/**
 * The Debian mirrors this machine's own apt uses, so what the project installs (the trixie engine packages, the
 * debootstrapped stand-in base image) comes from the same place: a company mirror or a proxy keeps working.
 *
 *   tsx scripts/engine/apt-mirror.ts     prints DEBIAN_MIRROR=… DEBIAN_SECURITY_MIRROR=… for `eval` in bash
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface AptSource {
  readonly file: string;
  readonly types: readonly string[];
  readonly uris: readonly string[];
  readonly suites: readonly string[];
}

/** deb822 `.sources` stanzas: `Types:`, `URIs:`, `Suites:` fields, stanzas separated by blank lines. */
export function parseDeb822(text: string, file: string): AptSource[] {
  const stanzas = text.split(/\n\s*\n/);
  return stanzas.flatMap((stanza) => {
    const fields = new Map<string, string[]>();
    let last: string | undefined;
    for (const raw of stanza.split('\n')) {
      if (raw.startsWith('#') || raw.trim() === '') continue;
      const field = /^([A-Za-z-]+):\s*(.*)$/.exec(raw);
      if (field) {
        last = field[1]!.toLowerCase();
        fields.set(last, field[2]!.split(/\s+/).filter(Boolean));
      } else if (last && /^\s/.test(raw)) {
        fields.get(last)!.push(...raw.trim().split(/\s+/));
      }
    }
    if (fields.get('enabled')?.[0]?.toLowerCase() === 'no') return [];
    const [types, uris, suites] = ['types', 'uris', 'suites'].map((k) => fields.get(k) ?? []);
    return uris!.length > 0 ? [{ file, types: types!, uris: uris!, suites: suites! }] : [];
  });
}

/** One-line `.list` entries: `deb [option=value …] URI suite component…`. */
export function parseOneLine(text: string, file: string): AptSource[] {
  return text.split('\n').flatMap((raw) => {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^(deb|deb-src)\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/.exec(line);
    return m ? [{ file, types: [m[1]!], uris: [m[2]!], suites: [m[3]!] }] : [];
  });
}

export interface Mirrors {
  readonly archive: string;
  readonly security?: string;
}

/**
 * The binary-package mirror of `codename` (bookworm) and of its security suite. The suite names say which is which,
 * whatever the host is called (Debian's own, a company mirror, an apt proxy's URL).
 */
export function findMirrors(sources: readonly AptSource[], codename: string): Mirrors | undefined {
  const debs = sources.filter((s) => s.types.includes('deb'));
  const uriFor = (suite: string): string | undefined =>
    debs.find((s) => s.suites.includes(suite))?.uris[0]?.replace(/\/+$/, '');
  const archive = uriFor(codename) ?? uriFor(`${codename}-updates`);
  return archive ? { archive, security: uriFor(`${codename}-security`) } : undefined;
}

/** Every apt source of the machine: sources.list and sources.list.d's `.list` and `.sources` files. */
export function readMachineSources(etcApt = '/etc/apt'): AptSource[] {
  const files = [path.join(etcApt, 'sources.list')];
  const dir = path.join(etcApt, 'sources.list.d');
  if (existsSync(dir))
    files.push(
      ...readdirSync(dir)
        .sort()
        .map((name) => path.join(dir, name)),
    );
  return files.filter(existsSync).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.sources')) return parseDeb822(text, file);
    if (file.endsWith('.list') || file.endsWith('sources.list')) return parseOneLine(text, file);
    return [];
  });
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function main(): void {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const codename = /^VERSION_CODENAME=(.*)$/m.exec(osRelease)?.[1]?.replace(/"/g, '');
  if (!codename) throw new Error('apt-mirror: no VERSION_CODENAME in /etc/os-release: not a Debian system?');
  const mirrors = findMirrors(readMachineSources(), codename);
  if (!mirrors) throw new Error(`apt-mirror: no apt source of this machine serves ${codename}`);
  // Debian's security archive sits next to the main one when the machine lists none.
  const security = mirrors.security ?? `${mirrors.archive}-security`;
  console.log(`DEBIAN_MIRROR=${shellQuote(mirrors.archive)} DEBIAN_SECURITY_MIRROR=${shellQuote(security)}`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
