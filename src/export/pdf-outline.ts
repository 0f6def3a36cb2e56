import { type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';

/** One bookmark: a title and the page (from 0) it opens, with bookmarks nested under it. */
export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
  readonly children: readonly OutlineEntry[];
}

/**
 * What the print view says of each slide: its kind, heading as shown (with its part), its part of
 * what continues over several slides ("1/2", `data-part`), section and first print page.
 */
export interface PrintedSlide {
  readonly kind: string;
  readonly title: string;
  readonly part?: string;
  readonly sectionId?: string;
  readonly page: number;
}

/**
 * The deck's bookmarks: the cover, introduction and agenda, each section (its divider) with the
 * slides in it, then the summary and the sources. A points slide is named "要点", since its
 * heading is the section's own name. Pure.
 */
export function outlineOf(slides: readonly PrintedSlide[]): OutlineEntry[] {
  const entries: { title: string; page: number; children: OutlineEntry[] }[] = [];
  let section: { id: string; children: OutlineEntry[] } | undefined;
  for (const slide of slides) {
    if (slide.kind === 'section') {
      const children: OutlineEntry[] = [];
      entries.push({ title: slide.title, page: slide.page, children });
      section = slide.sectionId ? { id: slide.sectionId, children } : undefined;
      continue;
    }
    const title = slide.kind === 'points' ? `要点${slide.part ? `（${slide.part}）` : ''}` : slide.title;
    if (section && slide.sectionId === section.id)
      section.children.push({ title, page: slide.page, children: [] });
    else {
      section = undefined;
      entries.push({ title, page: slide.page, children: [] });
    }
  }
  return entries;
}

/**
 * Writes `entries` as the PDF's bookmarks (replacing any), every level open, and asks viewers to
 * show them. pdf-lib has no outline API; these are the plain dictionaries of PDF 1.7 § 12.3.3.
 */
export function setOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  const { context } = pdf;
  const pages = pdf.getPages().map((page) => page.ref);
  const level = (
    items: readonly OutlineEntry[],
    parent: PDFRef,
  ): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = items.length;
    items.forEach((item, i) => {
      const target = pages[Math.min(item.page, pages.length - 1)];
      if (!target) throw new Error('a PDF with no pages has no bookmarks');
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), context.obj([target, PDFName.of('Fit')]));
      const previous = refs[i - 1];
      const next = refs[i + 1];
      if (previous) dict.set(PDFName.of('Prev'), previous);
      if (next) dict.set(PDFName.of('Next'), next);
      const self = refs[i] as PDFRef;
      if (item.children.length > 0) {
        const sub = level(item.children, self);
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      context.assign(self, dict);
    });
    return { first: refs[0] as PDFRef, last: refs.at(-1) as PDFRef, count };
  };
  if (entries.length === 0) return;
  const root = context.nextRef();
  const top = level(entries, root);
  const outlines = context.obj({});
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), top.first);
  outlines.set(PDFName.of('Last'), top.last);
  outlines.set(PDFName.of('Count'), PDFNumber.of(top.count));
  context.assign(root, outlines);
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
