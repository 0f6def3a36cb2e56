import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a reader of the PDF gets: pages, their size, their text, and the document's info. */
export interface PdfSummary {
  readonly pages: number;
  readonly sizes: { width: number; height: number }[];
  /** Text of each page with all white space removed, so Chinese runs compare cleanly. */
  readonly text: string[];
  readonly info: Record<string, unknown>;
  readonly fontNames: string[];
  /** The bookmarks, each with the page (from 1) it opens. */
  readonly outline: Bookmark[];
}

export interface Bookmark {
  readonly title: string;
  readonly page: number;
  readonly children: Bookmark[];
}

interface PdfJsOutlineItem {
  title: string;
  dest: string | unknown[] | null;
  items: PdfJsOutlineItem[];
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** Reads a PDF with pdf.js, the way a viewer would. */
export async function readPdf(path: string): Promise<PdfSummary> {
  const bytes = new Uint8Array(readFileSync(path));
  const doc = await getDocument({ data: bytes, verbosity: 0, isEvalSupported: false }).promise;
  const sizes: { width: number; height: number }[] = [];
  const text: string[] = [];
  const fonts = new Set<string>();
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    sizes.push({ width: width ?? 0, height: height ?? 0 });
    const content = await page.getTextContent();
    text.push(squeeze(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
    await page.getOperatorList();
    for (const item of content.items) {
      if ('fontName' in item && page.commonObjs.has(item.fontName)) {
        const font = page.commonObjs.get(item.fontName) as { name?: string };
        if (font.name) fonts.add(font.name);
      }
    }
  }
  const { info } = await doc.getMetadata();
  async function bookmarks(items: PdfJsOutlineItem[] | null): Promise<Bookmark[]> {
    const out: Bookmark[] = [];
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const ref = dest?.[0] as Parameters<typeof doc.getPageIndex>[0] | undefined;
      const page = ref ? (await doc.getPageIndex(ref)) + 1 : 0;
      out.push({ title: item.title, page, children: await bookmarks(item.items) });
    }
    return out;
  }
  const outline = await bookmarks((await doc.getOutline()) as PdfJsOutlineItem[] | null);
  await doc.destroy();
  return {
    pages: doc.numPages,
    sizes,
    text,
    info: info as Record<string, unknown>,
    fontNames: [...fonts],
    outline,
  };
}

export { squeeze };
