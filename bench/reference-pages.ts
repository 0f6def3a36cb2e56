import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

const require = createRequire(import.meta.url);

/**
 * A folder with a page that runs reveal.js alone (its stock CSS and default configuration, no
 * deck code, no webfont) on the given slides. With one empty slide it is the yardstick the
 * start-up budget names; with the deck's own slides it shows what reveal.js itself costs them.
 */
export function revealOnlyPage(slidesHtml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'reveal-only-'));
  const dist = dirname(require.resolve('reveal.js'));
  writeFileSync(join(dir, 'reveal.mjs'), readFileSync(join(dist, 'reveal.mjs')));
  writeFileSync(join(dir, 'reveal.css'), readFileSync(join(dist, 'reveal.css')));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>reveal.js alone</title>
    <meta name="description" content="reveal.js alone, as a yardstick for the deck">
    <link rel="stylesheet" href="reveal.css">
    <script type="module">import Reveal from './reveal.mjs';
    new Reveal(document.querySelector('.reveal'), { hash: true }).initialize()
      .then(() => performance.mark('deck-ready'));</script></head>
    <body><div class="reveal"><div class="slides">${slidesHtml}</div></div></body></html>`,
  );
  return dir;
}

/** The slides of the built deck, as they are in its `dist/index.html`. */
export function builtSlides(root: string): string {
  const tree: Root = fromHtml(readFileSync(join(root, 'dist', 'index.html'), 'utf8'));
  const slides = select('.reveal > .slides', tree) as Element | undefined;
  if (!slides) throw new Error('dist/index.html has no .reveal > .slides');
  return toHtml(slides.children);
}
