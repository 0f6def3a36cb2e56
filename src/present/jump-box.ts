import type { RevealApi, RevealPlugin } from 'reveal.js';
import { element } from './dom.ts';
import { labels } from './labels.ts';

/** What G's box holds: a slide's number in the deck, nothing yet, or anything else. */
export type JumpEntry =
  | { readonly kind: 'slide'; readonly index: number }
  | { readonly kind: 'empty' | 'wrong' };

/**
 * Reads G's box against a deck of `total` slides. Digits typed through a Chinese input method
 * come full width (１２); they are the same number.
 */
export function readJumpEntry(value: string, total: number): JumpEntry {
  const text = value.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (text === '') return { kind: 'empty' };
  if (!/^\d+$/.test(text)) return { kind: 'wrong' };
  const number = Number(text);
  return number >= 1 && number <= total ? { kind: 'slide', index: number - 1 } : { kind: 'wrong' };
}

/** reveal's own pause: the slide follows the typing once it stops. */
const FOLLOW_DELAY = 200;

/**
 * G's box takes a slide number, as the shortcut list says. reveal's own box takes anything: a
 * number past the end lands on the last slide, letters are looked up as slide ids or words on a
 * slide, and a typing slip sends the room somewhere unasked. Here the box reads the number
 * itself; anything else leaves the slide where it was and says which numbers there are, and
 * Enter keeps the box open until the number is one. Esc is still reveal's: back where G was pressed.
 *
 * A plugin, because reveal gives its plugins the deck its own controllers use: the reader view
 * adjusts `slide()` there, and this box goes to a slide the same way G's own box did.
 */
export function jumpBoxPlugin(): RevealPlugin {
  return { id: 'deck-jump-box', init: (deck) => guardJumpBox(deck) };
}

function guardJumpBox(deck: RevealApi): void {
  const root = deck.getRevealElement();
  if (!root) return;
  const doc = root.ownerDocument;
  const guarded = new WeakSet<Element>();
  // reveal adds the box to the deck only while it is open; it is the same element each time.
  new MutationObserver(() => {
    const box = root.querySelector<HTMLElement>(':scope > .jump-to-slide');
    const input = box?.querySelector<HTMLInputElement>('.jump-to-slide-input');
    if (!box || !input || guarded.has(box)) return;
    guarded.add(box);
    guard(box, input);
  }).observe(root, { childList: true });

  function guard(box: HTMLElement, input: HTMLInputElement): void {
    const problem = element(doc, 'p', {
      class: 'jump-to-slide-problem',
      id: 'jump-to-slide-problem',
      role: 'status',
    });
    box.append(problem);
    input.placeholder = labels.jumpPlaceholder;
    input.setAttribute('aria-label', labels.jumpLabel);
    input.setAttribute('inputmode', 'numeric');
    input.setAttribute('enterkeyhint', 'go');
    input.setAttribute('aria-describedby', problem.id);
    input.autocomplete = 'off';

    let opened = deck.getIndices();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const entry = (): JumpEntry => readJumpEntry(input.value, deck.getTotalSlides());
    const say = (wrong: boolean): void => {
      problem.textContent = wrong ? labels.jumpWrong.replace('{t}', String(deck.getTotalSlides())) : '';
      if (wrong) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    };
    const follow = (): void => {
      clearTimeout(timer);
      const now = entry();
      if (now.kind === 'slide') {
        const slide = deck.getSlides()[now.index];
        const { h, v } = deck.getIndices(slide);
        deck.slide(h, v);
      } else deck.slide(opened.h, opened.v, opened.f);
    };

    // Capturing on the box comes before reveal's own listeners on the input.
    input.addEventListener('focus', () => {
      opened = deck.getIndices();
      say(false);
    });
    box.addEventListener(
      'input',
      (event) => {
        event.stopPropagation();
        say(entry().kind === 'wrong');
        clearTimeout(timer);
        timer = setTimeout(follow, FOLLOW_DELAY);
      },
      true,
    );
    box.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') {
          clearTimeout(timer);
          return;
        }
        if (event.key !== 'Enter' || event.isComposing) return;
        event.stopPropagation();
        event.preventDefault();
        if (entry().kind === 'wrong') {
          say(true);
          return;
        }
        follow();
        // From the overview, G and a number open that slide, as Enter on a framed slide does.
        if (deck.isOverview()) deck.toggleOverview(false);
        // reveal closes its box when it loses the focus.
        input.blur();
      },
      true,
    );
    input.addEventListener('blur', () => clearTimeout(timer));
  }
}
