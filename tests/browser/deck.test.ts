import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boldText } from '../../src/font/bold-text.ts';
import { labelText } from '../../src/present/labels.ts';
import {
  currentSlide,
  drawnFonts,
  overflowingElements,
  startSession,
  useDeckSession,
} from '../support/browser.ts';
import { projectRoot } from '../support/fixtures.ts';

describe('the built deck in Chromium', () => {
  const session = useDeckSession();

  it('paints the first slide’s text from the HTML, before any script runs', async () => {
    const page = await session().open();
    const response = await page.request.get(session().server.url);
    const html = await response.text();
    expect(html).toContain('<h1 class="deck-title">eSIM卡与手机卡的区别是什么？</h1>');
    expect(html).toContain('<title>eSIM卡与手机卡的区别是什么？</title>');
    for (const promo of ['莱卡', 't.me', 'esim1088', 'postimg']) expect(html).not.toContain(promo);
    await page.context().close();
  });

  it('reaches every slide by keyboard, and every slide’s content fits inside the slide', async () => {
    // Without transitions each slide is measured where it comes to rest.
    const page = await session().open('?transition=none');
    const total = await page.locator('.reveal .slides > section').count();
    const seen: string[] = [];
    const overflow: string[] = [];
    for (let step = 0; step < total * 8; step += 1) {
      const { id, number } = await currentSlide(page);
      if (!seen.includes(id)) {
        seen.push(id);
        expect(number).toBe(`${seen.length}/${total}`);
      }
      overflow.push(...(await overflowingElements(page)));
      if (
        seen.length === total &&
        (await page.locator('.reveal .slides > section.present .fragment:not(.visible)').count()) === 0
      )
        break;
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(30);
    }
    expect(seen).toHaveLength(total);
    expect(overflow).toEqual([]);
    await page.context().close();
  });

  it('draws Chinese text in the self-hosted Noto Sans SC, not a fallback', async () => {
    const page = await session().open();
    const fonts = await page.evaluate(() =>
      Array.from(document.fonts)
        .filter((f) => f.family.replace(/"/g, '') === 'Noto Sans SC')
        .map((f) => `${f.weight}:${f.status}`),
    );
    expect(fonts).toContain('400:loaded');
    expect(fonts).toContain('700:loaded');
    const family = await page.evaluate(
      () => getComputedStyle(document.querySelector('h1') as Element).fontFamily,
    );
    expect(family.startsWith('"Noto Sans SC"')).toBe(true);
    await page.context().close();
  });

  it('draws bold text the bold subset lacks in the regular face, not as a missing glyph', async () => {
    const page = await session().open();
    // A Chinese character of the deck that no bold text uses, so the bold subset lacks it.
    const html = readFileSync(join(projectRoot, 'dist', 'index.html'), 'utf8');
    const bold = new Set(boldText(html) + labelText());
    const rare = Array.from(html).find((c) => /\p{Script=Han}/u.test(c) && !bold.has(c));
    expect(rare).toBeDefined();
    await page.evaluate(async (char) => {
      const probe = document.createElement('h2');
      probe.id = 'bold-probe';
      probe.textContent = char;
      document.querySelector('.reveal .slides section.present')?.append(probe);
      probe.getBoundingClientRect();
      await document.fonts.ready;
      // Devtools reports the fonts of the last layout; lay out again with every face in.
      probe.getBoundingClientRect();
    }, rare ?? '');
    // The title is bold text the bold face has; the probe's character falls through to the regular file.
    expect(await drawnFonts(page, '.reveal .slides section.present h1')).toEqual(['NotoSansSC-Bold']);
    expect(await drawnFonts(page, '#bold-probe')).toEqual(['NotoSansSC-Regular']);
    await page.context().close();
  });

  it('logs no console error and requests nothing beyond 127.0.0.1', () => {
    expect(session().errors).toEqual([]);
    expect(session().foreignRequests).toEqual([]);
  });
});

describe('the built deck served from a sub-path of a static host', () => {
  it('loads its scripts, styles and fonts by relative URLs', async () => {
    const session = await startSession('/talks/esim/');
    try {
      const page = await session.open('#/功能体验-对比');
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.reload();
      await page.waitForSelector('.reveal.ready');
      expect(await page.evaluate(() => document.fonts.check('30px "Noto Sans SC"', '对比'))).toBe(true);
      expect(await page.locator('section.present table.comparison').isVisible()).toBe(true);
      expect(failed).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
