/**
 * reveal.js's own notes pages (`?print-pdf&showNotes=separate-page`): a page of notes after each
 * slide, as large as the slide's page. Notes taller than that ran on to a page of their own, a
 * line or two on it; a notes page that would outgrow its page sets its words smaller instead, a
 * pixel at a time, down to `MIN_PX` (about 10 pt on the printed page). Longer still, they run on
 * rather than lose words.
 */
const MIN_PX = 14;

export function fitNotesPages(doc: Document): void {
  // reveal gives each slide's page its height in px: one printed page's, or a multiple of it for a
  // slide it lets run over several (pdfMaxPagesPerSlide), so the smallest is the page's.
  const heights = Array.from(doc.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page'), (page) =>
    Number.parseFloat(page.style.height),
  ).filter((height) => height > 0);
  const view = doc.defaultView;
  if (heights.length === 0 || !view) return;
  const height = Math.min(...heights);
  const notesPages = doc.querySelectorAll<HTMLElement>(
    '.reveal .slides > .speaker-notes-pdf[data-layout="separate-page"]',
  );
  for (const notes of Array.from(notesPages)) {
    let size = Number.parseFloat(view.getComputedStyle(notes).fontSize);
    while (notes.offsetHeight > height && size > MIN_PX) {
      size = Math.max(MIN_PX, Math.floor(size) - 1);
      notes.style.fontSize = `${size}px`;
    }
  }
}
