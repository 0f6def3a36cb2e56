import type { RevealApi, RevealPlugin } from 'reveal.js';
import { DECK_FONT_STACK } from '../font/font-family.ts';
import { element, markWhatIsBelow } from './dom.ts';
import { labels } from './labels.ts';
import { revealMessage } from './reveal-message.ts';
import type { SpeakerGate } from './speaker-gate.ts';

/** reveal.js names its speaker window this; we reuse the name to find the window it opened. */
const SPEAKER_WINDOW = 'reveal.js - Notes';
/** The size the notes plugin opens it at. */
const SPEAKER_FEATURES = 'width=1100,height=700';
const S_KEY = 83;

/** The deck's @font-face rules, with URLs that resolve from any window. */
export interface FontSource {
  readonly css: string;
}

/**
 * The speaker view, made the deck's own: reveal's notes plugin writes it with a Latin font stack
 * (Chinese notes would show as boxes on a machine without a CJK system font) and English labels.
 * This plugin opens the same view with the deck's font, Chinese labels and notes style, and keeps
 * it so: its timer waits on the cover, a reloaded page takes the open view over, its clock reads
 * 24 hours, each slide's notes open at their top, ? lists its keys, and the notes keep their
 * scroll keys.
 */
export function speakerViewPlugin(
  win: Window,
  fontSource: () => FontSource,
  gate: SpeakerGate,
): RevealPlugin {
  return {
    id: 'speaker-view',
    init(deck: RevealApi) {
      const notes = deck.getPlugin('notes') as (RevealPlugin & { open?: () => void }) | undefined;
      if (!notes?.open) return;
      const open = notes.open;
      // The view whose clocks wait on the cover: S again restarts no second watch. A view closed
      // and opened again at once is another window, watched anew.
      let timerWaits: Window | null = null;
      // The view whose closing ends the talk's `deck-presenting` mark.
      let presentingTo: Window | null = null;
      // The view this page has opened: S again only brings it to the front.
      let ours: Window | null = null;
      // This page load: listeners a page set on the view die with it, and a reloaded page sets its own.
      const page = String(win.performance.timeOrigin);
      // Its previews go black with the room's screen (B): it says why, and how to light it again.
      const sayIfBlack = (): void => {
        if (ours && !ours.closed) showRoomBlack(ours, deck.isPaused());
      };
      deck.on('paused', sayIfBlack);
      deck.on('resumed', sayIfBlack);
      // A clicker steps the talk but cannot scroll the notes: they follow the slide's steps.
      const follow = (event: Event): void => {
        if (ours && !ours.closed) notesFollowTheSteps(ours, deck, event.type === 'fragmentshown');
      };
      deck.on('fragmentshown', follow);
      deck.on('fragmenthidden', follow);
      const holdOnTheCover = (view: Window): void => {
        if (timerWaits === view) return;
        timerWaits = view;
        timerStartsWithTheTalk(win, deck, view, () => {
          if (timerWaits === view) timerWaits = null;
        });
      };
      /**
       * While the speaker view is open a talk is on: `deck-presenting` on the audience's page lets
       * it drop what is meant for a reader alone. Polled, since the view rewrites its own document;
       * the mark goes when the view last opened closes, not one closed before it.
       */
      const markPresenting = (view: Window): void => {
        const root = win.document.documentElement;
        root.classList.add('deck-presenting');
        if (presentingTo === view) return;
        presentingTo = view;
        const timer = win.setInterval(() => {
          if (!view.closed) return;
          win.clearInterval(timer);
          if (presentingTo !== view) return;
          presentingTo = null;
          root.classList.remove('deck-presenting');
        }, 1000);
      };
      /**
       * `found`: the window is already open (found below), to be written into as it is, with no
       * address to load again (loading would race the writing); `stale` if it holds an old view,
       * emptied right before the plugin writes into it.
       */
      const openView = (found?: { stale: boolean }): void => {
        opensStacked(win);
        // The notes plugin opens its window with no way to get it back: catch it on the way.
        const original = win.open;
        let speaker: Window | null = null;
        win.open = (...args: Parameters<typeof win.open>) => {
          speaker = found ? original.call(win, '', args[1], args[2]) : original.apply(win, args);
          if (speaker && found?.stale) clearView(speaker);
          return speaker;
        };
        try {
          open();
        } finally {
          win.open = original;
        }
        // S again with the view open: the plugin only brings it to the front, `ours` still.
        if (speaker) {
          // Its previews load anew: what they say as they start must not move the room.
          gate.opened(speaker);
          ours = speaker;
          dressSpeakerView(speaker, fontSource(), page);
          sayIfBlack();
        }
        const opened = ours;
        if (opened) markPresenting(opened);
        if (opened && deck.isFirstSlide()) holdOnTheCover(opened);
        else if (speaker && !deck.isFirstSlide()) {
          // Opened anew mid-talk (closed by mistake, or the page reloaded): its timer would start
          // at zero; the planned time of the slides so far is nearer the truth.
          restartClocks(speaker, 50);
        }
      };
      // A view left open while this page was reloaded calls to it every second, and the notes
      // plugin takes it on as it is: its timers run on. What this plugin had set on it ran in the
      // page that is gone (its clock back to 12 hours, its notes no longer start at their top),
      // so it is set again, from this page; on the cover its clocks wait for the talk again.
      win.addEventListener('message', (event) => {
        const view = event.source;
        if (ours || event.origin !== win.location.origin || !isHeartbeat(event.data)) return;
        if (!isWindow(view) || !sameOrigin(win, view)) return;
        ours = view;
        dressSpeakerView(view, fontSource(), page);
        sayIfBlack();
        markPresenting(view);
        if (deck.isFirstSlide()) holdOnTheCover(view);
      });
      const onS = (): void => {
        if (ours) {
          openView();
          return;
        }
        // The first S on this page: a speaker view left open before the page was reloaded is
        // still there, where the presenter put it, but answers the old page. It is cleared (its
        // document, and the old view's timers, which would go on calling the deck) and the new
        // view written into it. Without one, this opens the window.
        const found = win.open('', SPEAKER_WINDOW, SPEAKER_FEATURES);
        openView({ stale: Boolean(found?.document.getElementById('speaker-controls')) });
      };
      deck.removeKeyBinding(S_KEY);
      deck.addKeyBinding({ keyCode: S_KEY, key: 'S', description: labels.speakerView }, onS);
      // reveal hears only the keys that light the screen again while it is black (B); a presenter
      // who blacks it out before the talk still opens the notes with S.
      win.document.addEventListener('keydown', (event) => {
        if (!deck.isPaused() || event.keyCode !== S_KEY) return;
        if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented)
          return;
        if ((event.target as Element | null)?.closest?.('input, textarea, [contenteditable="true"]')) return;
        onS();
      });
    },
  };
}

/** Where reveal's notes plugin keeps the presenter's choice of layout (its own key). */
const LAYOUT_KEY = 'reveal-speaker-layout';

/**
 * The speaker view opens in the layout 上下排列 (tall) until the presenter picks another, which
 * the notes plugin then keeps. Its default put the room's slide in a column the window's height,
 * letterboxed with empty bands above and below, and left the notes about six lines at the 1100 ×
 * 700 it opens at; stacked, both previews fill their frames and the notes take the window's
 * height beside them.
 */
function opensStacked(win: Window): void {
  try {
    if (win.localStorage.getItem(LAYOUT_KEY) === null) win.localStorage.setItem(LAYOUT_KEY, 'tall');
  } catch {
    // Storage refused (a private window's quota, a sandbox): the view opens in reveal's default.
  }
}

/**
 * Empties a speaker view for a new one to be written into, at once: loading a blank page instead
 * would race the writing. Its document is reopened (which drops its listeners) and its timers
 * are cleared: ids count up from 1, so every one up to a new timer's id is all of them.
 */
function clearView(view: Window): void {
  const last = view.setTimeout(() => undefined, 0);
  for (let id = 1; id <= last; id++) {
    view.clearTimeout(id);
    view.clearInterval(id);
  }
  view.document.open();
}

/**
 * The view's own restart (a click on its clocks) sets its timer to the planned time of the slides
 * before the current one. Until the view has drawn its clocks and has the slides' timings (its
 * pacing clock shows then) a restart would find nothing or set the timer to zero: it is tried
 * again every 100 ms, `tries` times at most.
 */
function restartClocks(speaker: Window, tries: number): void {
  if (speaker.closed) return;
  const clocks = speaker.document.querySelector<HTMLElement>('.speaker-controls-time');
  const pacing = clocks?.querySelector<HTMLElement>('.pacing');
  const ready = clocks && pacing?.style.display !== 'none';
  if (!ready && tries > 0) speaker.setTimeout(() => restartClocks(speaker, tries - 1), 100);
  else if (ready) clocks.click();
}

/** How often the clocks are set back while the deck waits on the cover. */
const HOLD_MS = 250;

/**
 * The view's timer runs from the moment the view opens, often well before the talk begins. Opened
 * on the cover, its clocks are held at the start while the deck stays there (no overtime shows
 * before the talk), and they start when the presenter steps from the cover to the next slide,
 * counting the cover's own planned time as spoken, so the pacing clock starts on time. A jump from
 * the cover further on leaves the timer running from there.
 */
function timerStartsWithTheTalk(win: Window, deck: RevealApi, speaker: Window, done: () => void): void {
  const [cover, next] = deck.getSlides();
  // Timed from the audience's window: a closed view runs no timers, and S may open another.
  const stop = (): void => {
    win.clearInterval(hold);
    deck.off('slidechanged', restart);
    done();
  };
  // Set back more often than the view's clocks tick (each second): held any less often, they
  // would read 00:00:01 for a moment each time, a clock that seems to start and reset.
  const hold = win.setInterval(() => {
    if (speaker.closed) stop();
    else if (deck.getCurrentSlide() === cover) restartClocks(speaker, 0);
  }, HOLD_MS);
  const restart = (event: Event): void => {
    if ((event as { previousSlide?: Element }).previousSlide !== cover) return;
    stop();
    if (deck.getCurrentSlide() === next) restartClocks(speaker, 50);
  };
  deck.on('slidechanged', restart);
}

function isHeartbeat(data: unknown): boolean {
  const message = revealMessage(data);
  return message?.namespace === 'reveal-notes' && message.type === 'heartbeat';
}

function isWindow(source: MessageEventSource | null): source is Window {
  return source !== null && 'document' in source;
}

function sameOrigin(win: Window, other: Window): boolean {
  try {
    return other.location.origin === win.location.origin;
  } catch {
    return false;
  }
}

/**
 * Gives a speaker view the deck's font, language and notes style, once, and sets the watches that
 * keep its labels, clock and notes so; these are set again when a reloaded page takes the view on.
 */
function dressSpeakerView(speaker: Window, fonts: FontSource, page: string): void {
  const doc = speaker.document;
  if (!doc.head) return;
  if (!doc.getElementById('deck-speaker-style')) styleSpeakerWindow(doc, fonts);
  translateLayoutMenu(doc);
  clockIn24Hours(doc);
  notesStartAtTheTop(doc);
  pacingSaysWhere(doc);
  notesTakeTheFocusOnAClick(doc);
  namePreviews(doc);
  // Key listeners die with the page that set them: set once per page load, again after a reload.
  if (doc.documentElement.dataset.keysFrom === page) return;
  doc.documentElement.dataset.keysFrom = page;
  keyListOnQuestionMark(speaker);
  notesKeepTheirKeys(speaker);
}

/**
 * Says in the speaker view whether the room's screen is black: at its foot, over the current
 * preview, which goes black too, and in sight in the notes-only layout, which has none.
 */
function showRoomBlack(speaker: Window, black: boolean): void {
  const doc = speaker.document;
  let note = doc.getElementById('speaker-black');
  if (!note) {
    const place = doc.body;
    if (!place) return;
    note = doc.createElement('p');
    note.id = 'speaker-black';
    note.setAttribute('role', 'status');
    note.textContent = labels.speakerBlack;
    place.append(note);
  }
  note.hidden = !black;
}

/**
 * The notes can hold the focus, so that a click into them makes the keys scroll them (see
 * notesKeepTheirKeys); a box that scrolls is reached by Tab, but a click did not focus it.
 */
function notesTakeTheFocusOnAClick(doc: Document): void {
  const notes = doc.querySelector<HTMLElement>('.speaker-controls-notes');
  if (notes && !notes.hasAttribute('tabindex')) notes.tabIndex = 0;
}

/** The keys that scroll a box: with the notes focused, they scroll the notes only. */
const SCROLL_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', ' ', 'Home', 'End'];

/**
 * With the notes focused (a Tab or a click into them), the keys that scroll them scroll them
 * only: the view would also pass each on to the room's slide, so reading on down the notes
 * showed the audience the next points. The arrow keys step the talk again once the focus is
 * elsewhere (Tab, or a click outside the notes).
 */
function notesKeepTheirKeys(speaker: Window): void {
  // Before the view's own listener on the document, which would pass the key on.
  speaker.addEventListener(
    'keydown',
    (event) => {
      // The view's nodes are of its own window: no instanceof against this one's Element.
      const notes = speaker.document.querySelector('.speaker-controls-notes');
      if (!notes?.contains(event.target as Node | null)) return;
      if (SCROLL_KEYS.includes(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey)
        event.stopImmediatePropagation();
    },
    true,
  );
}

/**
 * The keys of the shortcut list that the speaker view passes on to the room's slide, by the key
 * each names (a unit test holds them to the list: a renamed key would drop its line silently).
 */
export const PASSED_ON: readonly string[] = [
  '→ / 空格',
  '←',
  'Home / End',
  'G，输入页码，Enter',
  'B / .',
  '?',
];

/**
 * ? in the speaker view shows the keys it passes on to the room's slide; the view would hand ?
 * itself on too, and the room's list is no use to the presenter. Esc, ? or a click closes it.
 */
function keyListOnQuestionMark(speaker: Window): void {
  const doc = speaker.document;
  // A list a page gone since made has lost its listeners: it is made again.
  doc.getElementById('speaker-keys')?.remove();
  const list = doc.createElement('div');
  list.id = 'speaker-keys';
  list.setAttribute('role', 'dialog');
  list.setAttribute('aria-label', labels.help);
  list.hidden = true;
  const heading = doc.createElement('h2');
  heading.textContent = labels.help;
  const table = doc.createElement('dl');
  const passedOn = labels.keys.flatMap(([key, action]) =>
    PASSED_ON.includes(key) ? [[key, labels.speakerKeys[key] ?? action] as const] : [],
  );
  for (const [key, action] of [...passedOn, ...labels.speakerOwnKeys]) {
    const term = doc.createElement('dt');
    term.textContent = key;
    const detail = doc.createElement('dd');
    detail.textContent = action;
    table.append(term, detail);
  }
  const panel = doc.createElement('div');
  panel.append(heading, table);
  list.append(panel);
  doc.body.append(list);
  list.addEventListener('click', () => {
    list.hidden = true;
  });
  // Before the view's own listener on the document, which would pass the key on.
  speaker.addEventListener(
    'keydown',
    (event) => {
      const open = !list.hidden;
      if (event.key !== '?' && !(open && event.key === 'Escape')) return;
      event.stopImmediatePropagation();
      event.preventDefault();
      list.hidden = open;
    },
    true,
  );
}

function styleSpeakerWindow(doc: Document, fonts: FontSource): void {
  doc.documentElement.lang = 'zh-CN';
  doc.title = labels.speakerView;
  // The view's own labels, in the deck's language (its layout menu is rewritten by its script).
  const relabel = (selector: string, text: string): void => {
    const el = doc.querySelector(selector);
    // Keep child elements (the timer label holds its reset button, its words in brackets of
    // their own) and replace only the text.
    if (el?.firstChild?.nodeType === Node.TEXT_NODE) el.firstChild.textContent = text;
    else if (el) el.textContent = text;
  };
  relabel('.speaker-controls-time > .label', labels.speakerTime);
  relabel('.speaker-controls-time .reset-button', labels.speakerResetTimer);
  relabel('.speaker-controls-time .pacing-title', labels.speakerPacing);
  relabel('.speaker-controls-notes > .label', labels.notesHeading);
  relabel('#upcoming-slide > .label', labels.speakerUpcoming);
  const style = doc.createElement('style');
  style.id = 'deck-speaker-style';
  style.textContent = `${fonts.css}
    body, select, .overlay-element { font-family: ${DECK_FONT_STACK}; }
    #speaker-keys {
      position: fixed; inset: 0; z-index: 100; display: grid; place-items: center;
      background: rgb(0 0 0 / 45%);
    }
    #speaker-keys[hidden] { display: none; }
    #speaker-keys > div {
      padding: 1.2em 2em 1.6em; background: #fff; color: #1a2433; border-radius: 8px; font-size: 20px;
    }
    #speaker-keys h2 { margin: 0 0 0.8em; font-size: 1em; }
    #speaker-keys dl { display: grid; grid-template-columns: auto auto; gap: 0.5em 1.5em; margin: 0; }
    #speaker-keys dt { font-weight: 700; }
    #speaker-keys dd { margin: 0; }
    #speaker-black {
      position: fixed; left: 24px; bottom: 20px; z-index: 50;
      box-shadow: 0 2px 12px rgb(0 0 0 / 35%);
      margin: 0; padding: 0.5em 1em; border-radius: 6px; font-size: 20px;
      background: #fff; color: #1a2433; white-space: nowrap;
    }
    #speaker-black[hidden] { display: none; }
    /* A word or address longer than the notes' line wraps, not runs off. */
    .speaker-controls-notes .value { font-size: 1.15em; line-height: 1.7; overflow-wrap: break-word; }
    .speaker-controls-notes .value p { margin: 0 0 0.8em; }
    .speaker-controls-notes .value :is(ul, ol) { margin: 0 0 0.8em; padding-left: 1.4em; }
    /* A sequence's steps say its arrows again, for a screen too small for the drawing: here the
       preview shows them, and the list would push what there is to say below the pane's foot. */
    .speaker-controls-notes :is(.notes-steps-label, ol.notes-steps) { display: none; }
    .speaker-controls-notes .value blockquote {
      margin: 0 0 0.8em; padding-left: 0.9em; border-left: 3px solid #c5d0de; color: #4a5a70;
    }
    .speaker-controls-notes .notes-cue { color: #8a4b00; font-weight: 700; }
    .speaker-controls-notes .notes-note-ahead { color: #4a5a70; font-size: 0.9em; }
    .speaker-controls-notes :is(p, ul, ol, blockquote):not(.notes-slide, .notes-cue) + .notes-note {
      padding-top: 0.5em; border-top: 1px solid #d5deea;
    }
    .speaker-controls-notes .notes-slide { display: none; }
    .speaker-controls-notes .term { white-space: nowrap; }
    /* The next slide's label above its preview, not over the slide's top line, in every layout. */
    #upcoming-slide, body[data-speaker-layout] #upcoming-slide { padding-top: 46px; }
    #upcoming-slide .label { top: 6px; }
    /*
     * The default layout gave the next step's preview 40 % of the width and of the height: at
     * 1280 × 720 the slide's points showed 10 px high there, too small to read, while the current
     * slide, 16:9 in a column the window's height, left a third of its column empty. The preview
     * takes 48 % of the width and the height its 16:9 needs (label above it, at most 55 % of the
     * window), the current slide 52 %; the clocks and notes fill what is left under the preview.
     */
    body:is(:not([data-speaker-layout]), [data-speaker-layout="default"]) {
      --upcoming-height: min(55vh, calc((48vw - 14px) * 9 / 16 + 54px));
    }
    body:is(:not([data-speaker-layout]), [data-speaker-layout="default"]) #current-slide { width: 52%; }
    body:is(:not([data-speaker-layout]), [data-speaker-layout="default"]) #upcoming-slide {
      width: 48%; height: var(--upcoming-height);
    }
    body:is(:not([data-speaker-layout]), [data-speaker-layout="default"]) #speaker-controls {
      width: 48%; top: var(--upcoming-height); height: calc(100% - var(--upcoming-height));
    }
    /*
     * Stacked (上下排列, the layout the view opens in): reveal gave each preview 45 % of the width
     * and half the height, so the room's slide sat in a frame taller than the slide, a band empty
     * under it. The column takes the width at which the two 16:9 slides (and the next one's label)
     * fill the window's height, at most half its width; each frame is its slide's shape, and the
     * clocks and notes take the rest of the width, the window's height.
     */
    body[data-speaker-layout="tall"] {
      --column: min(50vw, calc((100vh - 68px) * 8 / 9 + 12px));
      --current-height: calc((var(--column) - 12px) * 9 / 16 + 14px);
    }
    body[data-speaker-layout="tall"] #current-slide { width: var(--column); height: var(--current-height); }
    body[data-speaker-layout="tall"] #upcoming-slide {
      top: var(--current-height); width: var(--column); height: calc((var(--column) - 12px) * 9 / 16 + 54px);
    }
    body[data-speaker-layout="tall"] #speaker-controls { left: var(--column); width: calc(100% - var(--column)); }
    /* A click on the next slide's preview would take the keys there, away from the talk. */
    #upcoming-slide iframe { pointer-events: none; }
    /*
     * The clocks stay in sight while the notes scroll: only the notes scroll, under the clocks,
     * which take one row (talk time, time to this slide's planned end, clock) instead of three.
     */
    #speaker-controls { display: flex; flex-direction: column; overflow: hidden; }
    .speaker-controls-time {
      flex: none; display: grid; grid-template-columns: auto auto 1fr; column-gap: 1.2em;
      grid-template-areas: "label pacing-title ." "timer pacing clock"; align-items: baseline;
      margin-bottom: 0; padding-bottom: 12px;
    }
    .speaker-controls-time > .label { grid-area: label; }
    .speaker-controls-time .pacing-title { grid-area: pacing-title; margin: 0; }
    .speaker-controls-time .timer { grid-area: timer; width: auto; float: none; }
    .speaker-controls-time .pacing { grid-area: pacing; }
    .speaker-controls-time .pacing-state { font-size: 0.95rem; margin-left: 0.4em; }
    .speaker-controls-time .clock { grid-area: clock; width: auto; float: none; justify-self: end; }
    .speaker-controls-time .clear { display: none; }
    .speaker-controls-time :is(.timer, .clock, .pacing) :is(span, .clock-value) { font-size: 1.5rem; }
    .speaker-controls-notes { flex: 1 1 auto; min-height: 0; overflow: auto; }
    /*
     * Moved to a large screen (a 1080p monitor at the lectern), the notes, clocks and labels grow
     * with the window instead of keeping the sizes made for the 1100 px window it opens at.
     */
    @media (min-width: 1400px) and (min-height: 800px) {
      body[data-speaker-layout] #speaker-controls { font-size: clamp(18px, 0.9vw + 8px, 28px); }
      body[data-speaker-layout]:not([data-speaker-layout="default"]) #speaker-controls {
        font-size: clamp(22.5px, 1.1vw + 10px, 34px);
      }
      .speaker-controls-time :is(.timer, .clock, .pacing) :is(span, .clock-value) {
        font-size: clamp(1.5rem, 1.2vw + 0.6rem, 2.4rem);
      }
    }
    /*
     * Notes going on below the view's foot fade out there, never quite to nothing, and say so in
     * words at the foot: where a paragraph's gap fell in the fade, the notes looked finished.
     */
    .speaker-controls-notes.has-more {
      mask-image: linear-gradient(to bottom, #000 calc(100% - 4em), rgb(0 0 0 / 25%) 100%);
    }
    .notes-more { display: none; }
    .speaker-controls-notes.has-more + .notes-more {
      display: block; position: absolute; right: 12px; bottom: 8px; z-index: 2; pointer-events: none;
      padding: 0.15em 0.6em; border-radius: 4px; background: #1f5fa8; color: #fff; font-size: 0.85em;
    }
  `;
  doc.head.append(style);
}

/**
 * The notes scroll on their own; a new slide's notes start at their top, not where the last
 * slide's were left. A step within the slide rewrites the same notes and keeps the place. Notes
 * with more below the view's foot are marked, so the theme can fade them out there.
 */
function notesStartAtTheTop(doc: Document): void {
  const notes = doc.querySelector<HTMLElement>('.speaker-controls-notes');
  const value = notes?.querySelector('.value');
  const view = doc.defaultView;
  if (!notes || !value || !view) return;
  const checkBelow = markWhatIsBelow(notes);
  // Beside the notes, not in them: the fade would take it too. Shown by the theme while they go on.
  notes.after(element(doc, 'div', { class: 'notes-more', 'aria-hidden': 'true' }, labels.speakerNotesMore));
  let shown = value.innerHTML;
  new view.MutationObserver(() => {
    if (value.innerHTML === shown) return;
    shown = value.innerHTML;
    notes.scrollTop = 0;
    checkBelow();
  }).observe(value, { childList: true, characterData: true, subtree: true });
}

/**
 * The pacing clock's colour (blue, green, red) said in a word beside it, 提前, 按计划 or 超时, as
 * reveal's view sets its class each second: a colour alone tells nothing to whoever has not read
 * the view's source, nor to a colour-blind presenter.
 */
function pacingSaysWhere(doc: Document): void {
  const pacing = doc.querySelector<HTMLElement>('.speaker-controls-time .pacing');
  const view = doc.defaultView;
  if (!pacing || !view) return;
  // Found again when a reloaded page dresses the view anew: the observer the page gone had set
  // died with it, so this one is set again.
  const state =
    pacing.querySelector<HTMLElement>('.pacing-state') ??
    pacing.appendChild(element(doc, 'small', { class: 'pacing-state' }));
  const say = (): void => {
    const found = (Object.keys(labels.pacingStates) as (keyof typeof labels.pacingStates)[]).find((name) =>
      pacing.classList.contains(name),
    );
    const word = found ? labels.pacingStates[found] : '';
    if (state.textContent !== word) state.textContent = word;
  };
  say();
  new view.MutationObserver(say).observe(pacing, { attributes: true, attributeFilter: ['class'] });
}

/**
 * Notes longer than their pane follow the slide's steps: with k of a slide's n steps shown, they
 * are scrolled k/n of the way down, so its last step brings their end (and the deck's 注) in
 * sight. A presenter with a clicker sends only the keys that step the talk; scrolling the notes
 * would mean reaching for the mouse mid-sentence. A step on never scrolls them back up, nor a step
 * back down, past where the presenter scrolled them by hand.
 */
function notesFollowTheSteps(speaker: Window, deck: RevealApi, forward: boolean): void {
  const notes = speaker.document.querySelector<HTMLElement>('.speaker-controls-notes');
  const slide = deck.getCurrentSlide();
  if (!notes || !slide) return;
  const room = notes.scrollHeight - notes.clientHeight;
  const steps = new Set(
    Array.from(slide.querySelectorAll<HTMLElement>('.fragment'), (el) => el.dataset.fragmentIndex),
  ).size;
  if (room <= 0 || steps === 0) return;
  const shown = (deck.getIndices().f ?? -1) + 1;
  const target = Math.round((Math.min(shown, steps) / steps) * room);
  const top = forward ? Math.max(notes.scrollTop, target) : Math.min(notes.scrollTop, target);
  if (top === notes.scrollTop) return;
  const still = speaker.matchMedia('(prefers-reduced-motion: reduce)').matches;
  notes.scrollTo({ top, behavior: still ? 'auto' : 'smooth' });
}

/**
 * The view's script adds its two preview frames once it reaches the deck, with no name: a screen
 * reader said "frame" twice. Each is named for what it shows, now and whenever the script adds it.
 */
function namePreviews(doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  const frames: readonly [string, string][] = [
    ['#current-slide', labels.speakerCurrentFrame],
    ['#upcoming-slide', labels.speakerUpcomingFrame],
  ];
  for (const [selector, name] of frames) {
    const box = doc.querySelector(selector);
    if (!box) continue;
    const named = (): void => {
      const frame = box.querySelector('iframe');
      if (frame && frame.title !== name) frame.title = name;
    };
    named();
    new view.MutationObserver(named).observe(box, { childList: true });
  }
}

/**
 * The layout menu: its options are filled, and its label rewritten ("Layout: Wide") at every
 * change, by the view's own script; so the menu is translated now and again whenever it changes.
 */
function translateLayoutMenu(doc: Document): void {
  const menu = doc.getElementById('speaker-layout');
  const select = menu?.querySelector('select');
  const label = menu?.querySelector('.speaker-layout-label');
  const view = doc.defaultView;
  if (!menu || !select || !label || !view) return;
  const names: Readonly<Record<string, string | undefined>> = labels.speakerLayouts;
  const translate = (): void => {
    for (const option of Array.from(select.options)) {
      const name = names[option.value];
      if (name && option.textContent !== name) option.textContent = name;
    }
    const current = names[select.value];
    const text = current ? `${labels.speakerLayout}：${current}` : labels.speakerLayout;
    if (label.textContent !== text) label.textContent = text;
  };
  translate();
  new view.MutationObserver(translate).observe(menu, { childList: true, characterData: true, subtree: true });
}

/** The view's script writes its clock every second as "08:18 AM"; a Chinese speaker reads 08:18. */
function clockIn24Hours(doc: Document): void {
  const clock = doc.querySelector('.speaker-controls-time .clock-value');
  const view = doc.defaultView;
  if (!clock || !view) return;
  const write = (): void => {
    const text = new Date().toLocaleTimeString('zh-CN', {
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    if (clock.textContent !== text) clock.textContent = text;
  };
  write();
  new view.MutationObserver(write).observe(clock, { childList: true, characterData: true, subtree: true });
}
