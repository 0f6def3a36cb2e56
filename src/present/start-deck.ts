import Reveal, { type RevealApi, type RevealConfig, type RevealPlugin } from 'reveal.js';
import { FONT_STYLE_ID } from '../font/font-family.ts';
import { deckControlsPlugin, KEY_SLASH } from './deck-controls.ts';
import { CONTROL } from './dom.ts';
import { fitNotesPages } from './fit-notes-pages.ts';
import { focusFollowsSlidePlugin } from './focus-follows-slide.ts';
import { jumpBoxPlugin } from './jump-box.ts';
import { labels } from './labels.ts';
import { isUpcomingPreview, markEndInPreview } from './preview-end.ts';
import {
  dropCues,
  layOutHandout,
  PRINT_LAYOUTS,
  printLayout,
  printQuery,
  wantsHandout,
  withLayout,
  withoutCues,
} from './print-handout.ts';
import {
  afterResize,
  isReader,
  readerViewPlugin,
  scrollToDeepLink,
  showAllSteps,
  takeViewChoice,
  wantsReaderView,
} from './reader-view.ts';
import { slideSearch } from './slide-search.ts';
import { type SpeakerGate, speakerGate } from './speaker-gate.ts';
import { type FontSource, speakerViewPlugin } from './speaker-view.ts';
import { stepAnnouncerPlugin } from './step-announcer.ts';
import { followStoredTheme, localStorageOf } from './theme-switch.ts';
import { markZoomedIn } from './zoomed-in.ts';

/** What the page tells the deck about where it runs; passed in, never read from globals here. */
export interface DeckEnvironment {
  readonly window: Window;
}

/** Below this window width (phones) reveal.js switches to its scroll view, our reader view. */
const READER_WIDTH = 600;
/** The space reveal.js leaves around a slide, as a fraction of the window. */
const MARGIN = 0.04;

/**
 * Whether reveal.js may act on a key. Space and Enter on a focused button or link are the
 * control's own (press it, follow it), not "next slide".
 */
function keyIsForReveal(event: KeyboardEvent): boolean {
  const target = event.target;
  const onControl = target instanceof Element && target.closest(CONTROL) !== null;
  return !(onControl && (event.key === ' ' || event.key === 'Enter'));
}

/** The deck's reveal.js configuration. Query parameters (e.g. `?view=scroll`) still override it. */
function revealConfig(options: { reducedMotion: boolean }): RevealConfig {
  return {
    width: 1280,
    height: 720,
    margin: MARGIN,
    // reveal stops growing a slide at twice its size; a 4K screen at 100 % (a meeting room's TV)
    // needs three times. The slides are text and vector drawings: they stay sharp however large.
    maxScale: 4,
    center: false,
    hash: true,
    respondToHashChanges: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    controlsLayout: 'bottom-right',
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    keyboard: true,
    keyboardCondition: keyIsForReveal,
    touch: true,
    overview: true,
    help: true,
    jumpToSlide: true,
    // reveal compares this with the window's width less its margin; this way its scroll view and
    // wantsReaderView switch at the same window width.
    scrollActivationWidth: READER_WIDTH * (1 - MARGIN),
    scrollLayout: 'full',
    scrollProgress: true,
    transition: options.reducedMotion ? 'none' : 'slide',
    transitionSpeed: 'fast',
    backgroundTransition: options.reducedMotion ? 'none' : 'fade',
    // Every slide carries its own data-timing; a non-null default switches on the speaker
    // view's pacing clock (reveal's types only admit null here).
    defaultTiming: 60 as unknown as null,
    // One page per slide in print; `?pdfSeparateFragments=true` gives one page per build step.
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    hideCursorTime: 4000,
    // The zoom plugin's own default is Ctrl+click on Linux and Alt+click elsewhere; the shortcut
    // list and the README say Alt+click, so it is Alt+click everywhere. (A plugin's option, which
    // reveal's config type does not name.)
    ...{ zoomKey: 'alt' },
  };
}

/**
 * The deck's @font-face rules, for windows the deck opens itself. They sit in the page; their
 * relative URLs are made absolute so they resolve from any window (data: URLs stay as they are).
 */
function fontSource(doc: Document): FontSource {
  const css = doc.getElementById(FONT_STYLE_ID)?.textContent ?? '';
  return {
    css: css.replace(
      /url\("(?!data:)([^"]+)"\)/g,
      (_m, ref: string) => `url("${new URL(ref, doc.baseURI).href}")`,
    ),
  };
}

/**
 * On the print view's screen (never on paper), how to print from the browser, and the way to the
 * other layouts: the slides alone, notes pages for the presenter (a slide and its notes on each
 * A4 sheet), or the same sheets for readers, without the presenter's cues.
 */
function showPrintHint(win: Window, handout: boolean): void {
  const doc = win.document;
  const hint = doc.createElement('div');
  hint.className = 'print-hint';
  hint.setAttribute('role', 'note');
  const text = doc.createElement('p');
  text.textContent = handout ? labels.handoutHint : labels.printHint;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = labels.printNow;
  button.addEventListener('click', () => win.print());
  const search = win.location.search;
  const names = {
    slides: labels.printSlidesOnly,
    notes: labels.printHandout,
    handout: labels.printForReaders,
  };
  const current = printLayout(search);
  const others = PRINT_LAYOUTS.filter((layout) => layout !== current).map((layout) => {
    const link = doc.createElement('a');
    link.href = `?${printQuery(withLayout(new URLSearchParams(search), layout))}${win.location.hash}`;
    link.textContent = names[layout];
    return link;
  });
  hint.append(text, button, ...others);
  doc.body.append(hint);
  // The sheets start below the hint (theme), however many lines it wraps to.
  const view = doc.defaultView;
  if (!view) return;
  new view.ResizeObserver(() => {
    doc.documentElement.style.setProperty('--print-hint-room', `${hint.offsetHeight + 24}px`);
  }).observe(hint);
}

/**
 * reveal names its arrows and the black screen's resume button in English; the page speaks
 * Chinese. (G's box is named where it is guarded, in jump-box.ts.)
 */
function nameRevealControls(root: HTMLElement | null | undefined): void {
  if (!root) return;
  const arrows = {
    left: labels.previousSlide,
    right: labels.nextSlide,
    // Hidden with no vertical slides, but still in the page, where a screen reader can list them.
    up: labels.slideAbove,
    down: labels.slideBelow,
  };
  for (const [way, name] of Object.entries(arrows))
    root.querySelector(`.controls .navigate-${way}`)?.setAttribute('aria-label', name);
  // B's black screen carries reveal's "Resume presentation" button, in front of the audience.
  const resume = root.querySelector('.pause-overlay .resume-button');
  if (resume) resume.textContent = labels.resume;
  // reveal's slide number is a link to the slide shown, named "1 / 22", and the first Tab stop:
  // named in Chinese around what it shows, and left out of the Tab order (the address bar has the
  // same link).
  const number = root.querySelector('.slide-number');
  const view = root.ownerDocument.defaultView;
  if (!number || !view) return;
  const name = (): void => {
    const link = number.querySelector('a');
    const c = number.querySelector('.slide-number-a')?.textContent?.trim();
    const t = number.querySelector('.slide-number-b')?.textContent?.trim();
    if (!link || !c || !t) return;
    link.setAttribute('aria-label', labels.slideNumber.replace('{c}', c).replace('{t}', t));
    link.tabIndex = -1;
  };
  // reveal writes the number anew at every slide change.
  new view.MutationObserver(name).observe(number, { childList: true });
  name();
}

/**
 * Speaker view, search and zoom are for presenters and come after the deck is interactive, in
 * their own chunk, so the first slide waits for none of their code. `data-presenter-tools` on
 * <html> says when they are in (`ready`) or that this view does without them (`not-needed`).
 */
async function addPresenterTools(deck: RevealApi, win: Window, gate: SpeakerGate): Promise<void> {
  const [notes, zoom] = await Promise.all([
    import('reveal.js/plugin/notes'),
    import('reveal.js/plugin/zoom'),
  ]);
  deck.registerPlugin(notes.default());
  // reveal's own search plugin writes <em> into the slides, which wipes words out of SVG text.
  slideSearch(deck, win.document);
  deck.registerPlugin(zoom.default());
  deck.registerPlugin(speakerViewPlugin(win, () => fontSource(win.document), gate));
  win.document.documentElement.dataset.presenterTools = 'ready';
}

/**
 * A link to a slide (the agenda's: `#/物理形态`) is a route for reveal.js, which a PDF cannot
 * follow; to the slide's own id (`#物理形态`) Chromium prints it as a link to that slide's page.
 */
function linksWithinThePrint(root: HTMLElement): void {
  for (const link of Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]'))) {
    const id = decodeURIComponent(link.getAttribute('href')?.slice(2) ?? '');
    if (root.ownerDocument.getElementById(id)) link.setAttribute('href', `#${encodeURIComponent(id)}`);
  }
}

/** reveal.js's key for full screen. */
const KEY_F = 70;

/** Starts reveal.js on `root` with the deck's plugins; resolves when every slide is ready. */
export async function startDeck(root: HTMLElement, env: DeckEnvironment): Promise<RevealApi> {
  const win = env.window;
  const params = new URLSearchParams(win.location.search);
  const printing = params.has('print-pdf');
  // Paper is light: reveal's print view copies the page's background onto every page it lays
  // out, so a dark system theme must not colour the screen it copies from.
  if (printing) {
    win.document.documentElement.dataset.theme = 'light';
    // Notes pages as a handout: without the presenter's cue lines.
    if (withoutCues(win.location.search)) {
      dropCues(win.document);
      // The notes' heading names them for readers (theme.css), not as the presenter's script.
      win.document.documentElement.classList.add('print-for-readers');
    }
    linksWithinThePrint(root);
  }
  // The speaker view's previews load the deck with ?receiver: they get no toolbar of their own.
  const receiver = params.has('receiver');
  const bare = printing || receiver;
  if (receiver) {
    // They show the slides as the room sees them: in the theme chosen in the audience's window,
    // and without what the cover says to a reader alone.
    win.document.documentElement.classList.add('deck-presenting');
    followStoredTheme(win);
  }
  const choice = bare ? undefined : takeViewChoice(win);
  const reader = !bare && wantsReaderView(choice, win.innerWidth, READER_WIDTH);
  const reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)').matches;

  // Paper and the speaker view's previews show slides small too, but nobody opens diagrams,
  // listens to announcements or moves a keyboard focus there.
  const plugins: RevealPlugin[] = [
    readerViewPlugin({ diagramZoom: !bare, window: win }),
    ...(bare ? [] : [stepAnnouncerPlugin(), focusFollowsSlidePlugin()]),
    // G works in the speaker view too: it passes the key on to its current slide.
    ...(printing ? [] : [jumpBoxPlugin()]),
  ];
  if (!bare) {
    plugins.push(
      deckControlsPlugin({
        document: win.document,
        location: win.location,
        storage: localStorageOf(win),
        systemDark: win.matchMedia('(prefers-color-scheme: dark)'),
        reader,
      }),
    );
  }
  if (reader) {
    // A reader alone needs every point at once; step-by-step builds are for the presenter. Without
    // fragments every scroll page is one screen high, which keeps reveal's scroll mapping exact.
    showAllSteps(root);
  }
  const openedAt = win.location.hash;
  // The speaker view's small previews need no arrows, progress bar or number: at a fixed size
  // they would cover the slide's own text there. Nor an overview: the speaker view passes Esc
  // and O to its current slide, whose overview the room would not see while each arrow key in
  // it moved the room's slide on, past the points still to come.
  // The speaker view hands each key to its current preview by key code alone, Shift lost: its ?
  // would reach reveal.js as /, which pauses (blacks out) the room's screen and then holds every
  // arrow key. In a preview the key does nothing; the speaker view shows its own list on ?
  // (speaker-view.ts), and the audience window keeps reveal's. Nor does F, which would fill the
  // presenter's screen with the preview, notes and clocks gone (Ctrl+Shift+F reaches it as F).
  // No margin either: the frame's border already sets the preview off, and the 4 % reveal keeps
  // free round a slide on a screen made the preview's text that much smaller.
  const preview: Partial<RevealConfig> = receiver
    ? {
        margin: 0,
        controls: false,
        progress: false,
        slideNumber: false,
        overview: false,
        keyboard: { [KEY_SLASH]: () => {}, [KEY_F]: () => {} },
      }
    : {};
  // reveal fires pdf-ready on the deck's element once its print pages are laid out.
  const handout = printing && wantsHandout(win.location.search);
  if (handout)
    root.addEventListener(
      'pdf-ready',
      () => {
        // Said on the page, so an export waiting for the sheets fails with the reason at once.
        try {
          layOutHandout(win.document, { pack: withoutCues(win.location.search) });
        } catch (error) {
          win.document.documentElement.dataset.handoutError = String(error);
        }
      },
      { once: true },
    );
  // reveal's own notes pages (showNotes=separate-page): each kept to its page where it can be;
  // again once the fonts are in, if the deck started without them (it waits a second at most).
  else if (printing)
    root.addEventListener(
      'pdf-ready',
      () => {
        fitNotesPages(win.document);
        void win.document.fonts.ready.then(() => fitNotesPages(win.document));
      },
      { once: true },
    );
  // The view picked in this tab, now out of the URL, where reveal.js would have read it.
  const picked: Partial<RevealConfig> =
    choice === 'reader' ? { view: 'scroll' } : choice === 'slides' ? { scrollActivationWidth: 0 } : {};
  const deck = new Reveal(root, { ...revealConfig({ reducedMotion }), ...picked, ...preview, plugins });
  const previewReady = isUpcomingPreview(win.location.search) ? markEndInPreview(win) : undefined;
  const gate = speakerGate(win);
  markZoomedIn(win);
  await deck.initialize();
  nameRevealControls(deck.getRevealElement());
  previewReady?.(deck);
  // When reveal turns its scroll view on by itself (narrow screens) it starts at the top and
  // rewrites the hash; a deep link must still land on its slide.
  if (reader) scrollToDeepLink(deck, openedAt, win);
  // Following a link within the page, reveal's scroll view lands a page short: it puts slide i
  // at i/n of the scroll range instead of i/(n-1). Links to a slide (the chapter menu's, by the
  // hash; the agenda's, which reveal follows itself) are put on the slide's own page.
  win.addEventListener('hashchange', () => {
    if (isReader(deck)) scrollToDeepLink(deck, win.location.hash, win);
  });
  deck.getSlidesElement()?.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      if (!link || !isReader(deck)) return;
      event.preventDefault();
      event.stopPropagation();
      scrollToDeepLink(deck, link.getAttribute('href') ?? '', win);
    },
    true,
  );
  // Paper needs no speaker view, search or zoom; leaving them out keeps the PDF export quick.
  // A reader scrolls and uses the browser's own find; a phone is spared their code. Should a
  // reader's window grow wide enough for the slide view, the tools come then.
  // The speaker view's previews need none either: they are shown, not used. With them a preview
  // took the S the speaker view passes on and opened its own speaker view in the presenter's
  // window, wiping the notes and clocks there.
  if (printing) showPrintHint(win, handout);
  else if (receiver) win.document.documentElement.dataset.presenterTools = 'not-needed';
  else if (!reader) void addPresenterTools(deck, win, gate);
  else {
    win.document.documentElement.dataset.presenterTools = 'not-needed';
    let added = false;
    const stop = afterResize(win, () => {
      if (added || isReader(deck)) return;
      added = true;
      stop();
      void addPresenterTools(deck, win, gate);
    });
  }
  return deck;
}
