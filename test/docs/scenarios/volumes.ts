import { expect } from 'vitest';
import { addInBrowser, itemsWhenUp } from '../../support/reader-app';
import type { Item } from '../../support/todo-client';
import { defineScenario } from '../../runner';

// Items as they were before the container with the volume was replaced.
let saved: Item[] = [];

export default defineScenario({
  'run-without-volume': async (ctx) => {
    await addInBrowser(ctx, '우유 사기');
    await addInBrowser(ctx, '도커 배우기');
    expect(await itemsWhenUp(ctx)).toHaveLength(2);
  },

  // The page says the list is empty again: the data went away with the first container.
  'run-without-volume-again': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
  },

  'run-with-volume': async (ctx) => {
    expect(await itemsWhenUp(ctx)).toEqual([]);
    await addInBrowser(ctx, '우유 사기');
    await addInBrowser(ctx, 'Buy milk 🥛');
  },

  'add-item': async (ctx) => {
    const added = JSON.parse((await ctx.output())) as Item;
    expect(added).toMatchObject({ name: 'Learn Docker', completed: false });
    saved = await itemsWhenUp(ctx);
    expect(saved.map((i) => i.name)).toEqual(['우유 사기', 'Buy milk 🥛', 'Learn Docker']);
    expect(saved.at(-1)).toEqual(added);
  },

  // A new container, mounted with --mount instead of -v, finds the very same items: same ids, names, order.
  'run-with-mount': async (ctx) => {
    expect(await ctx.sh(`docker inspect -f '{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}}{{end}}' todo`)).toBe(
      'volume todo-db /etc/todos\n',
    );
    expect(await itemsWhenUp(ctx)).toEqual(saved);
  },

  // The page shows the default data root, /var/lib/docker; an engine with another root puts the volume under that.
  inspect: async (ctx) => {
    const [volume] = JSON.parse((await ctx.output())) as Array<Record<string, unknown>>;
    const root = (await ctx.sh(`docker info -f '{{.DockerRootDir}}'`)).trim();
    expect(volume).toMatchObject({ Name: 'todo-db', Driver: 'local', Mountpoint: `${root}/volumes/todo-db/_data` });
  },

  // The page shows todo.db owned by uid 1000 (the app's node user), seen from another image.
  'ls-volume': async (ctx) => {
    expect((await ctx.output())).toMatch(/^-rw-r--r-- 1 1000 1000 \d+ .+ todo\.db$/m);
  },

  'volume-rm': async (ctx) => {
    expect((await ctx.output())).toBe('todo-db\n');
    expect(await ctx.sh(`docker volume ls -q --filter name=^todo-db$`)).toBe('');
  },
});
