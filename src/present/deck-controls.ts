import type { RevealApi, RevealPlugin } from 'reveal.js';
import { element, FOLD_MEDIA, headingWords, modalDialog } from './dom.ts';
import { focusHeading } from './focus-follows-slide.ts';
import { labels } from './labels.ts';
import { afterResize, isReader, readPlace } from './reader-view.ts';
import { applyTheme, effectiveTheme, storedTheme, type ThemeChoice } from './theme-switch.ts';

/** What the controls need from the page around the deck; passed in so nothing reads globals. */
export interface ControlsEnvironment {
  readonly document: Document;
  readonly location: Location;
  /** Undefined where the browser refuses storage: the theme then holds for this visit. */
  readonly storage: Storage | undefined;
  /** The system's dark-mode query: followed, as it changes, until the reader picks a theme. */
  readonly systemDark: Pick<MediaQueryList, 'matches' | 'addEventListener'>;
  readonly reader: boolean;
}

const KEY_M = 77;
const KEY_R = 82;
export const KEY_SLASH = 191;

/** A toolbar button that opens one of the deck's dialogs (with `open`, if it needs more). */
function opener(
  doc: Document,
  box: HTMLDialogElement,
  action: string,
  label: string,
  open = (): void => box.showModal(),
): HTMLButtonElement {
  const button = element(
    doc,
    'button',
    { type: 'button', 'aria-haspopup': 'dialog', 'aria-controls': box.id, 'data-action': action },
    label,
  );
  button.addEventListener('click', open);
  return button;
}

/** Slides the chapter menu lists at the top level beside the sections, by their heading. */
const MENU_EXTRAS = new Set(['intro', 'summary', 'sources']);

/**
 * Marks the menu's entry for where the deck is: the slide's own entry (a part of it, for a table
 * or summary that continues over several slides), else its section's.
 */
function markCurrentEntry(list: HTMLElement, slide: HTMLElement | undefined): void {
  for (const link of Array.from(list.querySelectorAll('a[aria-current]')))
    link.removeAttribute('aria-current');
  if (!slide) return;
  const links = Array.from(list.querySelectorAll<HTMLElement>('a'));
  const to = (id: string | undefined) =>
    links.find(
      (link) =>
        id && (link.getAttribute('href') === `#/${id}` || link.dataset.parts?.split(' ').includes(id)),
    );
  (to(slide.id) ?? to(slide.dataset.sectionId))?.setAttribute('aria-current', 'location');
}

/**
 * The chapter menu: the introduction, every section with the table and diagrams within it, the
 * summary and the sources, one click away.
 */
function chapterList(
  doc: Document,
  slides: readonly HTMLElement[],
  onPick: (id: string) => void,
): HTMLElement {
  const list = element(doc, 'ol', { class: 'chapter-list' });
  let current: HTMLElement | undefined;
  // What continues over several slides (a long summary, a long table) is listed once, at its
  // first slide, by its title without the part number; its link knows the other parts' ids.
  const firsts = new Map<string, HTMLElement>();
  const entry = (slide: HTMLElement, key: string, parent: HTMLElement): void => {
    const first = firsts.get(key);
    if (first) {
      first.dataset.parts = [first.dataset.parts, slide.id].filter(Boolean).join(' ');
      return;
    }
    const link = element(doc, 'a', { href: `#/${slide.id}` });
    link.append(...headingWords(slide, slide.id));
    link.addEventListener('click', () => onPick(slide.id));
    firsts.set(key, link);
    const item = element(doc, 'li');
    item.append(link);
    parent.append(item);
  };
  for (const slide of slides) {
    const kind = slide.dataset.kind ?? '';
    if (MENU_EXTRAS.has(kind)) {
      entry(slide, kind, list);
      current = undefined;
    } else if (kind === 'section') {
      // Numbered 01, 02 … by the theme, as on the agenda slide.
      const item = element(doc, 'li', { class: 'chapter-section' });
      const link = element(doc, 'a', { href: `#/${slide.id}` });
      link.append(...headingWords(slide, slide.dataset.section ?? slide.id));
      link.addEventListener('click', () => onPick(slide.id));
      current = element(doc, 'ul');
      item.append(link, current);
      list.append(item);
    } else if ((kind === 'diagram' || kind === 'table') && current) {
      // A section has one table, which may continue; each diagram is a slide of its own.
      entry(slide, kind === 'table' ? `${slide.dataset.sectionId} table` : slide.id, current);
    }
  }
  for (const nested of Array.from(list.querySelectorAll('ul'))) if (!nested.children.length) nested.remove();
  list.addEventListener('keydown', moveAmongLinks);
  return list;
}

/**
 * ↑ and ↓ (Home, End) step through the menu's entries, nested ones included, as in a menu: a
 * presenter presses M, a few arrows and Enter, never reaching for Tab.
 */
function moveAmongLinks(event: KeyboardEvent): void {
  const list = event.currentTarget as HTMLElement;
  const links = Array.from(list.querySelectorAll<HTMLElement>('a'));
  const at = links.indexOf(event.target as HTMLElement);
  if (at < 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  links[Math.min(Math.max(to, 0), links.length - 1)]?.focus();
}

function helpTable(doc: Document): HTMLElement {
  const table = element(doc, 'table', { class: 'help-keys' });
  const body = element(doc, 'tbody');
  for (const [key, action, only] of labels.keys) {
    // The reader view has no overview, speaker view, zoom or search: the theme hides their rows there.
    const row = element(doc, 'tr', only ? { 'data-view': only } : {});
    const keyCell = element(doc, 'th', { scope: 'row' });
    keyCell.append(element(doc, 'kbd', {}, key));
    row.append(keyCell, element(doc, 'td', {}, action));
    body.append(row);
  }
  table.append(body);
  return table;
}

/**
 * On a short screen (a phone held sideways) the toolbar's row would lie over the slides'
 * headings: the theme then folds it into this one button, which opens it as a column (class
 * `is-open`) until a control in it is used, a tap lands elsewhere or Escape is pressed.
 */
function foldButton(toolbar: HTMLElement): HTMLElement {
  const doc = toolbar.ownerDocument;
  const button = element(
    doc,
    'button',
    { type: 'button', class: 'deck-toolbar-more', 'aria-expanded': 'false' },
    labels.toolbarMore,
  );
  const setOpen = (open: boolean): void => {
    toolbar.classList.toggle('is-open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  const isOpen = (): boolean => toolbar.classList.contains('is-open');
  button.addEventListener('click', () => setOpen(!isOpen()));
  toolbar.addEventListener('click', (event) => {
    const control = event.target instanceof Element ? event.target.closest('button, a') : null;
    if (control && control !== button) setOpen(false);
  });
  doc.addEventListener('pointerdown', (event) => {
    if (isOpen() && !(event.target instanceof Node && toolbar.contains(event.target))) setOpen(false);
  });
  // A window grown past the fold shows the whole row; shrunk again, it starts folded.
  doc.defaultView?.matchMedia(FOLD_MEDIA).addEventListener('change', () => setOpen(false));
  // Before reveal sees it: Escape here closes the toolbar, not opens the overview. In a text box
  // (search, jump to slide) Escape is the box's own.
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !isOpen()) return;
      if (event.target instanceof Element && event.target.closest('input, textarea, [contenteditable]'))
        return;
      event.stopImmediatePropagation();
      setOpen(false);
      button.focus();
    },
    true,
  );
  return button;
}

/** How long the pointer rests before the controls go out of the audience's view. */
const POINTER_IDLE_MS = 3000;

/**
 * In front of an audience the toolbar and the black screen's resume button are clutter: while
 * the pointer rests the page is marked `deck-pointer-idle`, and the theme hides them until it
 * moves; a key that moves focus into one shows it too (CSS). A finger never rests over the page:
 * on a touch screen nothing moves to bring them back, so they stay (a touch shows them again).
 */
function hideWhilePointerRests(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  const root = doc.documentElement;
  let timer = 0;
  const wake = (pointer: PointerEvent['pointerType']): void => {
    root.classList.remove('deck-pointer-idle');
    win.clearTimeout(timer);
    if (pointer === 'touch') return;
    timer = win.setTimeout(() => root.classList.add('deck-pointer-idle'), POINTER_IDLE_MS);
  };
  const onPointer = (event: PointerEvent): void => wake(event.pointerType);
  doc.addEventListener('pointermove', onPointer, { passive: true });
  doc.addEventListener('pointerdown', onPointer, { passive: true });
  wake(win.matchMedia('(hover: hover)').matches ? 'mouse' : 'touch');
}

/**
 * The deck's own controls beside reveal.js's: a toolbar (chapters, reader/slide view, theme,
 * shortcuts, print), the chapter menu and a Chinese shortcut overlay.
 */
export function deckControlsPlugin(env: ControlsEnvironment): RevealPlugin {
  return {
    id: 'deck-controls',
    init(deck: RevealApi) {
      const doc = env.document;
      const slides = Array.from(
        deck.getRevealElement()?.querySelectorAll<HTMLElement>('.slides > section') ?? [],
      );

      const menu = modalDialog(doc, 'chapter-menu', labels.menu);
      // The chapter picked gets the focus once it shows (at once if it already does), so Tab goes
      // on from there, not from the top of the page. The reader view's Tab starts at the slide in view.
      let picked: string | undefined;
      const focusPicked = (): void => {
        const slide = deck.getCurrentSlide();
        if (picked === undefined || slide?.id !== picked) return;
        picked = undefined;
        if (!isReader(deck)) focusHeading(slide);
      };
      const chapters = chapterList(doc, slides, (id) => {
        picked = id;
        menu.dialog.close();
        focusPicked();
      });
      menu.body.append(chapters);
      deck.on('ready', () => markCurrentEntry(chapters, deck.getCurrentSlide()));
      deck.on('slidechanged', () => {
        markCurrentEntry(chapters, deck.getCurrentSlide());
        focusPicked();
      });
      const help = modalDialog(doc, 'deck-help', labels.help);
      help.body.append(helpTable(doc));

      const toolbar = element(doc, 'nav', { class: 'deck-toolbar', 'aria-label': labels.toolbar });
      // The menu opens at the entry for where the deck is.
      const openMenu = (): void => {
        menu.dialog.showModal();
        chapters.querySelector<HTMLElement>('a[aria-current]')?.focus();
      };
      const menuButton = opener(doc, menu.dialog, 'menu', labels.menu, openMenu);

      const viewLink = element(doc, 'a', { class: 'deck-button', 'data-action': 'view' });
      const target = new URLSearchParams(env.location.search);
      // The link leads to the other view; a window resized across the line changes which.
      const offerOtherView = (reader: boolean): void => {
        viewLink.textContent = reader ? labels.slideView : labels.readerView;
        target.delete('view');
        target.delete('scrollActivationWidth');
        if (reader) target.set('scrollActivationWidth', 'false');
        else target.set('view', 'scroll');
        viewLink.setAttribute('href', `?${target.toString()}`);
      };
      offerOtherView(env.reader);
      deck.on('ready', () => {
        const win = env.document.defaultView;
        if (win) afterResize(win, () => offerOtherView(isReader(deck)));
      });
      // Keep the reader's place: the hash at the moment of the click, not at page load; from the
      // reader view, with the slide's points all shown, as they were just read.
      viewLink.addEventListener('click', () => {
        const hash = isReader(deck) ? readPlace(deck, env.location.hash) : env.location.hash;
        viewLink.setAttribute('href', `?${target.toString()}${hash}`);
      });

      const chosen = storedTheme(env.storage);
      let theme: ThemeChoice = effectiveTheme(chosen, env.systemDark.matches);
      const themeButton = element(doc, 'button', { type: 'button', 'data-action': 'theme' });
      // The button names the theme it switches to; a changing name and a pressed state would
      // contradict each other.
      const showTheme = (): void => {
        const next = theme === 'dark' ? labels.lightTheme : labels.darkTheme;
        themeButton.textContent = next;
        themeButton.setAttribute('aria-label', labels.themeSwitch.replace('{t}', next));
      };
      // With no choice made, the page follows the system's setting as it changes (evening dark
      // mode), as the speaker view's previews do; the button names the other theme all along.
      if (chosen) applyTheme(doc.documentElement, chosen);
      showTheme();
      env.systemDark.addEventListener('change', () => {
        if (doc.documentElement.dataset.theme) return;
        theme = effectiveTheme(undefined, env.systemDark.matches);
        showTheme();
      });
      themeButton.addEventListener('click', () => {
        theme = theme === 'dark' ? 'light' : 'dark';
        applyTheme(doc.documentElement, theme, env.storage);
        showTheme();
      });

      const helpButton = opener(doc, help.dialog, 'help', labels.help);

      const printLink = element(
        doc,
        'a',
        {
          class: 'deck-button',
          href: '?print-pdf',
          target: '_blank',
          'data-action': 'print',
          'aria-label': labels.printNewTab,
        },
        labels.print,
      );

      toolbar.append(foldButton(toolbar), menuButton, viewLink, themeButton, helpButton, printLink);
      doc.body.append(toolbar, menu.dialog, help.dialog);
      hideWhilePointerRests(doc);

      deck.addKeyBinding({ keyCode: KEY_M, key: 'M', description: labels.menu }, openMenu);
      deck.addKeyBinding({ keyCode: KEY_R, key: 'R', description: labels.readerView }, () =>
        viewLink.click(),
      );
      deck.addKeyBinding({ keyCode: KEY_SLASH, key: '?', description: labels.help }, () =>
        help.dialog.showModal(),
      );
    },
  };
}
