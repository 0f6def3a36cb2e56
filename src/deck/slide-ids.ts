// The ids of slides: URL fragments, the deck's own and those made from headings.

/** The ids of the deck's own slides, around the article's sections. */
export const OWN = {
  cover: 'cover',
  intro: '引言',
  agenda: '目录',
  summary: '总结',
  sources: '来源',
} as const;

/** Whether an id is one of the deck's own slides', continuations (总结-2) included. */
export const isDeckOwnId = (id: string): boolean =>
  (Object.values(OWN) as string[]).includes(id.replace(/-\d+$/, ''));

/**
 * Whether an id is taken before any section names it: one of the deck's own slides', a number
 * alone (reveal.js reads `#/2024` as the 2024th slide, so the link would land on the last one),
 * or one the page gives its own elements (deck-fonts, chapter-menu, diagram-…-root).
 */
export const isTakenId = (id: string): boolean => isDeckOwnId(id) || isPageOwnId(id);

/** An id of digits alone, which reveal.js reads as a slide's number (`#/2024`). */
export const isNumberAlone = (id: string): boolean => /^[0-9]+$/.test(id);

/** A number alone, or an id of the page's own elements: what a spec's id may not be either. */
export const isPageOwnId = (id: string): boolean =>
  isNumberAlone(id) || /^(?:deck|chapter|diagram)-/.test(id);

/** The id of slide `index` (from 0) of those one piece of content takes: `总结`, `总结-2`, … */
export const nthId = (id: string, index: number): string => (index === 0 ? id : `${id}-${index + 1}`);

/** A URL-fragment-safe id: keeps letters, digits and CJK, turns everything else into dashes. */
export function slug(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}
