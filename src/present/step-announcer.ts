import type { RevealApi, RevealPlugin } from 'reveal.js';
import { isReader } from './reader-view.ts';

/** What reveal passes with `fragmentshown`: the points that just appeared. */
interface StepEvent {
  readonly fragments?: readonly Element[];
}

/**
 * reveal announces a slide to screen readers by reading all of its text, the points still to come
 * included, and then each point again as it appears. Points not shown yet are hidden from
 * assistive technology here, so a slide is announced as it is seen and each point once.
 */
export function stepAnnouncerPlugin(): RevealPlugin {
  return {
    id: 'step-announcer',
    init(deck: RevealApi) {
      const hideUnshown = (): void => {
        if (isReader(deck)) return;
        for (const step of Array.from(deck.getCurrentSlide()?.querySelectorAll('.fragment') ?? [])) {
          if (step.classList.contains('visible')) step.removeAttribute('aria-hidden');
          else step.setAttribute('aria-hidden', 'true');
        }
      };
      // On a slide change this runs before reveal reads the slide out (in the next frame). The
      // slide left behind is whole again: the reader view or paper may show it all at once.
      deck.on('ready', hideUnshown);
      deck.on('ready', () => {
        const status = deck.getRevealElement()?.querySelector<HTMLElement>(':scope > .aria-status');
        if (status) joinChineseWords(status, () => deck.getCurrentSlide());
      });
      deck.on('slidechanged', (event) => {
        const previous = (event as { previousSlide?: Element }).previousSlide;
        for (const step of Array.from(previous?.querySelectorAll('.fragment[aria-hidden]') ?? []))
          step.removeAttribute('aria-hidden');
        hideUnshown();
      });
      deck.on('fragmenthidden', hideUnshown);
      deck.on('fragmentshown', (event) => {
        const shown = (event as StepEvent).fragments ?? [];
        for (const step of shown) step.removeAttribute('aria-hidden');
        // reveal read the point out while it was still hidden, so it said nothing: say it here.
        const status = deck.getRevealElement()?.querySelector(':scope > .aria-status');
        if (status) status.textContent = shown.map((step) => step.textContent?.trim() ?? '').join(' ');
      });
    },
  };
}

/** A space reveal puts between two Chinese characters, where the text has none. */
const SPACE_IN_CHINESE = /(\p{Script=Han}) +(?=\p{Script=Han})/gu;

/** The words of an element as shown: its text nodes run together, as <wbr> leaves them. */
const shownWords = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/gu, ' ').trim();

/**
 * What a table or diagram slide says, read out: its chapter and title, then each row of the
 * table, its cells set apart (对比项，SIM 卡，eSIM 卡。物理形态，…), or the diagram's name before
 * what it shows, and its caption. reveal runs their cells, and a drawing's name and description,
 * together. Undefined for other slides, which reveal reads out well.
 */
function readOut(slide: Element): string | undefined {
  const kind = slide.getAttribute('data-kind');
  if (kind !== 'table' && kind !== 'diagram') return undefined;
  const parts = [shownWords(slide.querySelector('.slide-chapter')), shownWords(slide.querySelector('h2'))];
  if (kind === 'table') {
    for (const row of Array.from(slide.querySelectorAll('table tr')))
      parts.push(Array.from(row.children, (cell) => shownWords(cell)).join('，'));
  } else {
    const drawing = slide.querySelector('svg[role="img"]');
    parts.push(shownWords(drawing?.querySelector('title')), shownWords(drawing?.querySelector('desc')));
    parts.push(shownWords(slide.querySelector('figcaption')));
  }
  return parts
    .filter((part) => part !== '')
    .map((part) => part.replace(/[。.：:]$/u, ''))
    .join('。');
}

/**
 * reveal reads a slide out by joining its text nodes with spaces, and a heading or a point comes
 * in text nodes cut at each word break the generator offers (<wbr>): 物理 形态上的 差异, a pause
 * at each. Chinese is written without spaces, so the status is put back together as shown; a
 * table or diagram slide is read out in full (readOut), its parts set apart.
 */
function joinChineseWords(status: HTMLElement, current: () => Element | undefined): void {
  const view = status.ownerDocument.defaultView;
  if (!view) return;
  let said = '';
  new view.MutationObserver(() => {
    const text = status.textContent ?? '';
    if (text === said || text.trim() === '') return;
    // A table or diagram slide has no steps: whatever reveal says there is its reading of it.
    const slide = current();
    said = (slide && readOut(slide)) ?? text.replace(SPACE_IN_CHINESE, '$1');
    if (said !== text) status.textContent = said;
  }).observe(status, { childList: true, characterData: true, subtree: true });
}
