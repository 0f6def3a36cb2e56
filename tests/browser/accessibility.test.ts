import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToSlide, useDeckSession } from '../support/browser.ts';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
// axe-core is injected as an inline script, which the deck's own policy rightly refuses.
const AXE_CAN_RUN = { bypassCSP: true };

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page as it is now and lists its violations as readable lines. */
async function violations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return found.map(
    (v) => `${where}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Every slide in slide view, one at a time, as a presenter steps through them; with the toolbar
 * shown (the pointer just moved), not caught half faded out.
 */
async function everySlide(page: Page, label: string): Promise<string[]> {
  const ids = await page.$$eval('.reveal .slides > section', (els) => els.map((el) => el.id));
  const found: string[] = [];
  for (const [i, id] of ids.entries()) {
    await goToSlide(page, id);
    await page.mouse.move(400 + (i % 2) * 20, 400);
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.deck-toolbar') as Element).opacity === '1',
    );
    found.push(...(await violations(page, `${label} #/${id}`)));
  }
  return found;
}

/**
 * Every control on the page, hidden ones too (reveal's up and down arrows are there for a deck
 * with vertical slides), with the name a screen reader would give it where that name has Latin
 * letters and no Chinese: English, in a deck that speaks Chinese.
 */
function englishNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CONTROLS =
      'button, a[href], input, select, textarea, summary, [tabindex], [aria-label], [aria-labelledby], ' +
      '[role="button"], [role="link"], [role="progressbar"], [role="slider"], [role="tab"], [role="menuitem"]';
    const nameOf = (el: Element): string => {
      const ids = el.getAttribute('aria-labelledby');
      if (ids)
        return ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      const label = el.getAttribute('aria-label');
      if (label) return label;
      if (
        el instanceof HTMLInputElement ||
        el instanceof HTMLSelectElement ||
        el instanceof HTMLTextAreaElement
      ) {
        const text = Array.from(el.labels ?? [], (l) => l.textContent ?? '').join(' ');
        return text || el.getAttribute('placeholder') || el.getAttribute('title') || '';
      }
      return el.textContent?.trim() || el.getAttribute('title') || '';
    };
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll(CONTROLS))) {
      // What the slides say is the article's (its sources' English titles included), not the deck's.
      if (el.closest('.reveal .slides')) continue;
      const name = nameOf(el).replace(/\s+/g, ' ').trim();
      if (/[A-Za-z]/.test(name) && !/\p{Script=Han}/u.test(name))
        found.push(`${el.tagName.toLowerCase()}.${el.className}: ${name}`);
    }
    return found;
  });
}

describe('accessibility of the built deck (axe-core)', () => {
  const session = useDeckSession();

  it('finds no violation on any slide in slide view, light theme', async () => {
    const page = await session().open('?transition=none&fragments=false', undefined, AXE_CAN_RUN);
    expect(await everySlide(page, 'slides/light')).toEqual([]);
    await page.context().close();
  });

  it('finds no violation on any slide in slide view, dark theme from the system setting', async () => {
    const page = await session().open('?transition=none&fragments=false', undefined, {
      ...AXE_CAN_RUN,
      colorScheme: 'dark',
    });
    await page.waitForSelector('.reveal.ready');
    // No choice made: the page follows the system, and its switch offers the light theme.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await page.locator('button[data-action="theme"]').textContent()).toBe('浅色');
    expect(await everySlide(page, 'slides/dark')).toEqual([]);
    await page.context().close();
  });

  it('finds no violation in reader view, in the light theme, with a diagram opened large, and in the dark theme', async () => {
    const page = await session().open('', { width: 390, height: 844 }, AXE_CAN_RUN);
    const found = await violations(page, 'reader/light');
    await page.getByRole('button', { name: '放大查看图表：eSIM 开通（一）' }).click();
    found.push(...(await violations(page, 'reader/diagram dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '切换到深色主题' }).click();
    expect(await page.getByRole('button', { name: '切换到浅色主题' }).textContent()).toBe('浅色');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    found.push(...(await violations(page, 'reader/dark')));
    expect(found).toEqual([]);
    await page.context().close();
  });

  it('gives the page a language, a title, and every slide one top heading', async () => {
    const page = await session().open();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toBe('eSIM卡与手机卡的区别是什么？');
    const headings = await page.$$eval('.reveal .slides > section', (els) =>
      els.map((el) => el.querySelectorAll(':scope > h1, :scope > h2').length),
    );
    expect(headings.every((n) => n === 1)).toBe(true);
    await page.context().close();
  });
});

describe('the deck for keyboard and screen-reader users', () => {
  const session = useDeckSession();

  it('announces a diagram slide by its title, description and caption, never its labels or styles', async () => {
    const page = await session().open('?transition=none#/功能体验-对比');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('.aria-status').textContent())
      .toContain('密钥 Ki 事先写进卡里，卡和网络凭它互相核验');
    const spoken = (await page.locator('.aria-status').textContent()) ?? '';
    // The drawing's name set apart from what it shows.
    expect(spoken).toContain('实体 SIM 卡：密钥事先写进卡里。卡商在工厂把 IMSI');
    expect(spoken).not.toMatch(/[{}]|font-family|keyframes/);
    // Labels such as this one are in the description's words, not read out one by one.
    expect(spoken).not.toContain('转交 RAND + AUTN');
    await page.context().close();
  });

  it('announces a table slide row by row, its cells set apart', async () => {
    const page = await session().open('?transition=none#/功能体验-要点');
    await page.evaluate(() => {
      location.hash = '#/功能体验-对比';
    });
    await expect
      .poll(() => page.locator('.aria-status').textContent())
      .toContain('物理形态，可插拔的塑料卡片，多为焊在主板上的芯片');
    const spoken = (await page.locator('.aria-status').textContent()) ?? '';
    expect(spoken).toMatch(/^02 · 功能体验的不同。SIM 卡与 eSIM 卡对比。对比项，SIM 卡，eSIM 卡。物理形态，/);
    await page.context().close();
  });

  it('announces a points slide as it is seen, then each point once as it appears', async () => {
    const page = await session().open('?transition=none#/物理形态');
    const spoken = () => page.locator('.aria-status').textContent();
    await page.keyboard.press('ArrowRight');
    await expect.poll(spoken).toContain('物理形态上的差异');
    expect(await spoken()).not.toContain('无需卡槽');
    await page.keyboard.press('ArrowRight');
    await expect.poll(spoken).toBe('SIM 卡：大卡、Micro、Nano，都要插进卡槽');
    await page.keyboard.press('ArrowRight');
    await expect.poll(spoken).toBe('eSIM：多为焊在主板上的芯片，无需卡槽');
    // A screen reader finds the points shown so far, not the ones to come.
    const points = page.locator('section#物理形态-要点 li');
    expect(await points.evaluateAll((els) => els.map((el) => el.getAttribute('aria-hidden')))).toEqual([
      null,
      null,
      'true',
      'true',
      'true',
    ]);
    await page.context().close();
  });

  it('presses a focused toolbar button with Space, and leaves the slide where it is', async () => {
    const page = await session().open('?transition=none#/引言');
    const menu = page.getByRole('button', { name: '目录' });
    await menu.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    expect(await page.$$eval('#引言 li.visible', (els) => els.length)).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    // Away from the controls, Space still steps on.
    await page.locator('#引言 h2').click();
    await page.keyboard.press('Space');
    expect(await page.$$eval('#引言 li.visible', (els) => els.length)).toBe(1);
    await page.context().close();
  });

  it('after an agenda link, keeps the focus on the slide it leads to, not back at the top of the page', async () => {
    const page = await session().open('?transition=none#/目录');
    await page.locator('section#目录 h2').click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('物理形态上的差异');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await page.locator('section.present').getAttribute('id')) ?? '')
      .toBe('物理形态');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('section')?.id ?? 'none'))
      .toBe('物理形态');
    await page.context().close();
  });

  it('names every control reveal.js adds in Chinese, hidden ones too, in the slide view, the reader view and the speaker view', async () => {
    const page = await session().open('?transition=none#/目录');
    const found = (await englishNames(page)).map((name) => `slides: ${name}`);
    // B's black screen: its resume button.
    await page.keyboard.press('b');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.reveal.paused') !== null))
      .toBe(true);
    found.push(...(await englishNames(page)).map((name) => `black screen: ${name}`));
    await page.keyboard.press('b');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await expect
      .poll(() => speaker.locator('.speaker-controls-time .timer').isVisible(), { timeout: 15_000 })
      .toBe(true);
    found.push(...(await englishNames(speaker)).map((name) => `speaker view: ${name}`));
    const phone = await session().open('', { width: 390, height: 844 });
    found.push(...(await englishNames(phone)).map((name) => `reader view: ${name}`));
    expect(found).toEqual([]);
    await page.context().close();
    await phone.context().close();
  });

  it('names the speaker view\'s two preview frames for what they show, so a screen reader does not say "frame" twice', async () => {
    const page = await session().open('?transition=none#/目录');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    const frames = speaker.locator('#current-slide iframe, #upcoming-slide iframe');
    await expect.poll(() => frames.count(), { timeout: 15_000 }).toBe(2);
    const names = await frames.evaluateAll((all) => all.map((frame) => frame.getAttribute('title')));
    expect(names).toEqual(['当前幻灯片（观众所见）', '接下来的一步（预览）']);
    expect(await speaker.getByTitle('接下来的一步（预览）').isVisible()).toBe(true);
    await page.context().close();
  });

  it('names the arrows, the jump box and the slide number in Chinese and shows a focused arrow at full strength', async () => {
    const page = await session().open('?transition=none#/目录');
    const back = page.getByRole('button', { name: '上一张' });
    expect(await page.getByRole('button', { name: '下一张' }).count()).toBe(1);
    // G's box to jump to a slide is named in Chinese too.
    await page.keyboard.press('g');
    const jump = page.getByRole('textbox', { name: '跳到第几页：输入页码，按 Enter' });
    await expect.poll(() => jump.count()).toBe(1);
    expect(await jump.getAttribute('placeholder')).toBe('输入页码');
    await page.keyboard.press('Escape');
    await back.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await back.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => back.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    // The slide number says which slide in words, and is no Tab stop of its own.
    const number = page.locator('.reveal .slide-number a');
    expect(await number.getAttribute('aria-label')).toBe('第 3 / 22 页');
    expect(await number.getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => number.getAttribute('aria-label')).toBe('第 2 / 22 页');
    expect(await number.getAttribute('tabindex')).toBe('-1');
    await page.context().close();
  });

  it('in forced colours still draws the arrows, and the diagrams on their white panel', async () => {
    const page = await session().open('?transition=none#/功能体验-sim-provisioning');
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const drawn = await page.evaluate(() => {
      const arrow = document.querySelector('.reveal .controls .navigate-left .controls-arrow');
      const panel = document.querySelector('.reveal section.present .diagram-svg');
      return {
        arrow: arrow ? getComputedStyle(arrow, '::before').backgroundColor : '',
        canvas: getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor,
        panel: panel ? getComputedStyle(panel).backgroundColor : '',
      };
    });
    expect(drawn.arrow).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent|)$/);
    expect(drawn.arrow).not.toBe(drawn.canvas);
    expect(drawn.panel).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});
