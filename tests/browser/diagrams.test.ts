import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DeckSession, goToSlide, startSession } from '../support/browser.ts';
import { projectRoot } from '../support/fixtures.ts';

/** Labels whose box is not inside their shape or the SVG, and the smallest font size on the slide. */
async function labelProblems(page: Page): Promise<{ problems: string[]; smallestPx: number; texts: string }> {
  return page.evaluate(() => {
    const svg = document.querySelector('.reveal .slides section.present .diagram-svg svg');
    if (!svg) return { problems: ['no svg'], smallestPx: 0, texts: '' };
    const outer = svg.getBoundingClientRect();
    const scale =
      outer.width / 1280 > 0
        ? (document.querySelector('.reveal .slides')?.getBoundingClientRect().width ?? 1280) / 1280
        : 1;
    const problems: string[] = [];
    let smallest = Number.POSITIVE_INFINITY;
    const inside = (a: DOMRect, b: DOMRect, slack = 1.5): boolean =>
      a.left >= b.left - slack &&
      a.right <= b.right + slack &&
      a.top >= b.top - slack &&
      a.bottom <= b.bottom + slack;
    for (const text of Array.from(svg.querySelectorAll('text'))) {
      if (!text.textContent?.trim()) continue;
      const box = text.getBoundingClientRect();
      // The size the glyphs are drawn at on a 1280×720 slide: the font size in the SVG's own
      // units, times the SVG's scale on screen, less the slide's own scale.
      smallest = Math.min(
        smallest,
        (Number.parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0)) / scale,
      );
      if (!inside(box, outer)) problems.push(`outside the SVG: ${text.textContent}`);
      // The shape a label belongs to: a rect/polygon/circle/path beside it in its group.
      let group: Element | null = text.parentElement;
      let shape: Element | null = null;
      while (group && group !== svg && !shape) {
        shape = group.querySelector(
          ':scope > rect, :scope > polygon, :scope > circle, :scope > path.basic, :scope > g > rect',
        );
        if (shape && shape.getBoundingClientRect().width < 2) shape = null;
        group = shape ? group : group.parentElement;
        if (group?.matches('.edgeLabel, .messageText')) break;
      }
      if (shape && !text.matches('.messageText') && !inside(box, shape.getBoundingClientRect())) {
        problems.push(`outside its shape: ${text.textContent}`);
      }
      // A lifeline may pass under a message label only if the label has a backdrop in the
      // panel's white, drawn just before it, that hides the line there.
      if (text.matches('.messageText')) {
        const crossed = Array.from(svg.querySelectorAll('line.actor-line')).some((line) => {
          const l = line.getBoundingClientRect();
          return l.left > box.left && l.left < box.right && l.top < box.bottom && l.bottom > box.top;
        });
        const backdrop = text.previousElementSibling;
        const card = getComputedStyle(svg.parentElement as Element).backgroundColor;
        const covered =
          backdrop?.matches('rect') === true &&
          getComputedStyle(backdrop).fill === card &&
          inside(box, backdrop.getBoundingClientRect(), 0.5);
        if (crossed && !covered) problems.push(`a lifeline runs through: ${text.textContent}`);
      }
    }
    // What the labels draw: not the title, description or style sheet, which hold the words too.
    const drawn = Array.from(svg.querySelectorAll('text'), (t) => t.textContent ?? '').join('\n');
    if (!drawn.trim()) problems.push('no label drawn');
    return { problems, smallestPx: smallest, texts: drawn };
  });
}

/**
 * Each label of the current slide's diagram whose text contrasts less than 4.5:1 (WCAG AA) with
 * what it is drawn on: the smallest shape under it, or else the diagram's card.
 */
async function faintLabels(
  page: Page,
  drawing = '.reveal .slides section.present .diagram-svg svg',
): Promise<string[]> {
  return page.evaluate((drawing) => {
    const svg = document.querySelector(drawing);
    if (!svg) return ['no svg'];
    const rgb = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (colour: string): number => {
      const [r = 0, g = 0, b = 0] = rgb(colour).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const card = getComputedStyle(svg.parentElement as Element).backgroundColor;
    const shapes = Array.from(svg.querySelectorAll('rect, polygon, circle, path.basic')).filter(
      (shape) => !['none', ''].includes(getComputedStyle(shape).fill) && !shape.closest('defs, marker'),
    );
    const faint: string[] = [];
    for (const text of Array.from(svg.querySelectorAll('text'))) {
      if (!text.textContent?.trim()) continue;
      const box = text.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const under = shapes
        .map((shape) => ({ shape, r: shape.getBoundingClientRect() }))
        .filter(({ r }) => r.left <= x && r.right >= x && r.top <= y && r.bottom >= y)
        .sort((a, b) => a.r.width * a.r.height - b.r.width * b.r.height)[0];
      const ground = under ? getComputedStyle(under.shape).fill : card;
      const inks = text.querySelector('tspan') ? Array.from(text.querySelectorAll('tspan')) : [text];
      for (const ink of inks) {
        const ratio = contrast(getComputedStyle(ink).fill, ground);
        if (ratio < 4.5) faint.push(`${ink.textContent}: ${ratio.toFixed(2)}:1`);
      }
    }
    return faint;
  }, drawing);
}

const KEY_TERMS: Record<string, string[]> = {
  'sim-provisioning': [
    'IMSI',
    'Ki',
    'AuC',
    'VLR/MME',
    'USIM',
    '鉴权向量',
    'AKA',
    'RAND',
    'AUTN',
    'RES',
    'XRES',
  ],
  'esim-order': ['SM-DP+', 'LPA', 'eUICC', '激活码', '匹配 ID', 'LPA:1$', 'SM-DS'],
  'esim-authenticate': ['SM-DP+', 'eUICC', 'EUM', '服务器挑战', '确认码'],
  'esim-install': ['准备下载', '绑定证书', '一次性公钥', 'BPP', 'ISD-P'],
  'switch-operator': ['激活码', '配置文件', '卡托'],
  'euicc-inside': ['ISD-R', 'ISD-P', 'ECASD', 'LPA', 'GSMA CI'],
};

/**
 * The GSMA interfaces each flow runs over: named in its text alternative (and so in the notes),
 * for the presenter and the technical reader, and kept off the drawing a general audience reads.
 */
const INTERFACES: Record<string, string[]> = {
  'esim-order': ['ES2+', 'ES9+', 'ES10b', 'ES11', 'ES12'],
  'esim-authenticate': ['ES9+', 'ES10b'],
  'esim-install': ['ES2+', 'ES8+', 'ES9+', 'ES10b', 'ES10c'],
  'euicc-inside': ['ES10'],
};

describe('the diagrams in the built deck', () => {
  let session: DeckSession;
  let page: Page;
  beforeAll(async () => {
    session = await startSession();
    page = await session.open('?transition=none');
  });
  afterAll(async () => {
    await session?.close();
  });
  // Every test, filtered runs included: the page logged no error and asked nothing of another host.
  afterEach(() => {
    expect(session.errors.splice(0)).toEqual([]);
    expect(session.foreignRequests.splice(0)).toEqual([]);
  });

  const names = readdirSync(join(projectRoot, 'slides', 'diagrams'))
    .filter((f) => f.endsWith('.mmd'))
    .map((f) => f.replace(/\.mmd$/, ''));

  it('has a slide for every diagram source and a key-term list for each', async () => {
    const onSlides = await page.$$eval('section[data-kind="diagram"]', (els) => els.map((el) => el.id));
    expect(onSlides).toHaveLength(names.length);
    expect(Object.keys(KEY_TERMS).sort()).toEqual([...names].sort());
  });

  it.each(names)(
    'draws %s as a sized inline SVG whose labels sit inside their shapes, readable and complete, its interfaces named in words only and its steps told in the notes',
    async (name) => {
      const id = await page.$eval(
        `section[data-kind="diagram"] svg#diagram-${name}`,
        (svg) => svg.closest('section')?.id ?? '',
      );
      await goToSlide(page, id);
      const size = await page.$eval('section.present .diagram-svg svg', (svg) => {
        const r = svg.getBoundingClientRect();
        const slide = (document.querySelector('.reveal .slides') as Element).getBoundingClientRect();
        return {
          w: r.width,
          h: r.height,
          fits: r.left >= slide.left && r.right <= slide.right && r.bottom <= slide.bottom,
        };
      });
      expect(size.w).toBeGreaterThan(300);
      expect(size.h).toBeGreaterThan(200);
      expect(size.fits).toBe(true);
      const { problems, smallestPx, texts } = await labelProblems(page);
      expect(problems.join('\n')).toBe('');
      // Labels drawn at 16 px or more on a 1280×720 slide (body text is 28–34 px; a diagram can be
      // enlarged on a small screen).
      expect(smallestPx, `${name}: ${smallestPx}`).toBeGreaterThanOrEqual(16);
      for (const term of KEY_TERMS[name] ?? []) expect(texts, `${name} shows ${term}`).toContain(term);
      const alt = await page.$eval('section.present .diagram-svg svg', (svg) => ({
        role: svg.getAttribute('role'),
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
      }));
      // A sequence's lifelines run past its last message and end inside the drawing, not on its edge.
      const ends = await page.$eval('section.present .diagram-svg svg', (svg) => {
        const bottom = svg.getBoundingClientRect().bottom;
        const lowest = Math.max(
          ...Array.from(
            svg.querySelectorAll('[class^="messageLine"]'),
            (m) => m.getBoundingClientRect().bottom,
          ),
        );
        return Array.from(svg.querySelectorAll('line.actor-line'), (line) => {
          const end = line.getBoundingClientRect().bottom;
          return end > lowest && end < bottom - 2;
        });
      });
      expect(ends.every(Boolean), `${name}: lifelines end below the last message, inside the drawing`).toBe(
        true,
      );
      // Every arrow and note a sequence draws is a step in words in its notes, in order.
      const told = await page.$eval('section.present', (slide) => ({
        drawn: slide.querySelectorAll('svg [class^="messageLine"], svg rect.note').length,
        steps: Array.from(slide.querySelectorAll('aside.notes ol.notes-steps li'), (li) => li.textContent),
      }));
      expect(told.steps, `${name}: a step for each arrow and note`).toHaveLength(told.drawn);
      expect(texts, `${name} draws no interface name`).not.toMatch(/\bES\d/);
      for (const api of INTERFACES[name] ?? [])
        expect(alt.desc, `${name} says ${api} in words`).toContain(api);
      expect(alt.role).toBe('img');
      expect(alt.title.length).toBeGreaterThan(4);
      expect(alt.desc.length).toBeGreaterThan(40);
    },
  );

  it('draws every diagram legibly in the light and the dark theme, on a card of the theme’s colour, enlarged too', async () => {
    const dark = await session.open(
      '?transition=none',
      { width: 1280, height: 720 },
      { colorScheme: 'dark' },
    );
    for (const [theme, shown] of [
      ['light', page],
      ['dark', dark],
    ] as const) {
      for (const name of names) {
        const id = await shown.$eval(`svg#diagram-${name}`, (svg) => svg.closest('section')?.id ?? '');
        await goToSlide(shown, id);
        expect(await faintLabels(shown), `${theme}: ${name}`).toEqual([]);
        const card = await shown.$eval(
          'section.present .diagram-svg',
          (el) => getComputedStyle(el).backgroundColor,
        );
        expect(card, `${theme}: ${name}`).toBe(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(23, 34, 51)');
        // Opened large, it is drawn as legibly.
        await shown.locator('section.present h2').click();
        await shown.keyboard.press('Tab');
        await shown.keyboard.press('Enter');
        const enlarged = 'dialog[open] .diagram-zoom-view svg';
        await shown.waitForSelector(enlarged);
        expect(await faintLabels(shown, enlarged), `${theme}, enlarged: ${name}`).toEqual([]);
        await shown.keyboard.press('Escape');
        await shown.waitForSelector('dialog[open]', { state: 'detached' });
      }
    }
    await dark.context().close();
  });

  it('ships no Mermaid code to the page', async () => {
    const scripts = readdirSync(join(projectRoot, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
    for (const file of scripts) {
      const code = readFileSync(join(projectRoot, 'dist', 'assets', file), 'utf8');
      expect(code, file).not.toMatch(/mermaid/i);
    }
    expect(await page.evaluate(() => 'mermaid' in window)).toBe(false);
  });
});
