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
  /** The links on each page: the page (from 1) each opens, or the address it leads to. */
  readonly links: { page?: number; url?: string }[][];
  /**
   * Text runs that start inside the run before them on the same line, as `end of one|start of
   * the next`: viewers built on Poppler copy and search such a join as a line break.
   */
  readonly overlaps: string[];
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
  const links: { page?: number; url?: string }[][] = [];
  const overlaps: string[] = [];
  /** The page (from 1) a destination, named or explicit, opens; 0 when it leads nowhere. */
  const pageOf = async (dest: unknown): Promise<number> => {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
    const ref = explicit?.[0] as Parameters<typeof doc.getPageIndex>[0] | undefined;
    return ref ? (await doc.getPageIndex(ref)) + 1 : 0;
  };
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const annotations = (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[];
    links.push(
      await Promise.all(
        annotations
          .filter((a) => a.subtype === 'Link')
          .map(async (a) => (a.url ? { url: a.url } : { page: await pageOf(a.dest) })),
      ),
    );
    const [, , width, height] = page.view;
    sizes.push({ width: width ?? 0, height: height ?? 0 });
    const content = await page.getTextContent();
    text.push(squeeze(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
    const runs = content.items.filter((item) => 'str' in item && item.str.trim() !== '');
    runs.forEach((run, i) => {
      const before = runs[i - 1];
      if (!before || !('str' in run) || !('str' in before)) return;
      const [x, y] = [run.transform[4], run.transform[5]];
      const sameLine = Math.abs(y - before.transform[5]) < 0.5;
      // Starts after the run before starts (not a cell or label further left) and more than a
      // tenth of a point before it ends: rounding aside, it was drawn over the run's last glyph.
      if (sameLine && x > before.transform[4] && x < before.transform[4] + before.width - 0.1)
        overlaps.push(`${before.str.slice(-6)}|${run.str.slice(0, 6)}`);
    });
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
      out.push({ title: item.title, page: await pageOf(item.dest), children: await bookmarks(item.items) });
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
    links,
    overlaps,
  };
}

export { squeeze };
