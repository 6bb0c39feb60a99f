import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GenericContainer } from 'testcontainers';
import { describe, expect, it } from 'vitest';
import { removeImage } from '../support/docker';
import { startTodo } from '../support/todo-image';
import { requireBuiltSite, SITE_DIR } from './support/site';
import { unzip } from './support/zip';

describe('the todo-app zip the site offers', () => {
  it('should build and serve the app from an empty folder it was unzipped into', async () => {
    requireBuiltSite();
    const folder = mkdtempSync(path.join(tmpdir(), 'docker101-unzipped-'));
    const tag = `docker101-test/todo-app-zip:${randomUUID().slice(0, 8)}`;
    let app: Awaited<ReturnType<typeof startTodo>> | undefined;
    try {
      await unzip(path.join(SITE_DIR, 'downloads/todo-app.zip'), folder);
      expect(readdirSync(folder)).toEqual(['todo-app']);

      // As the reader does after unzipping: docker build, then docker run with a published port.
      await GenericContainer.fromDockerfile(path.join(folder, 'todo-app')).withBuildkit().build(tag, { deleteOnExit: false });
      app = await startTodo(tag);
      const res = await fetch(`${app.url}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<html');
    } finally {
      await app?.remove();
      await removeImage(tag);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
