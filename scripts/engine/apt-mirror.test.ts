import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findMirrors, parseDeb822, parseOneLine, readMachineSources } from './apt-mirror';

const DEB822 = `Types: deb
# http://snapshot.debian.org/archive/debian/20250520T000000Z
URIs: http://mirror.example.corp/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://mirror.example.corp/debian-security/
Suites: bookworm-security
Components: main
`;

const ONE_LINE = `# Company mirror behind an apt proxy
deb [arch=amd64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://apt-cache.corp:3142/debian bookworm main contrib
deb-src http://apt-cache.corp:3142/debian bookworm main
deb http://apt-cache.corp:3142/debian-security bookworm-security main
`;

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the machine’s own Debian mirror', () => {
  it('should read the archive and security mirrors from deb822 sources', () => {
    expect(findMirrors(parseDeb822(DEB822, 'debian.sources'), 'bookworm')).toEqual({
      archive: 'http://mirror.example.corp/debian',
      security: 'http://mirror.example.corp/debian-security',
    });
  });

  it('should read them from one-line sources with options, ignoring deb-src and comments', () => {
    expect(findMirrors(parseOneLine(ONE_LINE, 'sources.list'), 'bookworm')).toEqual({
      archive: 'http://apt-cache.corp:3142/debian',
      security: 'http://apt-cache.corp:3142/debian-security',
    });
  });

  it('should skip disabled stanzas and sources of other suites (such as the project’s own trixie entry)', () => {
    const sources = parseDeb822(
      `Types: deb\nURIs: http://deb.debian.org/debian\nSuites: trixie\n\nTypes: deb\nEnabled: no\nURIs: http://old.example/debian\nSuites: bookworm\n`,
      'x.sources',
    );
    expect(findMirrors(sources, 'bookworm')).toBeUndefined();
  });

  it('should read every file of /etc/apt, both formats', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'apt-'));
    mkdirSync(path.join(dir, 'sources.list.d'));
    writeFileSync(path.join(dir, 'sources.list'), ONE_LINE);
    writeFileSync(path.join(dir, 'sources.list.d/debian.sources'), DEB822);
    writeFileSync(path.join(dir, 'sources.list.d/google.list.disabled'), 'deb https://example.com/apt stable main\n');
    expect(readMachineSources(dir).map((s) => path.basename(s.file))).toEqual([
      'sources.list',
      'sources.list',
      'sources.list',
      'debian.sources',
      'debian.sources',
    ]);
  });
});
