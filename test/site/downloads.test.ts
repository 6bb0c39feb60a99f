import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readerFiles } from '../../src/contract/reader-files';
import { zipEntries } from '../support/zip';
import { newReader, open } from './support/browser';
import { useSiteSession } from './support/lifecycle';
import { docPages } from './support/pages';
import { REPO_ROOT } from './support/site';

const session = useSiteSession();
const saved = mkdtempSync(path.join(tmpdir(), 'docker101-download-'));
afterAll(() => rmSync(saved, { recursive: true, force: true }));

describe('example downloads', () => {
  for (const [locale, prefix] of [
    ['ko', ''],
    ['en', '/en'],
  ] as const) {
    it(`should download todo-app.zip from the ${locale} build and run chapter with the folder's files and no node_modules`, async () => {
      await using reader = await newReader(session().browser, session().site.url, { acceptDownloads: true });
      await open(reader.page, `${prefix}/docs/build-and-run`);
      const [download] = await Promise.all([
        reader.page.waitForEvent('download'),
        reader.page.getByRole('link', { name: 'todo-app.zip' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('todo-app.zip');
      const file = path.join(saved, `${locale}-todo-app.zip`);
      await download.saveAs(file);

      const entries = await zipEntries(file);
      expect(entries).toEqual(readerFiles(path.join(REPO_ROOT, 'examples/todo-app')).map((f) => `todo-app/${f}`));
      expect(entries).toContain('todo-app/Dockerfile');
      expect(entries.filter((e) => e.includes('node_modules/'))).toEqual([]);
    });
  }

  it('should offer every example a page names, from that page', async () => {
    await using reader = await newReader(session().browser, session().site.url);
    const source = docPages('ko').find((p) => p.slug === 'share-images');
    expect(source?.examples.length).toBeGreaterThan(1);
    await open(reader.page, '/docs/share-images');
    const links = reader.page.locator('a[download]');
    expect(await links.allInnerTexts()).toEqual(source!.examples.map((name) => `${name}.zip`));
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const res = await fetch(href, { method: 'HEAD' });
      expect(res.status, href).toBe(200);
    }
  });
});
