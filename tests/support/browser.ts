import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { type StaticServer, serveStatic } from '../../src/browser/static-server.ts';
import { projectRoot } from './fixtures.ts';

/** A production build served on loopback, a browser, and what the page did. */
export interface DeckSession {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** Every request the page made outside the server's origin. */
  readonly foreignRequests: string[];
  /** Console errors, uncaught exceptions and Content-Security-Policy violations. */
  readonly errors: string[];
  open(
    path?: string,
    viewport?: { width: number; height: number },
    options?: Pick<
      BrowserContextOptions,
      'bypassCSP' | 'colorScheme' | 'hasTouch' | 'isMobile' | 'reducedMotion'
    >,
  ): Promise<Page>;
  /** Closes the browser contexts `open` made that are still open. */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a session on dist/ (built by the global setup), served under `basePath`. */
export async function startSession(basePath = '/'): Promise<DeckSession> {
  const server = await serveStatic(join(projectRoot, 'dist'), basePath);
  const browser = await launchChromium();
  const origin = new URL(server.url).origin;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const contexts = new Set<BrowserContext>();
  return {
    browser,
    server,
    foreignRequests,
    errors,
    async open(path = '', viewport = { width: 1280, height: 720 }, options = {}) {
      const context = await browser.newContext({ viewport, ...options });
      contexts.add(context);
      context.on('close', () => contexts.delete(context));
      // A CSP violation is an error of the deck, whether or not the browser logs it.
      await context.exposeFunction('__reportCspViolation', (text: string) => errors.push(`CSP: ${text}`));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (t: string) => void })
            .__reportCspViolation;
          report(`${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      // Watched on the context: the windows the deck opens (the speaker view) count too.
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:'))
          foreignRequests.push(url);
      });
      context.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      context.on('weberror', (error) => errors.push(error.error().message));
      const page = await context.newPage();
      await page.goto(server.url + path);
      await deckDrawn(page);
      // Slide views load the presenter tools after `ready`; the reader view says it needs none.
      await page.waitForSelector('html[data-presenter-tools]', { state: 'attached' });
      return page;
    },
    async closePages() {
      await Promise.all([...contexts].map((context) => context.close()));
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One session for a whole `describe` block: started before its tests, closed after them. After
 * each test, whatever its pages logged as an error or fetched from elsewhere fails that test.
 * Call it inside the block; the returned function gives the running session.
 */
export function useDeckSession(basePath = '/'): () => DeckSession {
  let session: DeckSession | undefined;
  beforeAll(async () => {
    session = await startSession(basePath);
  });
  const check = (): void => {
    if (!session) return;
    const errors = session.errors.splice(0);
    const foreign = session.foreignRequests.splice(0);
    expect(errors, 'console errors, uncaught exceptions, CSP violations').toEqual([]);
    expect(foreign, 'requests beyond the page’s origin').toEqual([]);
  };
  // A test that failed half-way leaves its pages open: closed here, so that what they do next
  // is not blamed on the test after.
  afterEach(async () => {
    await session?.closePages();
    check();
  });
  afterAll(async () => {
    try {
      check();
    } finally {
      await session?.close();
    }
  });
  return () => {
    if (!session) throw new Error('the deck session has not started');
    return session;
  };
}

/**
 * Waits for the deck to be ready and drawn in its own fonts: it starts without them after a second
 * at most, and a layout measured before they are in measures the fallback's.
 */
export async function deckDrawn(page: Page): Promise<void> {
  await page.waitForSelector('.reveal.ready');
  await page.evaluate(() => document.fonts.ready);
}

/** Goes to a slide by its URL fragment and waits until it is the current one. */
export async function goToSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = `#/${encodeURIComponent(target)}`;
  }, id);
  await page.waitForFunction(
    (target) => document.querySelector('.reveal .slides section.present')?.id === target,
    id,
  );
}

/** The current slide's id and the `c / t` the slide number shows. */
export async function currentSlide(page: Page): Promise<{ id: string; number: string }> {
  return page.evaluate(() => ({
    id: document.querySelector('.reveal .slides section.present')?.id ?? '',
    number:
      (
        document.querySelector('.reader-counter') ?? document.querySelector('.reveal .slide-number')
      )?.textContent?.replace(/\s+/g, '') ?? '',
  }));
}

/** Each character of an element's text as laid out: its line's top and which text node it is in. */
interface LaidOutCharacter {
  readonly char: string;
  readonly top: number;
  readonly node: number;
}

async function laidOutCharacters(element: Locator): Promise<LaidOutCharacter[]> {
  return element.evaluate((root) => {
    const chars: { char: string; top: number; node: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let index = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode(), index++) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        chars.push({ char: text[i] ?? '', top: Math.round(range.getBoundingClientRect().top), node: index });
      }
    }
    return chars;
  });
}

/** The text of an element as it is laid out, one string per line. */
export async function textLines(element: Locator): Promise<string[]> {
  const rows = new Map<number, string>();
  for (const { char, top } of await laidOutCharacters(element)) rows.set(top, (rows.get(top) ?? '') + char);
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, line]) => line);
}

/**
 * Where an element's lines break: the text node the next line starts in, cut there ("卡 / 片"),
 * and whether the break falls inside a word. The generator cuts text nodes at each word break it
 * offers, so a break between two characters of one node is inside a word, unless it follows
 * punctuation or a space.
 */
export async function lineBreaks(element: Locator): Promise<{ at: string; insideAWord: boolean }[]> {
  const chars = await laidOutCharacters(element);
  return chars.flatMap((here, i) => {
    const before = chars[i - 1];
    if (!before || here.top <= before.top + 4) return [];
    const node = chars.filter((c) => c.node === here.node).map((c) => c.char);
    const offset = chars.slice(0, i).filter((c) => c.node === here.node).length;
    const insideAWord = before.node === here.node && !/[，；：、。\s]/.test(before.char);
    return [{ at: `${node.slice(0, offset).join('')} / ${node.slice(offset).join('')}`, insideAWord }];
  });
}

/** Elements of the current slide that stick out of the 1280×720 slide box, as "tag.class" strings. */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const box = document.querySelector('.reveal .slides')?.getBoundingClientRect();
    const slide = document.querySelector('.reveal .slides > section.present');
    if (!box || !slide) return ['no current slide'];
    const tolerance = 1;
    const out: string[] = [];
    for (const el of Array.from(slide.querySelectorAll('*'))) {
      if (el.closest('aside.notes')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (
        r.left < box.left - tolerance ||
        r.top < box.top - tolerance ||
        r.right > box.right + tolerance ||
        r.bottom > box.bottom + tolerance
      ) {
        out.push(
          `${slide.id}: ${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${el.textContent?.slice(0, 30)}`,
        );
      }
    }
    return out;
  });
}

/**
 * The fonts Chromium drew the first element matching `selector` with, as it reports them to its
 * devtools: a webfont file by its PostScript name (`NotoSansSC-Bold`), a system font as
 * `system:<name>`. This is what was painted, whatever order the faces happened to load in.
 */
export async function drawnFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => (font.isCustomFont ? font.postScriptName : `system:${font.familyName}`));
  } finally {
    await cdp.detach();
  }
}
