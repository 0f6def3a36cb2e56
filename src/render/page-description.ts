import type { Deck } from '../deck/types.ts';

/**
 * The page's `<meta name="description">`, for search results and link previews: the deck's
 * title, its subtitle and its parts, in the deck's language. Pure.
 */
export function pageDescription(deck: Deck): string {
  const cover = deck.slides.find((slide) => slide.kind === 'title');
  const subtitle = cover?.kind === 'title' && cover.subtitle ? `：${cover.subtitle}` : '';
  const parts = deck.sections.map((section) => section.heading).join('、');
  return `${ended(`演示文稿《${deck.title}》${subtitle}`)}${ended(`共${deck.sections.length}部分：${parts}`)}`;
}

/** A sentence with its full stop, unless it ends on its own mark (该不该升级？). */
const ended = (sentence: string): string => (/[。？！?!…]$/.test(sentence) ? sentence : `${sentence}。`);
