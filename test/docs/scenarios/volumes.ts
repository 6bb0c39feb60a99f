import { expect } from 'vitest';
import { defineScenario } from '../../runner';
import { addInBrowser, itemsWhenUp } from '../../support/reader-app';
import type { Item } from '../../support/todo-client';

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
    const added = JSON.parse(await ctx.output()) as Item;
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

  'volume-rm': async (ctx) => {
    expect(await ctx.sh(`docker volume ls -q --filter name=^todo-db$`)).toBe('');
  },
});
