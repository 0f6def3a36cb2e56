import type { RevealApi } from 'reveal.js';
import { element } from './dom.ts';
import { labels } from './labels.ts';

/** The name under which matches are highlighted (`::highlight(deck-search)` in the theme). */
const HIGHLIGHT = 'deck-search';

/**
 * Parts of a slide that are in its markup but not on screen: notes, a drawing's metadata, and the
 * keyboard's "enlarge" button, out of sight until focused.
 */
const UNSEEN = 'aside.notes, style, title, desc, .diagram-zoom-key';

/** Elements whose text is one run: a search matches within one of them, never across two. */
const RUN = 'p, li, h1, h2, h3, th, td, figcaption, text, button, div';

/** Never in folded text, so no query can match across two runs. */
const RUN_BREAK = '\u0000';

/** Width, case and spacing do not matter to a search: "sim卡" finds "SIM 卡". */
export const foldForSearch = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The text nodes a slide shows on screen, its diagram's labels included. */
function shownTextNodes(slide: Element): Text[] {
  const doc = slide.ownerDocument;
  const walker = doc.createTreeWalker(slide, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(UNSEEN) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** A slide's shown text, folded, with where each folded character came from. */
interface FoldedText {
  readonly text: string;
  readonly from: readonly { node: Text; start: number; end: number }[];
}

function foldSlide(slide: Element): FoldedText {
  let text = '';
  const from: { node: Text; start: number; end: number }[] = [];
  let run: Element | null = null;
  for (const node of shownTextNodes(slide)) {
    const nodeRun = node.parentElement?.closest(RUN) ?? null;
    if (text && nodeRun !== run) {
      text += RUN_BREAK;
      from.push({ node, start: 0, end: 0 });
    }
    run = nodeRun;
    // Character by character, so that a match maps back to the words on screen.
    let at = 0;
    for (const char of node.data) {
      const folded = foldForSearch(char);
      for (const piece of folded) {
        text += piece;
        from.push({ node, start: at, end: at + char.length });
      }
      at += char.length;
    }
  }
  return { text, from };
}

/** What a slide shows, as one string: its runs of text, each apart. */
function shownText(slide: Element): string {
  return foldSlide(slide).text;
}

/** The positions, in order, of the slides whose shown text holds the query. Pure. */
export function matchingSlides(texts: readonly string[], query: string): number[] {
  const wanted = foldForSearch(query);
  if (!wanted) return [];
  return texts.flatMap((text, index) => (foldForSearch(text).includes(wanted) ? [index] : []));
}

/**
 * The match to go to from slide `current`: the next one on, or the first again; with `here`, the
 * current slide itself if it matches (a new search starts where the deck is).
 */
export function nextMatch(
  matches: readonly number[],
  current: number,
  options: { backwards?: boolean; here?: boolean } = {},
): number | undefined {
  if (matches.length === 0) return undefined;
  if (options.here && matches.includes(current)) return current;
  if (options.backwards) return [...matches].reverse().find((m) => m < current) ?? matches.at(-1);
  return matches.find((m) => m > current) ?? matches[0];
}

/** Ctrl+Shift+F (⌘+Shift+F): opens the search, or closes it. */
const isToggle = (event: KeyboardEvent): boolean =>
  event.key.toLowerCase() === 'f' && event.shiftKey && (event.ctrlKey || event.metaKey);

export interface SlideSearch {
  open(): void;
  close(): void;
}

/**
 * The presenter's search (Ctrl+Shift+F): a box under the toolbar; Enter goes to the next slide
 * that shows the words, Shift+Enter to the one before, Esc closes it. Matches are highlighted with
 * the CSS Custom Highlight API, so the slides' own markup, SVG text included, is never touched.
 */
export function slideSearch(deck: RevealApi, doc: Document): SlideSearch {
  const win = doc.defaultView;
  const box = element(doc, 'div', { class: 'deck-search', role: 'search', hidden: '' });
  const input = element(doc, 'input', {
    type: 'search',
    'aria-label': labels.search,
    placeholder: labels.search,
    enterkeyhint: 'search',
  });
  const status = element(doc, 'p', { class: 'deck-search-status', role: 'status' });
  const keys = element(doc, 'p', { class: 'deck-search-keys' }, labels.searchKeys);
  box.append(input, status, keys);
  doc.body.append(box);
  let returnFocus: HTMLElement | null = null;

  const highlights = win && 'highlights' in win.CSS ? win.CSS.highlights : undefined;
  const HighlightOf = (win as (Window & typeof globalThis) | null)?.Highlight;
  /** Highlights the query's matches on `slide`, and gives their ranges. */
  const highlight = (slide: Element | undefined, query: string): Range[] => {
    highlights?.delete(HIGHLIGHT);
    const wanted = foldForSearch(query);
    if (!highlights || !HighlightOf || !slide || !wanted) return [];
    const { text, from } = foldSlide(slide);
    const ranges: Range[] = [];
    for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + wanted.length)) {
      const first = from[at];
      const last = from[at + wanted.length - 1];
      if (!first || !last) continue;
      const range = doc.createRange();
      range.setStart(first.node, first.start);
      range.setEnd(last.node, last.end);
      ranges.push(range);
    }
    if (ranges.length > 0) highlights.set(HIGHLIGHT, new HighlightOf(...ranges));
    return ranges;
  };

  /**
   * The box sits over the slide's top right corner, where a match may be (a diagram's last
   * lifeline, say): then it moves to the bottom left. The slide may still be sliding in, so each
   * match is placed by where it sits within its slide, on the slides' resting box. Measured once
   * the status line is in the box, which makes it taller.
   */
  const keepClearOf = (slide: Element, ranges: readonly Range[]): void => {
    box.classList.remove('deck-search-low');
    const rest = deck.getSlidesElement()?.getBoundingClientRect();
    const moving = slide.getBoundingClientRect();
    if (!rest || moving.width === 0 || moving.height === 0) return;
    const panel = box.getBoundingClientRect();
    const covered = ranges.some((range) => {
      const r = range.getBoundingClientRect();
      const left = rest.left + ((r.left - moving.left) / moving.width) * rest.width;
      const top = rest.top + ((r.top - moving.top) / moving.height) * rest.height;
      const right = left + (r.width / moving.width) * rest.width;
      const bottom = top + (r.height / moving.height) * rest.height;
      return left < panel.right && right > panel.left && top < panel.bottom && bottom > panel.top;
    });
    box.classList.toggle('deck-search-low', covered);
  };

  // A new query starts at the slide in view; Enter again goes on from there.
  let lastQuery = '';
  const go = (backwards: boolean): void => {
    const query = input.value;
    const slides = deck.getSlides();
    const matches = matchingSlides(slides.map(shownText), query);
    const current = slides.indexOf(deck.getCurrentSlide());
    const target = nextMatch(matches, current, { backwards, here: foldForSearch(query) !== lastQuery });
    lastQuery = foldForSearch(query);
    if (target === undefined) {
      status.textContent = query.trim() ? labels.searchNone.replace('{q}', () => query.trim()) : '';
      highlight(undefined, '');
      box.classList.remove('deck-search-low');
      return;
    }
    const slide = slides[target];
    if (!slide) return;
    const { h, v } = deck.getIndices(slide);
    deck.slide(h, v, Number.MAX_VALUE);
    const ranges = highlight(slide, query);
    status.textContent = labels.searchFound
      .replace('{n}', String(matches.length))
      .replace('{i}', String(matches.indexOf(target) + 1));
    keepClearOf(slide, ranges);
  };

  const open = (): void => {
    if (box.hidden) returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    box.hidden = false;
    input.focus();
    input.select();
  };
  const close = (): void => {
    if (box.hidden) return;
    box.hidden = true;
    box.classList.remove('deck-search-low');
    lastQuery = '';
    highlight(undefined, '');
    status.textContent = '';
    // Let go of the hidden box at once: until the browser moves the focus off it, keys would
    // still come to it.
    input.blur();
    returnFocus?.focus();
    returnFocus = null;
  };
  const toggle = (): void => (box.hidden ? open() : close());

  input.addEventListener('keydown', (event) => {
    // The box's keys are its own; reveal must not take Esc for its overview, or Enter for a step.
    event.stopPropagation();
    if (isToggle(event)) {
      event.preventDefault();
      toggle();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(event.shiftKey);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  doc.addEventListener('keydown', (event) => {
    if (isToggle(event)) {
      event.preventDefault();
      toggle();
    }
  });
  return { open, close };
}
