import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from '../browser/chromium.ts';
import { type StaticServer, serveStatic } from '../browser/static-server.ts';
import { buildDist } from '../build/build-dist.ts';
import { checkDestination } from '../build/cli-args.ts';
import { printQuery, sheetsFor, withLayout } from '../present/print-handout.ts';
import type { ExportOptions } from './export-args.ts';
import { outlineOf, type PrintedSlide, setOutline } from './pdf-outline.ts';

/** What a finished export reports. */
export interface ExportResult {
  readonly path: string;
  readonly pages: number;
  readonly slides: number;
  readonly bytes: number;
}

/** Progress lines for a terminal; the CLI prints them, tests may collect them. */
export type Progress = (message: string) => void;

// Everything the built deck is made from; a newer file here means dist/ is stale. The lock file
// changes with every dependency installed or upgraded (reveal.js, Mermaid, Vite), which changes
// the build as surely as a source does; tsconfig.json sets how Vite compiles the TypeScript.
const INPUTS = [
  'slides',
  'src',
  'assets',
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    info.mtimeMs,
  );
}

/**
 * True when dist/index.html is missing or not newer than every input of the build. A tie counts
 * as stale: file times have a coarse grain (a few milliseconds), so an edit made just after a
 * build can carry the build's own time, and rebuilding is the safe way to break it.
 */
export function buildIsStale(root: string): boolean {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.some((input) => newestMtime(join(root, input)) >= builtAt);
}

/** The temporary file an export writes before renaming it into place. */
export function temporaryPath(out: string, pid = process.pid): string {
  return join(dirname(out), `.${basename(out)}.${pid}.tmp`);
}

/** The print-view URL reveal.js lays out for paper. */
export function printUrl(base: string, options: Pick<ExportOptions, 'notes' | 'cues' | 'fragments'>): string {
  const layout = !options.notes ? 'slides' : options.cues ? 'notes' : 'handout';
  const params = withLayout(new URLSearchParams({ 'print-pdf': '' }), layout);
  params.set('pdfSeparateFragments', String(options.fragments));
  return `${base}?${printQuery(params)}`;
}

/**
 * A page of reveal's print view: the slides on it (a build step repeats one; a readers' handout
 * sheet may hold a divider and its part's first slide, or two slides without notes) and its height.
 */
export interface PrintSheet {
  readonly slides: readonly { readonly id: string; readonly slide: Omit<PrintedSlide, 'page'> }[];
  readonly height: number;
}

/**
 * Each slide's first page among the printed pages: one page per print page, or per build step;
 * with notes, each print page is a sheet, and one whose notes outgrow it runs on over more.
 */
export function firstPages(
  sheets: readonly PrintSheet[],
  notes: boolean,
): { slides: PrintedSlide[]; printPages: number } {
  const seen = new Set<string>();
  const slides: PrintedSlide[] = [];
  let page = 0;
  for (const { slides: shown, height } of sheets) {
    for (const { id, slide } of shown) {
      if (seen.has(id)) continue;
      seen.add(id);
      slides.push({ ...slide, page });
    }
    page += notes ? sheetsFor(height) : 1;
  }
  return { slides, printPages: page };
}

/**
 * Chromium writes only the title, and bookmarks only for the cover; pdf-lib adds author, subject,
 * creator and a bookmark per section and slide in place, keeping everything else (text, fonts,
 * tags) as Chromium wrote it.
 */
async function writeMetadata(
  path: string,
  info: {
    title: string;
    author?: string;
    notes: boolean;
    slides: readonly PrintedSlide[];
    printPages: number;
  },
  progress: Progress,
): Promise<number> {
  const pdf = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  pdf.setTitle(info.title);
  // No author is better than a made-up one.
  if (info.author) pdf.setAuthor(info.author);
  pdf.setSubject(`${info.title}：${info.notes ? '演示文稿及讲稿' : '演示文稿'}`);
  // The print view's pages are the PDF's pages; should they ever differ, bookmarks would open
  // the wrong page, and none are better.
  if (pdf.getPageCount() === info.printPages) setOutline(pdf, outlineOf(info.slides));
  else
    progress(
      `no bookmarks: the PDF has ${pdf.getPageCount()} pages where the print view laid out ${info.printPages}`,
    );
  // What made it, not which deck: the title says that, and any article may be the source.
  pdf.setCreator('reveal.js deck generated from a markdown article (headless Chromium)');
  pdf.setLanguage('zh-CN');
  await writeFile(path, await pdf.save({ useObjectStreams: false }));
  return pdf.getPageCount();
}

/**
 * Starts Chromium and the loopback server side by side (Chromium's start-up is most of an
 * export's time). Should either fail, the other is closed before the error goes on: a server left
 * listening would keep the process alive after the error, and the command would never end.
 */
async function startBrowserAndServer(dist: string): Promise<[Browser, StaticServer]> {
  const [browser, server] = await Promise.allSettled([launchChromium(), serveStatic(dist)]);
  if (browser.status === 'fulfilled' && server.status === 'fulfilled') return [browser.value, server.value];
  if (browser.status === 'fulfilled') await browser.value.close();
  if (server.status === 'fulfilled') await server.value.close();
  throw browser.status === 'rejected' ? browser.reason : (server as PromiseRejectedResult).reason;
}

/**
 * Exports the deck to PDF: builds it if stale, serves dist/ on loopback, prints reveal.js's print
 * view in headless Chromium and renames the finished file into place, so the destination only
 * ever holds a complete PDF.
 */
export async function exportPdf(
  root: string,
  options: ExportOptions,
  progress: Progress = () => {},
  /** Told the moment the finished PDF is in place, so an interruption after it can say so. */
  onWritten: (path: string) => void = () => {},
): Promise<ExportResult> {
  const out = resolve(root, options.out);
  const temporary = temporaryPath(out);
  checkDestination(out);
  chromiumPath(); // fail with the install hint before anything starts, a build included
  if (buildIsStale(root)) {
    progress('building the deck (dist/ is missing or older than its sources)');
    await buildDist(root, { logLevel: 'warn' });
  }
  progress('starting Chromium');
  const [browser, server] = await startBrowserAndServer(join(root, 'dist'));
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // An exception on the print page means reveal.js may never signal pdf-ready, or has laid out a
    // broken print view: the export fails at once with it, not as a timeout a minute later.
    let pageError: Error | undefined;
    const thrown = new Promise<never>((_resolve, reject) => {
      page.on('pageerror', (error) => {
        pageError ??= new Error(`the print view threw an error: ${error.message}`);
        reject(pageError);
      });
    });
    thrown.catch(() => {}); // handled where the export waits on the page; not unhandled before that
    const unlessThrown = <T>(step: Promise<T>): Promise<T> => Promise.race([step, thrown]);
    const foreign: string[] = [];
    const origin = new URL(server.url).origin;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.addInitScript(() => {
      document.addEventListener(
        'pdf-ready',
        () => document.documentElement.setAttribute('data-pdf-ready', ''),
        true,
      );
    });
    progress('laying out the print view');
    // reveal signals pdf-ready after the page's load event; no need to wait for load separately.
    await page.goto(printUrl(server.url, options), { waitUntil: 'commit' });
    await unlessThrown(
      page.waitForSelector(
        options.notes
          ? 'html[data-pdf-ready]:is(.print-handout, [data-handout-error])'
          : 'html[data-pdf-ready]',
        { state: 'attached', timeout: 60_000 },
      ),
    );
    const handoutError = await page.evaluate(() => document.documentElement.dataset.handoutError);
    if (handoutError) throw new Error(`the notes pages could not be laid out: ${handoutError}`);
    await unlessThrown(page.evaluate(() => document.fonts.ready));
    // What each of the print view's pages shows, for the bookmarks.
    const sheets: PrintSheet[] = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page'), (sheet) => ({
        height: sheet.getBoundingClientRect().height,
        slides: Array.from(sheet.querySelectorAll<HTMLElement>('section[data-kind]'), (slide) => ({
          id: slide.id,
          slide: {
            kind: slide.dataset.kind ?? '',
            title: slide.querySelector(':scope > h1, :scope > h2')?.textContent?.trim() ?? slide.id,
            ...(slide.dataset.part ? { part: slide.dataset.part } : {}),
            ...(slide.dataset.sectionId ? { sectionId: slide.dataset.sectionId } : {}),
          },
        })),
      })),
    );
    const printed = firstPages(sheets, options.notes);
    const slides = printed.slides.length;
    if (foreign.length > 0)
      throw new Error(`the deck asked for resources outside 127.0.0.1: ${foreign.join(', ')}`);
    progress(
      `printing ${slides} slides (${printed.printPages} print pages${options.notes ? ', each with its notes on an A4 sheet' : ''})`,
    );
    if (pageError) throw pageError; // nor print a page that threw while it was being read
    await page.pdf({
      path: temporary,
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
    });
    const title = await page.title();
    // The deck's own author, from the page (a locator would wait for a tag most decks lack).
    const author =
      options.author ??
      (await page.evaluate(() => document.querySelector('meta[name="author"]')?.getAttribute('content'))) ??
      undefined;
    await context.close();
    const written = await writeMetadata(
      temporary,
      { title, ...(author ? { author } : {}), notes: options.notes, ...printed },
      progress,
    );
    await rename(temporary, out);
    onWritten(out);
    const { size } = await stat(out);
    return { path: out, pages: written, slides, bytes: size };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    await browser.close();
    await server.close();
  }
}
