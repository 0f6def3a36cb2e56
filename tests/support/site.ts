import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import type { GeneratedDeck } from '../../src/build/generate-deck.ts';
import { FONT_STYLE_ID } from '../../src/font/font-family.ts';
import { fontFaceCss } from '../../src/font/subset-fonts.ts';
import { projectRoot, scratchDir } from './fixtures.ts';

/**
 * The production build (dist/, from the global setup) with another deck's slides and font subsets
 * in place of the real deck's: a folder to serve, removed when the test finishes. Only the slides
 * differ, so the deck's code, theme and page are the ones a user gets.
 */
export function siteWithDeck(generated: GeneratedDeck): string {
  const site = scratchDir('deck-site-');
  cpSync(join(projectRoot, 'dist'), site, { recursive: true });
  const page = fromHtml(readFileSync(join(site, 'index.html'), 'utf8'));
  const slides = select('.reveal > .slides', page) as Element;
  slides.children = fromHtml(generated.slidesHtml, { fragment: true }).children as Element['children'];
  const fonts = select(`style#${FONT_STYLE_ID}`, page) as Element;
  fonts.children = [{ type: 'text', value: fontFaceCss(generated.fonts, 'assets/') }];
  // The page preloads its fonts by name: this deck's, not the real deck's, as a build would.
  const preloads = selectAll('link[rel="preload"][as="font"]', page);
  for (const font of generated.fonts) {
    const preload = preloads.find((link) => String(link.properties.href).includes(`-${font.weight}-`));
    if (!preload) throw new Error(`the built page preloads no font of weight ${font.weight}`);
    preload.properties.href = `assets/${font.fileName}`;
  }
  for (const font of generated.fonts) writeFileSync(join(site, 'assets', font.fileName), font.data);
  writeFileSync(join(site, 'index.html'), toHtml(page));
  return site;
}
