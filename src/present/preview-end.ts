import type { RevealApi, RevealState } from 'reveal.js';
import { labels } from './labels.ts';
import { revealMessage } from './reveal-message.ts';

/**
 * Whether this page is the speaker view's preview of what comes next. reveal's notes plugin loads
 * both of its previews with `receiver`; only the current slide's asks for `postMessageEvents`.
 */
export function isUpcomingPreview(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('receiver') && params.get('postMessageEvents') !== 'true';
}

/** The notes plugin's commands to a preview: `{"method":"setState","args":[state]}`, then `{"method":"next"}`. */
type Command = { method: 'setState'; state: RevealState } | { method: 'next' };

function commandOf(data: unknown): Command | undefined {
  const message = revealMessage(data);
  if (message?.method === 'next') return { method: 'next' };
  if (message?.method !== 'setState' || !Array.isArray(message.args)) return undefined;
  const [state]: unknown[] = message.args;
  return typeof state === 'object' && state !== null
    ? { method: 'setState', state: state as RevealState }
    : undefined;
}

/** Where a deck stands: the slide and the build step, all a preview's position is. */
function placeOf(state: Pick<RevealState, 'indexh' | 'indexv' | 'indexf'>): string {
  return `${state.indexh}/${state.indexv ?? 0}/${state.indexf ?? -1}`;
}

/**
 * The speaker view shows what comes next by putting its preview where the presenter is and
 * stepping once. On the deck's last step there is nowhere to step, and the preview showed the
 * same slide again, as if more were to come: a note over it says the talk ends here.
 *
 * Call it before `initialize()`, and the function it returns once the deck is ready. The speaker
 * view sends its one opening pair of commands when its other preview is ready, which may be before
 * this one's reveal.js listens: reveal.js then drops them, and its preview stayed on the
 * presenter's slide, without the note on the last one. Heard from the start, they are carried
 * out once the deck is ready; never heard, the preview takes its step itself.
 */
export function markEndInPreview(win: Window): (deck: RevealApi) => void {
  let presenter: RevealState | undefined;
  let stepped = false;
  let deck: RevealApi | undefined;
  const note = win.document.createElement('p');
  note.className = 'deck-preview-end';
  note.textContent = labels.speakerEnd;
  note.hidden = true;
  // The note shows when the step left the preview where the presenter is.
  const mark = (): void => {
    note.hidden = !deck || !presenter || placeOf(deck.getState()) !== placeOf(presenter);
  };
  win.addEventListener('message', (event) => {
    // Only the speaker view that holds this preview, which is of the deck's own origin.
    if (event.origin !== win.location.origin) return;
    const command = commandOf(event.data);
    if (command?.method === 'setState') {
      presenter = command.state;
      stepped = false;
      note.hidden = true;
    } else if (command?.method === 'next') {
      stepped = true;
      // This listener runs before reveal.js's, which carries the step out: look after it.
      win.setTimeout(mark, 0);
    }
  });
  return (ready) => {
    deck = ready;
    win.document.body.append(note);
    if (presenter) {
      // Heard before reveal.js may have listened: carried out again, which changes nothing if it did.
      ready.setState(presenter);
      if (stepped) ready.next();
    } else {
      // Never heard (yet): the preview opened on the presenter's slide, and steps from it.
      presenter = ready.getState();
      ready.next();
      stepped = true;
    }
    if (stepped) mark();
  };
}
