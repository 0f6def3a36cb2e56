/**
 * The notes layout for paper: one A4 portrait sheet per slide, the slide above its notes, as
 * presentation programs print "notes pages". `?print-pdf&showNotes=handout` asks for it; reveal's
 * print view then puts each slide's notes inside the slide's page, and `layOutHandout` turns that
 * page into a sheet once the view is laid out.
 */
const HANDOUT = 'handout';
/** `&cues=off`: the notes pages without the presenter's cue lines, for readers. */
const CUES = 'cues';

/** Whether the print view leaves out the presenter's cue lines (time, what to do on stage). */
export function withoutCues(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('print-pdf') && params.get(CUES) === 'off';
}

/** The print view's three layouts, as `export:pdf` names them: the slides, notes pages, a handout. */
export const PRINT_LAYOUTS = ['slides', 'notes', 'handout'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

/** Which of the three layouts a print view's query string asks for; none for reveal's others. */
export function printLayout(search: string): PrintLayout | undefined {
  if (wantsHandout(search)) return withoutCues(search) ? 'handout' : 'notes';
  return new URLSearchParams(search).has('showNotes') ? undefined : 'slides';
}

/**
 * For readers (`&cues=off`): takes the presenter's cue lines out of the slides' notes before
 * reveal lays out the print view, and a slide's notes altogether where they held nothing else, so
 * that a sheet shows its slide alone and no notes page of reveal's is left blank.
 */
export function dropCues(root: ParentNode): void {
  for (const cue of Array.from(root.querySelectorAll('aside.notes > .notes-cue'))) cue.remove();
  for (const notes of Array.from(root.querySelectorAll('aside.notes'))) {
    if (!notes.querySelector(':scope > :not(.notes-slide)')) notes.remove();
  }
}

/** The query `params` asking for `layout` instead of the one they asked for, all else kept. */
export function withLayout(params: URLSearchParams, layout: PrintLayout): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete('showNotes');
  out.delete(CUES);
  if (layout !== 'slides') out.set('showNotes', HANDOUT);
  if (layout === 'handout') out.set(CUES, 'off');
  return out;
}

/** The sheet, its margins and the gap under the slide, in millimetres. */
const SHEET = { width: 210, height: 297, margin: 14, gap: 7 } as const;
const PX_PER_MM = 96 / 25.4;
/**
 * How many A4 pages a laid-out sheet of this height (CSS px) prints on. Notes that outgrow one
 * run on, each page keeping the sheet's margins (box-decoration-break: clone in the theme).
 */
export function sheetsFor(heightPx: number): number {
  const body = (SHEET.height - 2 * SHEET.margin) * PX_PER_MM;
  return Math.max(1, Math.ceil((heightPx - 2 * SHEET.margin * PX_PER_MM - 1) / body));
}

/** A print view's query string, with reveal's bare `print-pdf` flag as reveal reads it. */
export function printQuery(params: URLSearchParams): string {
  return params.toString().replace(/(^|&)print-pdf=(?=&|$)/, '$1print-pdf');
}

/** Whether the page is reveal's print view asked for handout sheets. */
export function wantsHandout(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('print-pdf') && params.get('showNotes') === HANDOUT;
}

/** How much the print view's slide page is scaled to span the sheet between its margins. */
function handoutScale(pageWidthPx: number): number {
  return ((SHEET.width - 2 * SHEET.margin) * PX_PER_MM) / pageWidthPx;
}

/** A part's divider heads the next sheet at this share of a slide's width, as a chapter's title. */
const DIVIDER_SHARE = 0.5;

const hasNotes = (sheet: Element): boolean => sheet.querySelector(':scope > .speaker-notes-pdf') !== null;
const kindOf = (sheet: Element): string | undefined =>
  sheet.querySelector<HTMLElement>('section[data-kind]')?.dataset.kind;
/** Whether a laid-out sheet prints on one A4 page, as the export counts pages (sheetsFor). */
const fitsOnePage = (sheet: HTMLElement): boolean => sheetsFor(sheet.getBoundingClientRect().height) === 1;

/**
 * Puts the sheet `from`'s slides (and notes) into `into`, before or after its own, where the
 * sheet then still prints on one page; else leaves both as they were. Whether it did.
 */
function joinIfItFits(from: HTMLElement, into: HTMLElement, at: 'start' | 'end'): boolean {
  const moved = Array.from(from.children);
  if (at === 'start') into.prepend(...moved);
  else into.append(...moved);
  if (fitsOnePage(into)) {
    from.remove();
    return true;
  }
  from.append(...moved);
  return false;
}

/**
 * Puts a sheet's one slide into `into` at half size, as a divider heads its part, where it does
 * not fit there whole; else leaves both as they were. Whether it did.
 */
function joinAtHalfSize(from: HTMLElement, into: HTMLElement, at: 'start' | 'end', scale: number): boolean {
  const frame = from.querySelector<HTMLElement>(':scope > .handout-frame');
  if (!frame) return false;
  frame.style.setProperty('--handout-scale', String(scale * DIVIDER_SHARE));
  // At half size a divider's list of its part's tables and diagrams would print about 5 pt: the
  // theme leaves it out there (the sheets after it show them).
  frame.classList.add('handout-half');
  if (joinIfItFits(from, into, at)) return true;
  frame.style.removeProperty('--handout-scale');
  frame.classList.remove('handout-half');
  return false;
}

/**
 * The readers' handout spares paper on the slides that carry no notes for readers: a part's
 * divider, shown at half size, heads the sheet of the part's first slide; the agenda goes under
 * the slide before it, and any other such slide shares the sheet before it or else the one after
 * it (the sources under the summary, the cover over the introduction), wherever everything then
 * fits one page: whole, else at half size.
 */
function packSheets(sheets: readonly HTMLElement[], scale: number): void {
  for (const [i, sheet] of sheets.entries()) {
    const next = sheets[i + 1];
    if (next && !hasNotes(sheet) && kindOf(sheet) === 'section') joinAtHalfSize(sheet, next, 'start', scale);
  }
  // Slides without notes that head no part (a divider that did not fit stays on its own).
  const alone = (sheet: HTMLElement | undefined): sheet is HTMLElement =>
    sheet?.isConnected === true &&
    !hasNotes(sheet) &&
    kindOf(sheet) !== 'section' &&
    sheet.querySelectorAll(':scope > .handout-frame').length === 1;
  // The agenda goes under the sheet before it (the cover's, a title page with its contents, as
  // a printed document opens), rather than on a sheet of its own, mostly blank; never above an
  // earlier slide, which would print the slides out of order.
  const agenda = sheets.findIndex((sheet) => kindOf(sheet) === 'agenda');
  const before = sheets[agenda - 1];
  if (before && alone(sheets[agenda])) joinIfItFits(sheets[agenda], before, 'end');
  // Then each such slide shares the sheet before it (the sources under the summary, its notes
  // and all), else the one after it (the cover over the introduction), wherever that sheet then
  // still prints on one page: a slide of a few lines alone on an A4 sheet looks like a misprint.
  // From the last: the sources, whose two lines look most like one, go first.
  // Where neither has room for it whole, at half size (the agenda under the introduction's
  // notes): a title page or a table of contents read at half size, as a part's title does.
  for (const sheet of [...sheets].reverse()) {
    if (!alone(sheet)) continue;
    const left = sheets.filter((other) => other.isConnected);
    const at = left.indexOf(sheet);
    const [before, after] = [at > 0 ? left[at - 1] : undefined, left[at + 1]];
    if (before && joinIfItFits(sheet, before, 'end')) continue;
    if (after && joinIfItFits(sheet, after, 'start')) continue;
    if (before && joinAtHalfSize(sheet, before, 'end', scale)) continue;
    if (after) joinAtHalfSize(sheet, after, 'start', scale);
  }
}

/**
 * Rebuilds each of reveal's print pages as a sheet: the page's slide, background and number go
 * into a frame scaled to the sheet's width (vectors and text stay as they are), and the notes
 * follow below it at a reading size. A sheet whose notes outgrow it runs on to the next sheet
 * rather than losing words. With `pack` (the readers' handout), slides without notes share sheets
 * (`packSheets`).
 */
export function layOutHandout(doc: Document, options: { pack?: boolean } = {}): void {
  const pages = Array.from(doc.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page'));
  const first = pages[0];
  if (!first) return;
  // reveal gives the body the page's width and each page its height, both in px.
  const width = Number.parseFloat(doc.body.style.width);
  const height = Number.parseFloat(first.style.height);
  if (!(width > 0 && height > 0)) throw new Error('reveal’s print view gave its pages no size');
  const scale = handoutScale(width);
  const root = doc.documentElement;
  root.classList.add('print-handout');
  root.style.setProperty('--handout-page-width', `${width}px`);
  root.style.setProperty('--handout-page-height', `${height}px`);
  root.style.setProperty('--handout-scale', String(scale));
  root.style.setProperty('--handout-sheet-width', `${SHEET.width}mm`);
  root.style.setProperty('--handout-sheet-height', `${SHEET.height}mm`);
  root.style.setProperty('--handout-margin', `${SHEET.margin}mm`);
  root.style.setProperty('--handout-gap', `${SHEET.gap}mm`);
  doc.body.style.width = `${SHEET.width}mm`;
  doc.body.style.height = 'auto';
  for (const page of pages) {
    const notes = page.querySelector<HTMLElement>(':scope > .speaker-notes-pdf');
    const slide = doc.createElement('div');
    slide.className = 'handout-slide';
    // The page carries the slide's backdrop; on the sheet it belongs to the slide's frame.
    slide.style.background = page.style.background;
    page.style.removeProperty('background');
    page.style.removeProperty('height');
    slide.append(...Array.from(page.childNodes).filter((node) => node !== notes));
    const frame = doc.createElement('div');
    frame.className = 'handout-frame';
    frame.append(slide);
    // reveal placed the notes over the slide's foot; on the sheet they flow under it.
    notes?.removeAttribute('style');
    page.replaceChildren(frame, ...(notes ? [notes] : []));
    page.classList.add('handout-sheet');
  }
  if (options.pack) packSheets(pages, scale);
  // After reveal's own @page rule, so this one is the one that holds.
  const style = doc.createElement('style');
  style.textContent = `@page { size: ${SHEET.width}mm ${SHEET.height}mm; margin: 0; }`;
  doc.head.append(style);
}
