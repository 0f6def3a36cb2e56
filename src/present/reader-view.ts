import type { RevealApi, RevealPlugin } from 'reveal.js';
import { type DiagramZoom, diagramZoom } from './diagram-zoom.ts';
import { CONTROL, element, FOLD_MEDIA, headingWords, markWhatIsBelow } from './dom.ts';
import { labels } from './labels.ts';

/**
 * True when the page should open in the reader (scroll) view: asked for, or a screen no wider than
 * `activationWidth` (reveal.js makes the same choice by itself at that width).
 */
export function wantsReaderView(
  choice: ViewChoice | undefined,
  width: number,
  activationWidth: number,
): boolean {
  return choice ? choice === 'reader' : width <= activationWidth;
}

/** The view a reader picked with the toolbar (or R), over the one the window's width gives. */
export type ViewChoice = 'reader' | 'slides';

const VIEW_KEY = 'deck-view';

/**
 * The view picked in this tab, if any. The toolbar's link says it in the URL (reveal.js's own
 * `?view=scroll`, or `?scrollActivationWidth=false` for the slides); it is kept for the tab, so a
 * reload keeps it, and taken out of the address, so a link copied from there opens on a phone in
 * the reader view and on a laptop in the slide view, as each screen suits.
 */
export function takeViewChoice(win: Window): ViewChoice | undefined {
  const url = new URL(win.location.href);
  const params = url.searchParams;
  const said: ViewChoice | undefined =
    params.get('view') === 'scroll'
      ? 'reader'
      : params.get('scrollActivationWidth') === 'false'
        ? 'slides'
        : undefined;
  try {
    if (!said) {
      const kept = win.sessionStorage.getItem(VIEW_KEY);
      return kept === 'reader' || kept === 'slides' ? kept : undefined;
    }
    win.sessionStorage.setItem(VIEW_KEY, said);
    params.delete('view');
    params.delete('scrollActivationWidth');
    win.history.replaceState(win.history.state, '', url.href);
  } catch {
    // Storage or the address refused (a private window's quota): the URL keeps the choice.
  }
  return said;
}

/** Marks a point whose build `showAllSteps` dropped; its value is the step's own index, if any. */
const STEP_MARK = 'data-deck-step';

/**
 * Drops the slides' step-by-step builds: a reader alone needs every point at once, and without
 * them every scroll page is one screen high, which keeps reveal's scroll mapping exact. Each step
 * is marked, so that `restoreSteps` can bring the builds back should the slide view return.
 */
export function showAllSteps(root: ParentNode): void {
  const steps = Array.from(root.querySelectorAll('.fragment'));
  for (const step of steps) {
    step.setAttribute(STEP_MARK, step.getAttribute('data-fragment-index') ?? '');
    step.classList.remove('fragment', 'visible', 'current-fragment');
    step.removeAttribute('data-fragment-index');
    // A point waiting for its step was hidden from screen readers; now it is on screen.
    step.removeAttribute('aria-hidden');
  }
}

/** Puts back the builds `showAllSteps` dropped under `root`. Returns whether there were any. */
function restoreSteps(root: ParentNode): boolean {
  const steps = Array.from(root.querySelectorAll(`[${STEP_MARK}]`));
  for (const step of steps) {
    const index = step.getAttribute(STEP_MARK);
    step.classList.add('fragment');
    if (index) step.setAttribute('data-fragment-index', index);
    step.removeAttribute(STEP_MARK);
  }
  return steps.length > 0;
}

/**
 * The reader view's place as the slide view's hash: the slide in view (the URL may lag it by up
 * to a second), at its last step when it has steps (`#/id/3`), so the slide view opens with every
 * point shown, as the reader just read them.
 */
export function readPlace(deck: RevealApi, hash: string): string {
  const slide = deck.getCurrentSlide();
  if (!slide?.id) return hash;
  const last = lastStep(slide, STEP_MARK);
  return `#/${encodeURIComponent(slide.id)}${last >= 0 ? `/${last}` : ''}`;
}

/**
 * The number of a slide's last build step, as its steps are numbered in `attribute` (steps marked
 * before reveal numbered them count from 0 in order); -1 if it has none.
 */
function lastStep(slide: Element, attribute: string): number {
  const steps = Array.from(slide.querySelectorAll(`[${attribute}]`));
  const numbers = steps.map((step) => Number.parseInt(step.getAttribute(attribute) ?? '', 10));
  return numbers.every(Number.isFinite) ? Math.max(-1, ...numbers) : steps.length - 1;
}

/** The id of the slide a hash names (`#/id`, `#/id/2`); none for a malformed one (`#/%E4`). */
function slideIdOf(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  } catch {
    return '';
  }
}

/**
 * reveal's scroll view may start at the top, or where the reader last was, rather than at the
 * slide the URL names; scrolling the page there lets reveal pick the slide up from the position.
 */
export function scrollToDeepLink(deck: RevealApi, hash: string, win: Window): void {
  const id = slideIdOf(hash);
  const slide = id ? win.document.getElementById(id) : null;
  if (slide) win.requestAnimationFrame(() => scrollToSlide(deck, slide));
}

/** In the reader view, scrolls the page to the screen that holds `slide`. */
function scrollToSlide(deck: RevealApi, slide: Element | undefined): void {
  const page = slide?.closest<HTMLElement>('.scroll-page');
  const viewport = deck.getViewportElement();
  if (page && viewport) viewport.scrollTop = page.offsetTop;
}

/**
 * Whatever sends the deck to a slide by number (G's box, and the slide it goes back to when the
 * box is closed; the progress bar) reaches reveal's scroll view through `slide()`, which puts
 * slide i at i/n of the scroll range instead of i/(n-1): from the middle of the deck on, a page
 * short. In the reader view the page is scrolled to the slide's own screen instead.
 */
function slideOntoItsPage(deck: RevealApi): void {
  const slide = deck.slide.bind(deck);
  deck.slide = (h?: number, v?: number, f?: number, origin?: number): void => {
    // The deck has no vertical stacks: slide h is the h-th slide (its scroll page holds it).
    const target = isReader(deck) && typeof h === 'number' ? deck.getSlides()[h] : undefined;
    if (target) scrollToSlide(deck, target);
    else slide(h, v, f, origin);
  };
}

const KEY_HOME = 36;
const KEY_END = 35;

/**
 * Home and End go to the first and last slide in both views (in the reader view onto the slide's
 * own screen, see slideOntoItsPage). reveal's own binding looks the last slide up by an index its
 * scroll pages do not have.
 */
function bindHomeAndEnd(deck: RevealApi): void {
  const goTo = (last: boolean): void => deck.slide(last ? deck.getSlides().length - 1 : 0);
  // Bound by key code alone, so reveal's help keeps its own line for them.
  deck.addKeyBinding(KEY_HOME, () => goTo(false));
  deck.addKeyBinding(KEY_END, () => goTo(true));
}

/**
 * The slide view has just turned into the reader view: every point is shown at once, the scroll
 * pages are rebuilt for that (reveal made them with the build steps, several screens per slide),
 * and the reader stays at the slide they were on.
 */
function enterReader(deck: RevealApi, slideId: string, win: Window): void {
  const root = deck.getRevealElement();
  if (root?.querySelector('.slides .fragment')) {
    // reveal restores the slides as they were when its scroll view began whenever it leaves
    // it, and enters it again at once while the window is narrow. So: out of it, with no
    // width that turns it on; the steps dropped from the slides put back; in again.
    const { scrollActivationWidth } = deck.getConfig();
    deck.configure({ scrollActivationWidth: 0 });
    showAllSteps(root);
    deck.configure({ scrollActivationWidth });
  }
  scrollToDeepLink(deck, `#/${encodeURIComponent(slideId)}`, win);
}

/**
 * Back in the slide view (a phone turned sideways again): the reader's styles go and the builds
 * come back for the slides ahead. The slide in view keeps every point shown, as it was just read.
 */
function leaveReader(deck: RevealApi): void {
  deck.getViewportElement()?.classList.remove('deck-reader');
  const slides = deck.getSlidesElement();
  if (!slides || !restoreSteps(slides)) return;
  deck.sync();
  const { h, v } = deck.getIndices();
  const slide = deck.getCurrentSlide();
  deck.slide(h, v, slide ? lastStep(slide, 'data-fragment-index') : -1);
}

/**
 * Whether reveal.js is about to switch views at the window's new width, by its own rule: the
 * width less the deck's margin against `scrollActivationWidth`.
 */
function switchesView(deck: RevealApi, win: Window): boolean {
  const { view, scrollActivationWidth, margin } = deck.getConfig();
  const width = win.innerWidth * (1 - (margin ?? 0));
  const reader =
    view === 'scroll' ||
    (Boolean(scrollActivationWidth) && wantsReaderView(undefined, width, scrollActivationWidth ?? 0));
  return reader !== isReader(deck);
}

/**
 * Runs `callback` after each window resize, once every resize handler has run: reveal switches
 * between its slide and scroll views in its own handler, which it registers again at every
 * sync, so a handler of ours may run before or after it. Returns what stops it.
 */
export function afterResize(win: Window, callback: () => void): () => void {
  const onResize = (): void => {
    win.setTimeout(callback, 0);
  };
  win.addEventListener('resize', onResize);
  return () => win.removeEventListener('resize', onResize);
}

/** How far one arrow key scrolls a page's notes: two lines of them. */
const NOTES_ARROW_STEP = 64;
/** The share of the notes' height one Page Down or Space scrolls: a line of the last view stays. */
const NOTES_PAGE_STEP = 0.85;

/** The notes beside the slide in view, in the reader view. */
const notesInView = (deck: RevealApi): HTMLElement | null =>
  deck
    .getCurrentSlide()
    ?.closest('.scroll-page-sticky')
    ?.querySelector<HTMLElement>(':scope > .reader-notes') ?? null;

/**
 * Whether the reader view leaves a key alone: a field, a dialog, reveal's overlays (the shortcut
 * list) and its black screen keep their keys, and Space presses the button or follows the link
 * it is on.
 */
function keyIsTaken(event: KeyboardEvent, deck: RevealApi): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return deck.isPaused();
  const doc = target.ownerDocument;
  return (
    target.closest('input, textarea, select, [contenteditable="true"], dialog') !== null ||
    doc.querySelector('dialog[open], .r-overlay') !== null ||
    deck.isPaused() ||
    (event.key === ' ' && target.closest(CONTROL) !== null)
  );
}

/** Whether a key event has a modifier other than Shift, or was already handled. */
const notPlain = (event: KeyboardEvent): boolean =>
  event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey;

/**
 * The keyboard in the reader view reads as it scrolls: the keys that go on (↓, Page Down, Space)
 * first scroll the notes beside the slide, where they run on below the screen (a small laptop),
 * and the keys that go back scroll them up first; only then do they change the slide.
 */
function scrollNotesFirst(deck: RevealApi, win: Window): void {
  const smooth = !win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  win.addEventListener(
    'keydown',
    (event) => {
      if (!isReader(deck) || notPlain(event) || keyIsTaken(event, deck)) return;
      const notes = notesInView(deck);
      if (!notes || notes.scrollHeight <= notes.clientHeight + 1) return;
      const space = event.key === ' ';
      // Shift goes back with Space only.
      if (event.shiftKey && !space) return;
      const on = ['ArrowDown', 'PageDown'].includes(event.key) || (space && !event.shiftKey);
      const back = ['ArrowUp', 'PageUp'].includes(event.key) || (space && event.shiftKey);
      if (!on && !back) return;
      const room = on ? notes.scrollHeight - notes.clientHeight - notes.scrollTop : notes.scrollTop;
      if (room < 1) return;
      const step = event.key.startsWith('Arrow') ? NOTES_ARROW_STEP : notes.clientHeight * NOTES_PAGE_STEP;
      event.preventDefault();
      event.stopPropagation();
      notes.scrollBy({ top: on ? step : -step, behavior: smooth ? 'smooth' : 'auto' });
    },
    { capture: true },
  );
}

/**
 * In the reader view the first Tab (or Shift+Tab) starts at the slide in view: with the focus on
 * the page itself, the browser would start from the top and scroll back to the introduction.
 */
function tabFromSlideInView(deck: RevealApi, win: Window): void {
  const doc = win.document;
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab' || !isReader(deck) || notPlain(event) || keyIsTaken(event, deck)) return;
      const active = doc.activeElement;
      if (active && active !== doc.body && active !== doc.documentElement) return;
      const page = deck.getCurrentSlide()?.closest('.scroll-page-sticky');
      const stops = Array.from(
        page?.querySelectorAll<HTMLElement>('a[href], button, [tabindex]:not([tabindex="-1"])') ?? [],
      ).filter((el) => el.getClientRects().length > 0);
      const stop = event.shiftKey ? stops.at(-1) : stops[0];
      if (!stop) return;
      event.preventDefault();
      stop.focus({ preventScroll: true });
    },
    { capture: true },
  );
}

/** How long reveal.js's router may hold back a URL it writes (its MAX_REPLACE_STATE_FREQUENCY). */
const REVEAL_URL_DELAY_MS = 1000;

/**
 * Below this scale a diagram's smallest labels (about 16.7 px on a full-size slide) are drawn under
 * 15 px, as on a tablet held sideways (1024 × 768: 0.77); a laptop's screen shows the slide at
 * nearly full size (1280 × 800: 0.96).
 */
const SMALL_SCALE = 0.9;

/** On the deck's element while a click on a diagram opens it large. */
const OPENS_LARGE = 'diagrams-open-large';

/** True while reveal.js shows its scroll view, the reader view. */
export const isReader = (deck: RevealApi): boolean =>
  deck.getViewportElement()?.classList.contains('reveal-scroll') ?? false;

/**
 * In reveal.js's scroll view nobody speaks the notes, so this plugin prints each slide's notes
 * beside or under it, inside the slide's own screen-high page: reveal maps the scroll position to
 * slides by page, so the pages keep their height and the hash, number and progress stay right.
 */
export function readerViewPlugin(options: { diagramZoom: boolean; window: Window }): RevealPlugin {
  return {
    id: 'reader-view',
    init(deck: RevealApi) {
      const win = options.window;
      const doc = win.document;
      let zoom: DiagramZoom | undefined;
      const addNotes = (): void => {
        if (!isReader(deck)) return;
        deck.getViewportElement()?.classList.add('deck-reader');
        const stickies = Array.from(
          deck.getRevealElement()?.querySelectorAll<HTMLElement>('.scroll-page-sticky') ?? [],
        );
        for (const [i, sticky] of stickies.entries()) {
          if (sticky.querySelector(':scope > .reader-notes')) continue;
          const block = doc.createElement('div');
          block.className = 'reader-notes';
          block.tabIndex = 0;
          const heading = doc.createElement('p');
          heading.className = 'reader-notes-label';
          heading.textContent = labels.readerNotesHeading;
          // A diagram is small on a phone: a button (or a tap on it) shows it large enough to read.
          const slide = sticky.querySelector<HTMLElement>('section[data-kind="diagram"]');
          if (slide) zoom?.addButton(slide, block);
          // At a third of its size a slide's own text is too small to read on a phone; its list or
          // table is short, so it is repeated here at the notes' size (wider screens hide it). So
          // is a diagram's caption: the flow in plain words, before the notes tell it in full.
          const content = sticky.querySelector(
            'section[data-kind] > :is(ul.points, ol.agenda, ul.sources, table.comparison, ul.part-contents), section[data-kind="diagram"] figcaption',
          );
          // On an upright phone a slide whose words are all in the copy is not drawn above it at a
          // third of its size, grey noise repeating the copy: its heading (and the line above it)
          // heads the copy instead, at the notes' size. The theme shows it only there.
          const slideOfCopy = content?.localName === 'figcaption' ? null : content?.parentElement;
          if (slideOfCopy) {
            const title = element(doc, 'div', { class: 'reader-title', 'aria-hidden': 'true' });
            title.append(
              ...Array.from(
                slideOfCopy.querySelectorAll(':scope > :is(.slide-chapter, .section-number, h2)'),
                (node) => node.cloneNode(true),
              ),
            );
            block.append(title);
            sticky.classList.add('reader-banded');
          }
          if (content) {
            const copy =
              content.localName === 'figcaption'
                ? element(doc, 'p', { class: 'diagram-caption' })
                : (content.cloneNode(true) as HTMLElement);
            if (content.localName === 'figcaption')
              copy.append(...Array.from(content.childNodes, (node) => node.cloneNode(true)));
            copy.classList.add('reader-copy');
            showAllSteps(copy);
            // For the eyes only: a screen reader already reads the slide's own list, links and
            // all, and would hear it twice.
            copy.setAttribute('aria-hidden', 'true');
            for (const link of Array.from(copy.querySelectorAll('a'))) link.tabIndex = -1;
            block.append(copy);
          }
          // A diagram's slide stays drawn above, its title too small to read there: the title
          // heads the notes, at their size (where the copy shows), before the enlarge button.
          if (slide && content?.localName === 'figcaption') {
            const title = element(doc, 'p', { class: 'diagram-title reader-copy', 'aria-hidden': 'true' });
            title.append(...headingWords(slide, ''));
            block.prepend(title);
          }
          // The notes' slide label is for a printed notes page (here the slide is right above),
          // and their cue line (time to spend, what to do on stage) is for the presenter. A slide
          // whose notes are only that gets no "notes" heading over nothing.
          const paragraphs = Array.from(
            sticky.querySelectorAll('aside.notes > :not(.notes-slide, .notes-cue)'),
          );
          if (paragraphs.length > 0) block.append(heading, ...paragraphs.map((p) => p.cloneNode(true)));
          if (!block.hasChildNodes()) continue;
          // Only the copy, which wide screens hide: there the slide may take the whole screen.
          if (paragraphs.length === 0) block.classList.add('reader-copy-only');
          block.setAttribute('aria-label', `${labels.readerNotesHeading} ${i + 1}`);
          block.setAttribute('role', 'region');
          sticky.append(block);
          markWhatIsBelow(block);
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
          counter = doc.createElement('div');
          counter.className = 'reader-counter';
          // A status: announced politely as the reader scrolls on.
          counter.setAttribute('role', 'status');
          // In the toolbar's row, where it covers nothing; on its own where there is no toolbar.
          const toolbar = doc.querySelector('.deck-toolbar');
          if (toolbar) toolbar.prepend(counter);
          else deck.getViewportElement()?.append(counter);
        }
        const c = slides.indexOf(current) + 1;
        counter.textContent = `${c} / ${slides.length}`;
        // The theme keeps the counter as wide as the deck's largest number all along, so the
        // buttons beside it hold still as 9 becomes 10.
        counter.dataset.widest = `${slides.length} / ${slides.length}`;
        counter.setAttribute(
          'aria-label',
          labels.slideCounter.replace('{c}', String(c)).replace('{t}', String(slides.length)),
        );
      };
      // The cover's hint names keys, which mean nothing to a reader scrolling on a phone, nor to
      // one swiping through the slides on a touch screen. Looked up each time: reveal rebuilds
      // the slides when it leaves its scroll view.
      // Where a tap or click on a drawing opens it large: the slide is shown small.
      const opensLarge = (): boolean => isReader(deck) || deck.getScale() < SMALL_SCALE;
      const touchOnly = !win.matchMedia('(any-pointer: fine)').matches;
      const showHint = (): void => {
        const hint = deck.getRevealElement()?.querySelector('.deck-hint');
        if (!hint) return;
        if (isReader(deck)) hint.textContent = labels.readerHint;
        // A short screen (a phone held sideways) folds 阅读模式 into the toolbar's 更多.
        else if (touchOnly)
          hint.textContent = (
            win.matchMedia(FOLD_MEDIA).matches ? labels.touchHintFolded : labels.touchHint
          ).replace('{z}', zoom && opensLarge() ? labels.touchHintDiagrams : '');
        else hint.textContent = labels.keysHint;
      };
      bindHomeAndEnd(deck);
      slideOntoItsPage(deck);
      scrollNotesFirst(deck, win);
      tabFromSlideInView(deck, win);
      let markOpenable = (): void => {};
      deck.on('ready', () => {
        // Drawings open large wherever the slide is shown small: the reader view, or a slide
        // view scaled down (a phone or a tablet held sideways, a small window).
        const root = deck.getRevealElement();
        if (options.diagramZoom && root?.querySelector('section[data-kind="diagram"]')) {
          zoom = diagramZoom(doc, opensLarge);
          zoom.openOnTap(root);
          zoom.keyboardButtons(root, !isReader(deck));
          // A mouse user learns a click opens the drawing large by the pointer (theme).
          markOpenable = () => root.classList.toggle(OPENS_LARGE, opensLarge());
          markOpenable();
        }
        // After the drawings' zoom: on a touch screen the hint says a tap opens them.
        showHint();
        addNotes();
        markCurrent();
        // A window narrowed (or a phone turned upright) into the reader view stays on the slide
        // it showed: noted in the capture phase, which at the window runs before any handler,
        // at the first resize of a burst, and used once the views have switched.
        let slideBefore = '';
        win.addEventListener(
          'resize',
          () => {
            if (!slideBefore && !isReader(deck)) slideBefore = deck.getCurrentSlide()?.id ?? '';
            if (switchesView(deck, win)) zoom?.lendBack();
          },
          { capture: true },
        );
        afterResize(win, () => {
          const from = slideBefore;
          slideBefore = '';
          if (from && isReader(deck)) enterReader(deck, from, win);
          if (!isReader(deck)) leaveReader(deck);
          // reveal rebuilt the slides if the view switched: the drawings are plain again.
          const root = deck.getRevealElement();
          if (root) zoom?.keyboardButtons(root, !isReader(deck));
          markOpenable();
          addNotes();
          showHint();
          zoom?.takeAgain();
        });
      });
      // reveal's scroll view changes the slide without writing the URL; write it, so a reader
      // who reloads, bookmarks or shares the page comes back to the slide in view. reveal's own
      // URL writes are held back by up to a second, so one it worked out in passing (while
      // switching views, say) can land after ours: ours is written again once that has passed.
      let rewrite = 0;
      const writeUrl = (): void => {
        if (isReader(deck)) win.history.replaceState(win.history.state, '', `#${deck.getSlidePath()}`);
      };
      deck.on('slidechanged', () => {
        markCurrent();
        if (!isReader(deck)) return;
        writeUrl();
        win.clearTimeout(rewrite);
        rewrite = win.setTimeout(writeUrl, REVEAL_URL_DELAY_MS + 100);
      });
    },
  };
}
