import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipContents } from '../support/zip';
import { newReader, open } from './support/browser';
import { startDevServer } from './support/dev-server';
import { useSiteSession } from './support/lifecycle';
import { SITE_DIR } from './support/site';

const session = useSiteSession();
const saved = mkdtempSync(path.join(tmpdir(), 'docker101-dev-download-'));
afterAll(() => rmSync(saved, { recursive: true, force: true }));

// `npm start` serves one language at a time, each at its own base URL.
describe('example downloads in the dev server', () => {
  for (const locale of ['ko', 'en'] as const) {
    it(`should download todo-app.zip from the ${locale} dev server with the same content as the build's`, {
      timeout: 180_000,
    }, async () => {
      await using dev = await startDevServer(locale);
      await using reader = await newReader(session().browser, dev.url, { acceptDownloads: true });
      await open(reader.page, 'docs/build-and-run');
      const [download] = await Promise.all([
        reader.page.waitForEvent('download'),
        reader.page.getByRole('link', { name: 'todo-app.zip' }).click(),
      ]);
      expect(new URL(download.url()).pathname).toBe(`${new URL(dev.url).pathname}downloads/todo-app.zip`);
      const file = path.join(saved, `${locale}-todo-app.zip`);
      await download.saveAs(file);
      const built = path.join(SITE_DIR, locale === 'en' ? 'en' : '', 'downloads/todo-app.zip');
      expect(await zipContents(file)).toEqual(await zipContents(built));
    });
  }
});
