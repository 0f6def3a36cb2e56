import type { RevealApi, RevealPlugin } from 'reveal.js';
import { type DiagramZoom, diagramZoom } from './diagram-zoom.ts';
import { labels } from './labels.ts';

/**
 * True when the page should open in the reader (scroll) view: asked for, or a screen no wider than
 * `activationWidth` (reveal.js makes the same choice by itself at that width).
 */
export function wantsReaderView(search: string, width: number, activationWidth: number): boolean {
  const params = new URLSearchParams(search);
  if (params.get('view') === 'scroll') return true;
  if (params.has('view') || params.get('scrollActivationWidth') === 'false') return false;
  return width <= activationWidth;
}

/** Below this scale a slide's diagram labels are under 10 px: too small to read on screen. */
const SMALL_SCALE = 0.75;

/** True while reveal.js shows its scroll view, the reader view. */
export const isReader = (deck: RevealApi): boolean =>
  deck.getViewportElement()?.classList.contains('reveal-scroll') ?? false;

/**
 * In reveal.js's scroll view nobody speaks the notes, so this plugin prints each slide's notes
 * beside or under it, inside the slide's own screen-high page: reveal maps the scroll position to
 * slides by page, so the pages keep their height and the hash, number and progress stay right.
 */
export function readerViewPlugin(options: { diagramZoom: boolean }): RevealPlugin {
  return {
    id: 'reader-view',
    init(deck: RevealApi) {
      let zoom: DiagramZoom | undefined;
      const addNotes = (): void => {
        if (!isReader(deck)) return;
        deck.getViewportElement()?.classList.add('deck-reader');
        const stickies = Array.from(
          deck.getRevealElement()?.querySelectorAll<HTMLElement>('.scroll-page-sticky') ?? [],
        );
        for (const [i, sticky] of stickies.entries()) {
          if (sticky.querySelector(':scope > .reader-notes')) continue;
          const block = document.createElement('div');
          block.className = 'reader-notes';
          block.tabIndex = 0;
          const heading = document.createElement('p');
          heading.className = 'reader-notes-label';
          heading.textContent = labels.notesHeading;
          // A diagram is small on a phone: a button (or a tap on it) shows it large enough to read.
          const slide = sticky.querySelector<HTMLElement>('section[data-kind="diagram"]');
          if (slide) zoom?.addButton(slide, block);
          // At a third of its size a slide's own text is too small to read on a phone; its list or
          // table is short, so it is repeated here at the notes' size (wider screens hide it).
          const content = sticky.querySelector(
            'section[data-kind] > :is(ul.points, ol.agenda, ul.sources, table.comparison)',
          );
          if (content) {
            const copy = content.cloneNode(true) as HTMLElement;
            copy.classList.add('reader-copy');
            // A reader entering from the slide view brings the points' build steps along.
            for (const step of Array.from(copy.querySelectorAll('.fragment'))) {
              step.classList.remove('fragment', 'visible', 'current-fragment');
              step.removeAttribute('data-fragment-index');
            }
            block.append(copy);
          }
          block.append(heading);
          for (const p of Array.from(sticky.querySelectorAll('aside.notes > p')))
            block.append(p.cloneNode(true));
          block.setAttribute('aria-label', `${labels.notesHeading} ${i + 1}`);
          block.setAttribute('role', 'region');
          sticky.append(block);
        }
      };
      // The slide that was current before the scroll view took over keeps reveal's `present`
      // class; only the slide in view should carry it.
      // reveal's own slide number does not follow the scroll view, so the reader gets its own.
      let counter: HTMLElement | undefined;
      const markCurrent = (): void => {
        if (!isReader(deck)) return;
        const current = deck.getCurrentSlide();
        const slides = deck.getSlides();
        for (const slide of slides) if (slide !== current) slide.classList.remove('present');
        if (!counter) {
          counter = document.createElement('div');
          counter.className = 'reader-counter';
          counter.setAttribute('aria-live', 'polite');
          deck.getViewportElement()?.append(counter);
        }
        const c = slides.indexOf(current) + 1;
        counter.textContent = `${c} / ${slides.length}`;
        counter.setAttribute(
          'aria-label',
          labels.slideCounter.replace('{c}', String(c)).replace('{t}', String(slides.length)),
        );
      };
      // The cover's hint names keys, which mean nothing to a reader scrolling on a phone. Looked
      // up each time: reveal rebuilds the slides when it leaves its scroll view.
      const keysHint = deck.getRevealElement()?.querySelector('.deck-hint')?.textContent ?? '';
      const showHint = (): void => {
        const hint = deck.getRevealElement()?.querySelector('.deck-hint');
        if (hint) hint.textContent = isReader(deck) ? labels.readerHint : keysHint;
      };
      deck.on('ready', () => {
        showHint();
        // Drawings open large wherever the slide is shown small: the reader view, or a slide
        // view scaled well down (a phone held sideways, a small window).
        const root = deck.getRevealElement();
        if (options.diagramZoom && root?.querySelector('section[data-kind="diagram"]')) {
          zoom = diagramZoom(document, () => isReader(deck) || deck.getScale() < SMALL_SCALE);
          zoom.openOnTap(root);
        }
        addNotes();
        markCurrent();
        // reveal switches to its scroll view in its own resize handler, registered before this
        // one and after its 'resize' event: a window narrowed into the reader view is seen here.
        window.addEventListener('resize', () => {
          addNotes();
          showHint();
        });
      });
      deck.on('slidechanged', () => {
        markCurrent();
        // reveal's scroll view changes the slide without writing the URL; write it, so a reader
        // who reloads, bookmarks or shares the page comes back to the slide in view.
        if (isReader(deck)) window.history.replaceState(window.history.state, '', `#${deck.getSlidePath()}`);
      });
    },
  };
}
