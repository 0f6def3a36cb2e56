import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { projectRoot } from '../support/fixtures.ts';

describe('the dev server', () => {
  let server: ViteDevServer;
  let root: string;
  beforeAll(async () => {
    // A copy of the project, so the test can edit its slides without touching the real ones.
    root = mkdtempSync(join(tmpdir(), 'deck-dev-'));
    for (const path of ['slides', 'src', 'assets', 'index.html', 'vite.config.ts', 'package.json']) {
      cpSync(join(projectRoot, path), join(root, path), { recursive: true });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    // This copy's spec names an author, which the page then carries (the PDF export reads it).
    const spec = join(root, 'slides', 'deck.yaml');
    writeFileSync(spec, `author: 张三\n${readFileSync(spec, 'utf8')}`);
    server = await createServer({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows the spec’s author, and redraws a diagram as soon as its .mmd file is edited', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const url = server.resolvedUrls?.local[0] ?? '';
      await page.goto(`${url}#/功能体验-switch-operator`);
      await page.waitForSelector('.reveal.ready');
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
      await browser.close();
    }
  });
});
