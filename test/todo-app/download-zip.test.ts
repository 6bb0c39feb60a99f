import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GenericContainer } from 'testcontainers';
import { describe, expect, it } from 'vitest';
import { zipFolder } from '../../src/plugins/example-downloads/zip-folder';
import { removeImage } from '../support/docker';
import { startTodo, TODO_APP_DIR } from '../support/todo-image';
import { unzip } from '../support/zip';

// The zip is made by the code the site's build and dev server use (test/site/downloads proves they serve it).
describe('the todo-app zip the site offers', () => {
  it('should build and serve the app from an empty folder it was unzipped into', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'docker101-unzipped-'));
    const tag = `docker101-test/todo-app-zip:${randomUUID().slice(0, 8)}`;
    let app: Awaited<ReturnType<typeof startTodo>> | undefined;
    try {
      const zip = path.join(folder, 'todo-app.zip');
      await zipFolder(TODO_APP_DIR, 'todo-app', zip);
      const target = path.join(folder, 'unzipped');
      await unzip(zip, target);
      expect(readdirSync(target)).toEqual(['todo-app']);

      // As the reader does after unzipping: docker build, then docker run with a published port.
      await GenericContainer.fromDockerfile(path.join(target, 'todo-app'))
        .withBuildkit()
        .build(tag, { deleteOnExit: false });
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
