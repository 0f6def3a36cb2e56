import { revealMessage } from './reveal-message.ts';

/**
 * Holds back what a speaker view just opened tells the deck to do until it has found its feet.
 *
 * reveal's speaker view loads its preview of the room's slide at that slide but not at its build
 * step, and passes on to the room where that preview says it is. As it starts, before the view
 * has heard from the room, it says "no step shown": opened mid-slide, the view took back the
 * points the room had seen, and undid a step taken just after S. Until the view says it is
 * connected (its preview is ready, and it asks the room where it is), a `setState` from it is
 * dropped.
 */
export interface SpeakerGate {
  /** A speaker view this page has just opened, or written anew, with previews still to load. */
  opened(view: Window): void;
}

/** Call before reveal.js's `initialize()`: this listener must hear a message before reveal.js does. */
export function speakerGate(win: Window): SpeakerGate {
  let starting: Window | null = null;
  win.addEventListener('message', (event) => {
    if (!starting || event.source !== starting) return;
    const message = revealMessage(event.data);
    if (message?.namespace === 'reveal-notes' && message.type === 'connected') starting = null;
    else if (message?.method === 'setState') event.stopImmediatePropagation();
  });
  return {
    opened(view) {
      starting = view;
    },
  };
}
