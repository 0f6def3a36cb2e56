import type { RevealApi, RevealPlugin } from 'reveal.js';
import { isReader } from './reader-view.ts';

/**
 * A link on a slide that leads to another slide (the agenda's) is hidden with its slide, and the
 * keyboard focus would drop to the page, so the next Tab starts again from the top. The focus
 * moves to the new slide's heading instead, where a screen reader also picks up.
 */
export function focusFollowsSlidePlugin(): RevealPlugin {
  return {
    id: 'focus-follows-slide',
    init(deck: RevealApi) {
      const doc = deck.getRevealElement()?.ownerDocument;
      if (!doc) return;
      // Where the focus last went: by the time reveal says the slide changed, the browser may
      // already have let go of an element on the hidden slide.
      let lastFocused: Element | null = null;
      doc.addEventListener('focusin', (event) => {
        lastFocused = event.target instanceof Element ? event.target : null;
      });
      deck.on('slidechanged', (event) => {
        const previous = (event as { previousSlide?: Element }).previousSlide;
        const active = doc.activeElement;
        const lost = !active || active === doc.body || previous?.contains(active) === true;
        if (!previous || !lastFocused || !previous.contains(lastFocused) || !lost || isReader(deck)) return;
        focusHeading(deck.getCurrentSlide());
      });
    },
  };
}

/** Puts the keyboard focus on a slide's heading, where a screen reader picks up and Tab goes on. */
export function focusHeading(slide: Element | undefined): void {
  const heading = slide?.querySelector<HTMLElement>(':scope > h1, :scope > h2');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
