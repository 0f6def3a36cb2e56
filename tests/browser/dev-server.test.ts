import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { currentSlide } from '../support/browser.ts';
import { projectRoot } from '../support/fixtures.ts';

/** A copy of the project, so that a test can edit its slides without touching the real ones. */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-dev-'));
  for (const path of ['slides', 'src', 'assets', 'index.html', 'vite.config.ts', 'package.json']) {
    cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** The dev server `npm start` runs, on a free port of the loopback. */
function devServer(root: string): Promise<ViteDevServer> {
  return createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
  });
}

/** Waits for Vite's error overlay in `page` to show, saying `message`. */
async function expectOverlaySaying(page: Page, message: string): Promise<void> {
  const overlay = page.locator('vite-error-overlay');
  await overlay.waitFor({ timeout: 30_000 });
  await expect.poll(() => overlay.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain(message);
}

describe('the dev server', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let root: string;
  beforeAll(async () => {
    root = projectCopy();
    // This copy's spec names an author, which the page then carries (the PDF export reads it).
    const spec = join(root, 'slides', 'deck.yaml');
    writeFileSync(spec, `author: 张三\n${readFileSync(spec, 'utf8')}`);
    server = await devServer(root);
    [browser] = await Promise.all([launchChromium(), server.listen()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Opens the dev server's page at `path`, collecting its uncaught errors into `errors`. */
  async function open(path: string, errors: string[]): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.resolvedUrls?.local[0] ?? ''}${path}`);
    await page.waitForSelector('.reveal.ready');
    return page;
  }

  it('shows the spec’s author, and redraws a diagram as soon as its .mmd file is edited', async () => {
    const errors: string[] = [];
    const page = await open('#/功能体验-switch-operator', errors);
    try {
      expect(await page.locator('meta[name="author"]').getAttribute('content')).toBe('张三');
      expect(await page.locator('#cover .deck-author').textContent()).toBe('张三');
      const file = join(root, 'slides', 'diagrams', 'switch-operator.mmd');
      const before = readFileSync(file, 'utf8');
      const after = before.replaceAll('拿到激活码', '拿到二维码');
      expect(after, 'the edit changes the diagram').not.toBe(before);
      writeFileSync(file, after);
      await page.waitForFunction(
        // A label drawn in the diagram, not only its text alternative.
        () =>
          Array.from(document.querySelectorAll('svg#diagram-switch-operator text')).some((t) =>
            t.textContent?.includes('二维码'),
          ),
        undefined,
        { timeout: 30_000 },
      );
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows the new words in the open page as soon as the article is edited, on the same slide', async () => {
    const errors: string[] = [];
    // The reader view, where the article's paragraphs are on screen beside their slide.
    const page = await open('?view=scroll#/物理形态-要点', errors);
    const file = join(root, 'slides', 'article.md');
    const before = readFileSync(file, 'utf8');
    try {
      const notes = page
        .locator('.scroll-page', { has: page.locator('section#物理形态-要点') })
        .locator('.reader-notes');
      expect(await notes.textContent()).toContain('最直观的特点');
      const after = before.replace('传统SIM卡最直观的特点', '传统SIM卡最明显的特点');
      expect(after, 'the edit changes the article').not.toBe(before);
      writeFileSync(file, after);
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('.reader-notes')).some((n) =>
            n.textContent?.includes('最明显的特点'),
          ),
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForSelector('.reveal.ready');
      expect(await notes.textContent()).toContain('传统SIM卡最明显的特点');
      expect(await notes.isVisible()).toBe(true);
      await expect.poll(async () => (await currentSlide(page)).id).toBe('物理形态-要点');
      expect(errors).toEqual([]);
    } finally {
      writeFileSync(file, before);
      await page.close();
    }
  });

  it('shows a broken article’s error, file and line, in the open page, and the deck again once it is mended', async () => {
    const errors: string[] = [];
    const page = await open('#/物理形态-要点', errors);
    const file = join(root, 'slides', 'article.md');
    const before = readFileSync(file, 'utf8');
    // The line the broken block lands on, after a blank line under the article's last.
    const line = before.trimEnd().split('\n').length + 2;
    try {
      writeFileSync(file, `${before.trimEnd()}\n\n<div>草稿</div>\n`);
      // Vite's error overlay, in the page the author has open: what is wrong, and where.
      await expectOverlaySaying(page, `slides/article.md:${line}:1: raw HTML is not allowed in the article`);
      writeFileSync(file, before);
      await page.waitForSelector('.reveal.ready', { timeout: 30_000 });
      expect(await page.locator('section#物理形态-要点').count()).toBe(1);
      expect(await page.locator('vite-error-overlay').count()).toBe(0);
    } finally {
      writeFileSync(file, before);
      await page.close();
    }
  });
});

describe('the dev server started on a broken article', () => {
  it('starts all the same, shows the error, file and line, in the page, and the deck once it is mended', async () => {
    const root = projectCopy();
    const file = join(root, 'slides', 'article.md');
    const good = readFileSync(file, 'utf8');
    const line = good.trimEnd().split('\n').length + 2;
    writeFileSync(file, `${good.trimEnd()}\n\n<div>草稿</div>\n`);
    const server = await devServer(root);
    const browser = await launchChromium();
    try {
      await server.listen();
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(server.resolvedUrls?.local[0] ?? '');
      await expectOverlaySaying(page, `slides/article.md:${line}:1: raw HTML is not allowed in the article`);
      writeFileSync(file, good);
      await page.waitForSelector('.reveal.ready', { timeout: 30_000 });
      expect(await page.locator('section#cover').count()).toBe(1);
    } finally {
      await browser.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
