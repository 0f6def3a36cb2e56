import { labels } from './labels.ts';

/** A control Space and Enter act on (press it, follow it), rather than "next slide". */
export const CONTROL = 'button, a[href], summary, [role="button"], [role="menuitem"]';

/** An element with attributes and text set through the DOM, never through HTML strings. */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<Record<string, string>> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * A copy of the slide's heading as the slide has it: its terms kept whole and its line breaks
 * offered between words, without the part ("（1/2）") the slide shows beside it.
 */
export function headingWords(slide: HTMLElement, fallback: string): Node[] {
  const words = Array.from(slide.querySelector('h2')?.childNodes ?? [])
    .filter((node) => !(node instanceof Element && node.matches('.slide-part')))
    .map((node) => node.cloneNode(true));
  return words.some((node) => node.textContent) ? words : [slide.ownerDocument.createTextNode(fallback)];
}

/** A modal dialog that keeps its keys to itself, so reveal.js does not also act on them. */
export function modalDialog(
  doc: Document,
  id: string,
  title: string,
  className = 'deck-dialog',
): { dialog: HTMLDialogElement; heading: HTMLElement; body: HTMLElement } {
  const box = element(doc, 'dialog', { id, class: className, 'aria-labelledby': `${id}-title` });
  const heading = element(doc, 'h2', { id: `${id}-title` }, title);
  const body = element(doc, 'div', { class: 'deck-dialog-body' });
  const close = element(doc, 'button', { type: 'button', class: 'deck-dialog-close' }, labels.helpClose);
  close.addEventListener('click', () => box.close());
  box.append(heading, body, close);
  // A list taller than the window scrolls inside the dialog: its foot fades where more is below.
  markWhatIsBelow(body);
  box.addEventListener('keydown', (event) => event.stopPropagation());
  // A click on the backdrop closes it; one in the dialog's own padding (its target too) does not.
  box.addEventListener('click', (event) => {
    if (event.target !== box) return;
    const { left, right, top, bottom } = box.getBoundingClientRect();
    const { clientX: x, clientY: y } = event;
    if (x < left || x > right || y < top || y > bottom) box.close();
  });
  return { dialog: box, heading, body };
}

/**
 * A box (notes, a dialog's list) whose text is longer than it scrolls, and a reader could go on
 * having seen only its first lines: `has-more` marks it while more is below, which the theme fades
 * out at the foot.
 * Checked when the box is laid out (boxes out of sight are not), as it scrolls, and whenever the
 * caller says its content changed (the returned function).
 */
export function markWhatIsBelow(block: HTMLElement): () => void {
  const view = block.ownerDocument.defaultView;
  const check = (): void => {
    block.classList.toggle('has-more', block.scrollTop + block.clientHeight < block.scrollHeight - 4);
  };
  if (!view) return check;
  block.addEventListener('scroll', check, { passive: true });
  new view.ResizeObserver(check).observe(block);
  return check;
}

/**
 * When the toolbar's row folds into 更多 (assets/theme.css says the same; in the reader view only
 * a screen held sideways folds it, but a window crossing this height starts folded either way).
 */
export const FOLD_MEDIA = '(max-height: 500px)';
