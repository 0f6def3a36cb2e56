import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { FONT_STYLE_ID } from '../font/font-family.ts';
import { fontFaceCss } from '../font/subset-fonts.ts';
import { pageDescription } from '../render/page-description.ts';
import { contentSecurityPolicy, speakerViewScriptHashes } from './content-security-policy.ts';
import { defaultSources, type GeneratedDeck, generateDeck } from './generate-deck.ts';
import { checkTemplate, pageHtml } from './page-html.ts';

const FONT_DIR = 'assets';

interface Emitted {
  readonly fileName: string;
  readonly source: Uint8Array | string;
  readonly type: string;
}

/** The subset fonts, the only files the page loads besides Vite's bundle. */
function fontAssets(generated: GeneratedDeck): Emitted[] {
  return generated.fonts.map((f) => ({
    fileName: `${FONT_DIR}/${f.fileName}`,
    source: f.data,
    type: 'font/woff2',
  }));
}

/**
 * Vite plugin: generates the slides from `slides/` at build time (and on each edit in dev) and
 * puts them into index.html, so the first slide paints before any script runs.
 */
export function deckPlugin(): Plugin {
  let root = process.cwd();
  // Vitest runs its own Vite server to load the tests: nothing there needs the slides, and
  // drawing the diagrams would hold up every test run by half a minute.
  let underTest = false;
  let serving = false;
  let pending: Promise<GeneratedDeck> | undefined;
  const generate = (): Promise<GeneratedDeck> => {
    if (pending) return pending;
    // A failed run is forgotten, so the next request tries again; one made stale by an edit
    // while it ran leaves the newer run alone.
    const run: Promise<GeneratedDeck> = generateDeck(defaultSources(root)).catch((error: unknown) => {
      if (pending === run) pending = undefined;
      throw error;
    });
    pending = run;
    return run;
  };

  return {
    name: 'esim-deck',
    configResolved(config) {
      root = config.root;
      underTest = config.mode === 'test';
      serving = config.command === 'serve';
    },
    async buildStart() {
      if (underTest) return;
      if (serving) {
        // A broken article, spec or diagram must not keep the dev server from starting: the page
        // shows the error (Vite's overlay) until it is mended. The slides are drawn ahead of the
        // first request all the same; slides/ is watched in configureServer.
        generate().catch((error: unknown) =>
          this.warn(
            `${error instanceof Error ? error.message : String(error)} (shown in the page until mended)`,
          ),
        );
        return;
      }
      // The page's template is checked while the slides are made: a lost placeholder is known in
      // a moment, not after the diagrams are drawn. (A missing index.html is Vite's to tell.)
      const generating = generate();
      generating.catch(() => {});
      const template = await readFile(resolve(root, 'index.html'), 'utf8').catch(() => undefined);
      if (template !== undefined) checkTemplate(template, 'index.html');
      const generated = await generating;
      for (const file of generated.inputs) this.addWatchFile(file);
    },
    async generateBundle() {
      for (const asset of fontAssets(await generate())) {
        this.emitFile({ type: 'asset', fileName: asset.fileName, source: asset.source });
      }
    },
    configureServer(server) {
      const slidesDir = resolve(root, 'slides');
      server.watcher.add(slidesDir);
      server.watcher.on('all', (_event, file) => {
        // slides/ and what is in it, not a slides-old/ beside it.
        const inside = relative(slidesDir, resolve(file));
        if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return;
        pending = undefined;
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use(async (req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(`/${FONT_DIR}/`)) return next();
        try {
          const asset = fontAssets(await generate()).find((a) => `/${a.fileName}` === path);
          if (!asset) return next();
          res.setHeader('Content-Type', asset.type);
          res.end(asset.source);
        } catch (error) {
          next(error);
        }
      });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const generated = await generate();
        const assets = fontAssets(generated);
        return {
          html: pageHtml(html, {
            title: generated.deck.title,
            description: pageDescription(generated.deck),
            contentSecurityPolicy: contentSecurityPolicy({ scriptHashes: await speakerViewScriptHashes() }),
            slidesHtml: generated.slidesHtml,
          }),
          tags: [
            // The deck's author (deck.yaml), for the page and for the PDF export's Author field.
            ...(generated.deck.author
              ? [
                  {
                    tag: 'meta',
                    attrs: { name: 'author', content: generated.deck.author },
                    injectTo: 'head' as const,
                  },
                ]
              : []),
            ...assets.map((a) => ({
              tag: 'link',
              attrs: { rel: 'preload', href: a.fileName, as: 'font', type: 'font/woff2', crossorigin: '' },
              injectTo: 'head' as const,
            })),
            {
              tag: 'style',
              attrs: { id: FONT_STYLE_ID },
              // In the page itself: a stylesheet of their own would be one more render-blocking
              // request. Their URLs are relative to index.html.
              children: fontFaceCss(generated.fonts, `${FONT_DIR}/`),
              injectTo: 'head' as const,
            },
          ],
        };
      },
    },
  };
}
