import type { Plugin, ViteDevServer } from 'vite';
import { describe, expect, it, vi } from 'vitest';

// Each generation waits until the test settles it: what the dev server's edits race against.
const runs: { reject: (error: Error) => void }[] = [];
vi.mock('../../src/build/generate-deck.ts', () => ({
  defaultSources: (root: string) => ({ root }),
  generateDeck: () => new Promise((_resolve, reject) => runs.push({ reject })),
}));
const { deckPlugin } = await import('../../src/build/deck-plugin.ts');

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: Plugin, name: keyof Plugin): Hook => plugin[name] as unknown as Hook;

/** The plugin on a dev server for /project: its watcher's listener, and the reloads it asks for. */
function devServer() {
  const plugin = deckPlugin();
  hook(plugin, 'configResolved')({ root: '/project', mode: 'development' });
  let changed: (event: string, file: string) => void = () => {};
  const reloads: unknown[] = [];
  const server = {
    watcher: { add: () => {}, on: (_event: string, listener: typeof changed) => (changed = listener) },
    ws: { send: (message: unknown) => reloads.push(message) },
    middlewares: { use: () => {} },
  } as unknown as ViteDevServer;
  hook(plugin, 'configureServer')(server);
  const generate = () => hook(plugin, 'buildStart').call({ addWatchFile: () => {} }) as Promise<void>;
  return { generate, edit: (file: string) => changed('change', file), reloads };
}

describe('the dev server’s deck plugin', () => {
  it('keeps a generation started after an edit when the one before it fails, and starts no third', async () => {
    runs.length = 0;
    const dev = devServer();
    const first = dev.generate().catch((error: Error) => error.message);
    dev.edit('/project/slides/article.md');
    void dev.generate().catch(() => {});
    expect(runs).toHaveLength(2);
    runs[0]?.reject(new Error('stale'));
    expect(await first).toBe('stale');
    void dev.generate().catch(() => {});
    expect(runs).toHaveLength(2);
  });

  it('regenerates and reloads on an edit in slides/, not in a folder beside it named alike', () => {
    runs.length = 0;
    const dev = devServer();
    void dev.generate().catch(() => {});
    dev.edit('/project/slides-old/article.md');
    dev.edit('/project/src/main.ts');
    expect(dev.reloads).toHaveLength(0);
    void dev.generate().catch(() => {});
    expect(runs).toHaveLength(1);
    dev.edit('/project/slides/diagrams/a.mmd');
    expect(dev.reloads).toEqual([{ type: 'full-reload' }]);
    void dev.generate().catch(() => {});
    expect(runs).toHaveLength(2);
  });
});
