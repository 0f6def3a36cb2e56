import type { RevealApi } from 'reveal.js';
import { labels } from './labels.ts';

/**
 * Whether this page is the speaker view's preview of what comes next. reveal's notes plugin loads
 * both of its previews with `receiver`; only the current slide's asks for `postMessageEvents`.
 */
export function isUpcomingPreview(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('receiver') && params.get('postMessageEvents') !== 'true';
}

/** The notes plugin's commands to a preview: `{"method":"setState",…}`, then `{"method":"next"}`. */
function methodOf(data: unknown): string | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const message: unknown = JSON.parse(data);
    return typeof message === 'object' && message !== null && 'method' in message
      ? String(message.method)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The speaker view shows what comes next by putting its preview where the presenter is and
 * stepping once. On the deck's last step there is nowhere to step, and the preview showed the
 * same slide again, as if more were to come: a note over it says the talk ends here.
 *
 * Call it after `initialize()`: reveal's own message listener must have run first, so the deck
 * has moved when this one looks.
 */
export function markEndInPreview(deck: RevealApi, win: Window): void {
  const doc = win.document;
  const note = doc.createElement('p');
  note.className = 'deck-preview-end';
  note.textContent = labels.speakerEnd;
  note.hidden = true;
  doc.body.append(note);
  let placed = '';
  win.addEventListener('message', (event) => {
    // Only the speaker view that holds this preview, which is of the deck's own origin.
    if (event.origin !== win.location.origin) return;
    const method = methodOf(event.data);
    if (method === 'setState') {
      placed = JSON.stringify(deck.getState());
      note.hidden = true;
    } else if (method === 'next') {
      note.hidden = JSON.stringify(deck.getState()) !== placed;
    }
  });
}
