import { element, headingWords, modalDialog } from './dom.ts';
import { labels } from './labels.ts';

/**
 * The diagram's drawn width on a slide at full size: the SVG box is laid out at slide size (the
 * scale is a transform above it), and the drawing keeps its aspect ratio inside that box.
 */
function drawnWidth(svg: SVGSVGElement): number {
  const box = svg.viewBox.baseVal;
  if (box.width === 0 || box.height === 0) return svg.clientWidth;
  // Defensive: reading clientWidth lays out even a skipped (content-visibility) page, but a
  // display:none slide has no box; the viewBox is then the size.
  if (svg.clientWidth === 0 || svg.clientHeight === 0) return box.width;
  return box.width * Math.min(svg.clientWidth / box.width, svg.clientHeight / box.height);
}

/**
 * A sequence read from its top-left corner may start off screen: its first message can run
 * between the two right-hand lifelines. The view scrolls sideways as little as it takes to show
 * that message whole (centred, where it fits only without the margins); one wider than the view
 * is shown from its start, and left where it is if its start is in view already (the corner shows
 * the names of the first lifelines).
 */
function showFirstStep(view: HTMLElement, svg: SVGSVGElement): void {
  const first = svg.querySelector('[class^="messageLine"]');
  if (!first) return;
  const step = first.getBoundingClientRect();
  const shown = view.getBoundingClientRect();
  const margin = 24;
  const left = shown.left + margin;
  const right = shown.right - margin;
  if (step.width <= right - left) {
    if (step.right > right) view.scrollLeft += step.right - right;
    else if (step.left < left) view.scrollLeft -= left - step.left;
  } else if (step.width <= shown.width) {
    // Whole only without the margins: centred, its ends as far from the edges.
    if (step.left < shown.left || step.right > shown.right)
      view.scrollLeft += step.left - (shown.left + (shown.width - step.width) / 2);
  } else if (step.left < shown.left || step.left > right - margin) {
    view.scrollLeft += step.left - left;
  }
}

/** Opens diagrams large in a dialog, for screens where the slide itself is shown small. */
export interface DiagramZoom {
  /**
   * Makes a tap or click on any diagram's drawing inside `root` open it, whenever `wanted()` says
   * so. One listener on the root: reveal rebuilds the slides when it leaves its scroll view.
   */
  openOnTap(root: HTMLElement): void;
  /**
   * Gives each diagram slide inside `root` an "enlarge" button for the keyboard, out of sight
   * until it has focus; with `on` false takes them away (the reader view has visible ones).
   */
  keyboardButtons(root: HTMLElement, on: boolean): void;
  /** Puts an "enlarge" button for the slide's diagram into `place`: the way for the keyboard. */
  addButton(slide: HTMLElement, place: HTMLElement): void;
  /**
   * Lends the open drawing back to its slide while the window's new size switches views: reveal.js
   * saves the slides' markup when its scroll view begins and puts that copy back when it ends,
   * and a drawing away in the dialog would be missing from it for good.
   */
  lendBack(): void;
  /** Takes the drawing lent back into the dialog again, from its slide as reveal left it. */
  takeAgain(): void;
}

/**
 * A sideways swipe past the drawing's edge pans nothing, and Chromium on a phone took it as its
 * gesture for Back (or Forward), which left the deck; `overscroll-behavior` does not stop that
 * gesture, only a touch move the page keeps.
 */
function swipesStayIn(view: HTMLElement): void {
  let start: { x: number; y: number } | undefined;
  view.addEventListener(
    'touchstart',
    (event) => {
      const touch = event.touches[0];
      start = touch && event.touches.length === 1 ? { x: touch.clientX, y: touch.clientY } : undefined;
    },
    { passive: true },
  );
  view.addEventListener(
    'touchmove',
    (event) => {
      const touch = event.touches[0];
      if (!start || !touch || event.touches.length !== 1) return;
      const dx = touch.clientX - start.x;
      if (Math.abs(dx) <= Math.abs(touch.clientY - start.y)) return;
      const atStart = view.scrollLeft <= 0;
      const atEnd = view.scrollLeft + view.clientWidth >= view.scrollWidth - 1;
      if ((dx > 0 && atStart) || (dx < 0 && atEnd)) event.preventDefault();
    },
    { passive: false },
  );
}

/**
 * One dialog for every diagram. The SVG itself moves into the dialog and back on close, so the
 * page never holds two copies (their ids and the labels that reference them stay unique). The
 * drawing is never smaller than on a full-size slide; on a narrow screen it scrolls sideways.
 */
export function diagramZoom(doc: Document, wanted: () => boolean): DiagramZoom {
  const zoom = modalDialog(doc, 'deck-diagram-zoom', '', 'deck-dialog diagram-dialog');
  const view = element(doc, 'div', { class: 'diagram-zoom-view', tabindex: '0', role: 'group' });
  const caption = element(doc, 'p', { class: 'diagram-zoom-caption' });
  const hint = element(doc, 'p', { class: 'diagram-zoom-hint' });
  zoom.body.append(view, caption, hint);
  doc.body.append(zoom.dialog);
  swipesStayIn(view);

  // The hint only where the drawing is larger than the dialog, saying which way it scrolls, also
  // after the phone turns.
  // A few pixels of overflow are no reason to talk about swiping.
  const showHint = (): void => {
    // Measured with the hint in place: its line takes height from the drawing.
    hint.hidden = false;
    const across = view.scrollWidth > view.clientWidth + 24;
    const down = view.scrollHeight > view.clientHeight + 24;
    hint.hidden = !across && !down;
    const win = doc.defaultView;
    // Swiping and pinching are for fingers; a mouse and keyboard scroll.
    const touch = win?.matchMedia('(pointer: coarse)').matches ?? false;
    // Upright, a phone shows a lifeline or two of a drawing made for a wide slide.
    const upright = touch && across && win !== null && win.innerHeight > win.innerWidth;
    hint.textContent =
      (touch ? labels.diagramHint : labels.diagramHintPointer).replace(
        '{d}',
        `${down ? labels.diagramWays.down : ''}${across ? labels.diagramWays.across : ''}`,
      ) + (upright ? labels.diagramTurn : '');
  };
  doc.defaultView?.addEventListener('resize', () => {
    if (zoom.dialog.open) showHint();
  });

  let home: { svg: SVGSVGElement; holder: Element; slideId: string } | undefined;
  // The slide a drawing is lent back to while the view switches, and where the view was scrolled.
  let lent: { slideId: string; left: number; top: number } | undefined;
  const putBack = (): void => {
    if (home) home.holder.append(home.svg);
    home = undefined;
  };
  // The close event comes a task after the dialog closes: opening again before it puts the last
  // drawing back at once, and the late event must then leave the new one where it is.
  zoom.dialog.addEventListener('close', () => {
    if (!zoom.dialog.open) putBack();
  });

  const open = (slide: HTMLElement): void => {
    if (zoom.dialog.open) return;
    // A drawing opened while one was lent back is the one to show.
    lent = undefined;
    putBack();
    const svg = slide.querySelector<SVGSVGElement>('.diagram-svg svg');
    const holder = svg?.parentElement;
    if (!svg || !holder) return;
    const box = svg.viewBox.baseVal;
    // Never smaller than on a full-size slide, where the diagram tests hold every label readable.
    view.style.setProperty('--zoom-min-width', `${Math.ceil(drawnWidth(svg))}px`);
    view.style.setProperty('--zoom-aspect', String(box.height ? box.width / box.height : 2));
    const title = slide.querySelector('h2')?.textContent ?? '';
    // As the slide has it: a narrow screen breaks it between words (实体 SIM 卡：/密钥…), not in one.
    // The dialog is named by it, as written: Chromium names an element with <wbr>s in it with a
    // space at each.
    zoom.heading.replaceChildren(...headingWords(slide, title));
    zoom.heading.setAttribute('aria-label', title);
    view.setAttribute('aria-label', title);
    caption.textContent = slide.querySelector('figcaption')?.textContent ?? '';
    home = { svg, holder, slideId: slide.id };
    view.append(svg);
    zoom.dialog.showModal();
    // One view serves every diagram: each opens at its start, not where the last one was left.
    view.scrollTo(0, 0);
    showHint();
    // The drawing takes its final size a frame later; the hint follows it, and so does the start.
    doc.defaultView?.requestAnimationFrame(() => {
      showHint();
      showFirstStep(view, svg);
    });
    view.focus();
  };

  const keyButtons = new WeakSet<Element>();
  const enlargeButton = (slide: HTMLElement, className: string): HTMLButtonElement => {
    const title = slide.querySelector('h2')?.textContent ?? '';
    const button = element(
      doc,
      'button',
      {
        type: 'button',
        class: className,
        'aria-haspopup': 'dialog',
        'aria-controls': zoom.dialog.id,
        'aria-label': `${labels.diagramEnlarge}：${title}`,
      },
      labels.diagramEnlarge,
    );
    button.addEventListener('click', () => open(slide));
    return button;
  };

  return {
    openOnTap(root) {
      root.addEventListener('click', (event) => {
        // Alt+click is reveal's zoom plugin, a click in the overview picks a slide (and says so
        // by preventing the default); a full-size slide needs no dialog.
        if (event.defaultPrevented || event.altKey || !wanted()) return;
        const drawing = event.target instanceof Element ? event.target.closest('.diagram-svg') : null;
        const slide = drawing?.closest<HTMLElement>('section[data-kind="diagram"]');
        if (slide) open(slide);
      });
    },
    keyboardButtons(root, on) {
      for (const slide of Array.from(root.querySelectorAll<HTMLElement>('section[data-kind="diagram"]'))) {
        const figure = slide.querySelector('figure.diagram');
        const existing = figure?.querySelector(':scope > .diagram-zoom-key');
        // A button of ours stays (it may have the focus); one in slides reveal restored from its
        // saved markup has lost its listener and is made again.
        if (on && existing && keyButtons.has(existing)) continue;
        existing?.remove();
        if (!figure || !on) continue;
        const button = enlargeButton(slide, 'diagram-zoom-key');
        keyButtons.add(button);
        figure.append(button);
      }
    },
    addButton(slide, place) {
      place.append(enlargeButton(slide, 'diagram-zoom-open'));
    },
    lendBack() {
      if (!zoom.dialog.open || !home || lent !== undefined) return;
      lent = { slideId: home.slideId, left: view.scrollLeft, top: view.scrollTop };
      putBack();
    },
    takeAgain() {
      const was = lent;
      lent = undefined;
      if (was === undefined || !zoom.dialog.open) return;
      const { slideId } = was;
      // The slide reveal put back, if it rebuilt them, holds the drawing now.
      const svg = doc.getElementById(slideId)?.querySelector<SVGSVGElement>('.diagram-svg svg');
      const holder = svg?.parentElement;
      if (!svg || !holder) {
        zoom.dialog.close();
        return;
      }
      home = { svg, holder, slideId };
      view.append(svg);
      view.scrollTo(was.left, was.top);
      showHint();
    },
  };
}
