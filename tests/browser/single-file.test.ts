import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { projectRoot } from '../support/fixtures.ts';

describe('the single-file deck opened from disk', () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'deck-single-')), 'deck.html');
    execFileSync('npx', ['tsx', 'src/build/build-single.ts', '--out', file], {
      cwd: projectRoot,
      stdio: 'pipe',
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(join(file, '..'), { recursive: true, force: true });
  });

  it('is one file that names no other file', () => {
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/(?:src|href)="(?:\.\/)?assets\//);
    expect(statSync(file).size).toBeGreaterThan(100_000);
  });

  it('shows every slide, the diagrams and the CJK font with no network at all', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, offline: true });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${pathToFileURL(file).href}?transition=none&fragments=false`);
    await page.waitForSelector('.reveal.ready');
    const total = await page.locator('.reveal .slides > section').count();
    const seen = new Set<string>();
    for (let i = 0; i < total; i += 1) {
      seen.add(
        await page.evaluate(() => document.querySelector('.reveal .slides section.present')?.id ?? ''),
      );
      await page.keyboard.press('ArrowRight');
    }
    expect(seen.size).toBe(total);
    const diagrams = await page.locator('.diagram-svg svg').count();
    expect(diagrams).toBe(await page.locator('section[data-kind="diagram"]').count());
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return Array.from(document.fonts).some(
        (f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded',
      );
    });
    expect(fontLoaded).toBe(true);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the speaker view from disk with the notes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, offline: true });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(file).href}#/物理形态-要点`);
    await page.waitForSelector('.reveal.ready');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect
      .poll(async () => (await speaker.locator('.speaker-controls-notes .value').textContent()) ?? '', {
        timeout: 15_000,
      })
      .toContain('传统SIM卡最直观的特点');
    await context.close();
  });

  it('switches to the reader view and shows the notes there', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, offline: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('.reveal.ready');
    expect(
      await page
        .locator('.scroll-page', { has: page.locator('section#引言') })
        .locator('.reader-notes')
        .textContent(),
    ).toContain('提到手机通信');
    await context.close();
  });
});
