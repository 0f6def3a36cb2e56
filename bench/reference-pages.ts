import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { FONT_STYLE_ID } from '../src/font/font-family.ts';

const require = createRequire(import.meta.url);

/** The deck's look without its code: the stylesheet, @font-face rules and font files it is built with. */
export interface DeckLook {
  /** Markup for <head>: the stylesheet link, the font preloads and the @font-face rules. */
  readonly head: string;
  /** The files that markup refers to, by their path relative to the page. */
  readonly files: readonly string[];
  /** The build folder the files are read from. */
  readonly dir: string;
}

/**
 * A folder with a page that runs reveal.js alone (its default configuration, no deck code) on the
 * given slides. With reveal's stock CSS and one empty slide it is the yardstick the start-up
 * budget names; with the deck's slides it shows what reveal.js itself costs them; given the deck's
 * look as well, it shows what the slides cost as the deck draws them, so that what is left of the
 * deck's start-up time is its own code.
 */
export function revealOnlyPage(slidesHtml: string, look?: DeckLook): string {
  const dir = mkdtempSync(join(tmpdir(), 'reveal-only-'));
  try {
    writePage(dir, slidesHtml, look);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true }); // the caller never learns of a folder it did not get
    throw error;
  }
  return dir;
}

function writePage(dir: string, slidesHtml: string, look: DeckLook | undefined): void {
  const dist = dirname(require.resolve('reveal.js'));
  writeFileSync(join(dir, 'reveal.mjs'), readFileSync(join(dist, 'reveal.mjs')));
  let head = '<link rel="stylesheet" href="reveal.css">';
  if (look) {
    head = look.head;
    for (const file of look.files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), readFileSync(join(look.dir, file)));
    }
  } else {
    writeFileSync(join(dir, 'reveal.css'), readFileSync(join(dist, 'reveal.css')));
  }
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>reveal.js alone</title>
    <meta name="description" content="reveal.js alone, as a yardstick for the deck">
    ${head}
    <script type="module">import Reveal from './reveal.mjs';
    new Reveal(document.querySelector('.reveal'), { hash: true }).initialize()
      .then(() => performance.mark('deck-ready'));</script></head>
    <body><div class="reveal"><div class="slides">${slidesHtml}</div></div></body></html>`,
  );
}

const builtPage = (root: string): Root => fromHtml(readFileSync(join(root, 'dist', 'index.html'), 'utf8'));

/** The slides of the built deck, as they are in its `dist/index.html`. */
export function builtSlides(root: string): string {
  const slides = select('.reveal > .slides', builtPage(root)) as Element | undefined;
  if (!slides) throw new Error('dist/index.html has no .reveal > .slides');
  return toHtml(slides.children);
}

/** The built deck's stylesheet, font preloads and @font-face rules, from its `dist/index.html`. */
export function builtLook(root: string): DeckLook {
  const tree = builtPage(root);
  const nodes = selectAll(`link[rel=stylesheet], link[rel=preload][as=font], style#${FONT_STYLE_ID}`, tree);
  const head = toHtml(nodes);
  const hrefs = nodes.flatMap((node) =>
    typeof node.properties.href === 'string' ? [node.properties.href] : [],
  );
  const fontUrls = Array.from(head.matchAll(/url\("([^"]+)"\)/g), (m) => m[1] as string);
  const files = [...new Set([...hrefs, ...fontUrls].map((ref) => ref.replace(/^\.\//, '')))];
  if (!files.some((file) => file.endsWith('.css'))) throw new Error('dist/index.html links no stylesheet');
  return { head, files, dir: join(root, 'dist') };
}
