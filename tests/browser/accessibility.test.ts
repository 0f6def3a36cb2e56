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
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await everySlide(page, 'slides/dark')).toEqual([]);
    await page.context().close();
  });

  it('finds no violation in reader view, in the light theme, with a diagram opened large, and in the dark theme', async () => {
    const page = await session().open('', { width: 390, height: 844 }, AXE_CAN_RUN);
    const found = await violations(page, 'reader/light');
    await page.getByRole('button', { name: '放大查看图表：eSIM 开通（一）' }).click();
    found.push(...(await violations(page, 'reader/diagram dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '切换深色／浅色主题' }).click();
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
