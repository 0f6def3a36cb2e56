import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { serveStatic } from '../../src/browser/static-server.ts';
import { generateDeck } from '../../src/build/generate-deck.ts';
import { type DeckLimits, defaultLimits } from '../../src/deck/build-deck.ts';
import { tableRowChars } from '../../src/deck/limits.ts';
import { captionLineChars } from '../../src/deck/table-slides.ts';
import { boldText } from '../../src/font/bold-text.ts';
import { labelText } from '../../src/present/labels.ts';
import {
  currentSlide,
  deckDrawn,
  drawnFonts,
  goToSlide,
  overflowingElements,
  startSession,
  textLines,
  useDeckSession,
} from '../support/browser.ts';
import { fixture, projectRoot, scratchDir } from '../support/fixtures.ts';
import { siteWithDeck } from '../support/site.ts';

/** Which slide is shown and how many of its points: what one press of → changes. */
function stepState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const slide = document.querySelector('.reveal .slides > section.present');
    return `${slide?.id}:${slide?.querySelectorAll('.fragment.visible').length}`;
  });
}

/**
 * Steps through every slide and build step with the arrow key, as a presenter does: the slides
 * reached (each numbered in turn) and whatever sticks out of a slide on the way.
 */
async function stepThrough(page: Page): Promise<{ total: number; seen: string[]; overflow: string[] }> {
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
    const before = await stepState(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((state) => {
      const slide = document.querySelector('.reveal .slides > section.present');
      return `${slide?.id}:${slide?.querySelectorAll('.fragment.visible').length}` !== state;
    }, before);
  }
  return { total, seen, overflow };
}

/**
 * An article as large as the deck accepts (longest title and headings, most sections, long
 * sections), with a spec that fills every slide kind to its limits in the widest characters (CJK,
 * 1 em) and a diagram. Everything is sized from `limits`, so a loosened limit makes a larger deck.
 */
/** How many diagrams the deck at the limits draws, all from one source. */
const DIAGRAMS_AT_THE_LIMITS = 8;

function articleAtTheLimits(limits: DeckLimits): { article: string; spec: string; diagram: string } {
  const numbers = '一二三四五六七八九十';
  const heading = (i: number): string =>
    `${numbers[i]}号山坡：秋天山上的树叶为什么会在不同的时候变成红色和黄色，而松树柏树却一直都是绿色的呢`.slice(
      0,
      limits.maxHeadingChars,
    );
  const sentence = (i: number, j: number): string =>
    `第${numbers[i]}节第${numbers[j]}段说的是，叶绿素在低温下分解得比别的色素更快，于是藏在叶子里的黄色和红色就显露了出来，山坡的颜色也跟着一天天变化。`;
  const title = '秋天的山为什么是彩色的：红叶、黄叶和常绿树的故事，讲给每一个喜欢爬山的人听'.slice(
    0,
    limits.maxTitleChars,
  );
  const lines = [`# ${title}`, '', '每到秋天，人们都会去山里看红叶。', ''];
  for (let i = 0; i < limits.maxSections; i += 1) {
    lines.push(`### ${heading(i)}`, '');
    for (let j = 0; j < 6; j += 1) lines.push(sentence(i, j), '');
  }
  // Two tables of the article’s own, each under its lead-in (a basis: 按…计算) shown as its caption at its longest
  // (two lines): as many rows as leave it room under a heading of two lines, and under one.
  const captioned = (rows: number): string[] => {
    const perLine = captionLineChars(limits);
    const cells = [3, 5, tableRowChars(3, limits) - 8].map((n) => '叶'.repeat(n));
    return [
      `按${'山'.repeat(2 * perLine - 4)}计算：`,
      '',
      `| ${cells.join(' | ')} |`,
      '| --- | --- | --- |',
      ...Array.from({ length: rows }, () => `| ${cells.join(' | ')} |`),
      '',
    ];
  };
  lines.splice(lines.indexOf(`### ${heading(4)}`) + 2, 0, ...captioned(limits.maxTableRows - 1));
  lines[lines.indexOf(`### ${heading(6)}`)] = `### ${heading(6).slice(0, limits.maxHeadingChars / 2)}`;
  lines.push(...captioned(limits.maxTableRows));

  const wide = (n: number): string => '叶'.repeat(n);
  /**
   * The tallest slide of points: the most points and lines, within the characters allowed, the
   * last point one full line (where reveal's slide number sits); twice, for a second slide as
   * full (points are shared out evenly over their slides).
   */
  const points = (): string[] => {
    const perLine = limits.pointLineChars;
    const twoLines = limits.maxPointLines - limits.maxPoints;
    const oneLine = limits.maxPoints - twoLines;
    const left = limits.maxChars - twoLines * (perLine + 1);
    const last = Math.min(perLine, left - (oneLine - 1));
    const others = Math.min(perLine, Math.floor((left - last) / (oneLine - 1)));
    const tallest = [
      ...Array.from({ length: oneLine - 1 }, () => wide(others)),
      ...Array.from({ length: twoLines }, () => wide(perLine + 1)),
      wide(last),
    ];
    return [...tallest, ...tallest];
  };
  /** A table of two slides' worth of rows, each row as wide as one line holds. */
  const table = (columns: number): object => {
    const width = tableRowChars(columns, limits);
    const cells = Array.from({ length: columns }, (_, i) =>
      wide(Math.floor(((i + 1) * width) / columns) - Math.floor((i * width) / columns)),
    );
    return {
      title: wide(limits.maxHeadingChars),
      columns: cells,
      rows: Array.from({ length: 2 * limits.maxTableRows }, () => cells),
    };
  };
  // The first sources slide at its most items and lines (the article's own line first), then a
  // second as full (sources are shared out evenly over their slides).
  const twoLineSources = limits.maxSourceLines - limits.maxSources;
  const sourcesOf = (count: number): string[] => [
    ...Array.from({ length: twoLineSources }, () => wide(2 * limits.sourceLineChars)),
    ...Array.from({ length: count - twoLineSources }, () => wide(limits.sourceLineChars)),
  ];
  // Each with an address, which paper prints under it: a long one, on a line of its own.
  const sources = [...sourcesOf(limits.maxSources - 1), ...sourcesOf(limits.maxSources)].map((text, i) => ({
    text,
    url: `https://www.example.org/autumn-leaves/chlorophyll-and-carotenoids/source-${i + 1}.html`,
  }));
  const spec = {
    subtitle: wide(limits.maxSubtitleChars),
    author: wide(limits.maxAuthorChars),
    intro: { title: wide(limits.maxHeadingChars), points: points() },
    sections: {
      [heading(0)]: { points: points(), table: table(4) },
      [heading(1)]: { table: table(2) },
      // More diagrams than a divider names (it names all but the last two and counts those), under
      // a heading of two lines: the fullest divider.
      [heading(2)]: {
        diagrams: Array.from({ length: DIAGRAMS_AT_THE_LIMITS }, (_, k) => ({
          file: `diagrams/flow${k + 1}.mmd`,
          title: wide(limits.maxHeadingChars),
          caption: wide(limits.maxCaptionChars),
        })),
      },
    },
    // No summary: the deck recaps the sections by their headings, the longest allowed.
    sources,
  };
  const diagram = [
    'flowchart LR',
    '  accTitle: 叶子变色',
    '  accDescr: 气温降低，叶绿素分解，黄色和红色显露出来。',
    '  A["气温降低"] --> B["叶绿素分解"] --> C["黄色和红色显露"]',
  ].join('\n');
  // JSON is YAML: every text arrives as written.
  return { article: lines.join('\n'), spec: JSON.stringify(spec, null, 2), diagram };
}

describe('the built deck in Chromium', () => {
  const session = useDeckSession();

  it('sets the things compared in the same weight and colour, so the table favours none of them', async () => {
    const page = await session().open('#/功能体验-对比');
    const looks = await page.locator('section.present table.comparison tbody tr').evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('td'), (td) => {
          const style = getComputedStyle(td);
          return `${style.fontWeight} ${style.color}`;
        }),
      ),
    );
    expect(looks.length).toBeGreaterThan(3);
    for (const cells of looks) expect(new Set(cells).size).toBe(1);
    await page.context().close();
  });

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
    const { total, seen, overflow } = await stepThrough(page);
    expect(seen).toHaveLength(total);
    expect(overflow).toEqual([]);
    await page.context().close();
  });

  it('never breaks a hyphenated term such as SM-DP+ at its hyphen, however narrow its line', async () => {
    const page = await session().open('#/功能体验-esim-order');
    const broken = await page.evaluate(() => {
      const caption = document.querySelector('section.present figcaption') as HTMLElement;
      const terms = Array.from(caption.querySelectorAll('.term'));
      const found: string[] = [];
      // Every width from a few characters to a full line puts a line end somewhere in the term.
      for (let width = 60; width <= 900; width += 4) {
        caption.style.width = `${width}px`;
        for (const term of terms) {
          const tops = new Set(Array.from(term.getClientRects(), (r) => Math.round(r.top)));
          if (tops.size > 1) found.push(`${term.textContent} at ${width}px`);
        }
      }
      return { terms: terms.map((t) => t.textContent), found };
    });
    expect(broken).toEqual({ terms: ['SM-DP+'], found: [] });
    await page.context().close();
  });

  it('shows the whole chapter menu on a laptop screen, the summary and sources without scrolling', async () => {
    const page = await session().open('#/功能体验-esim-order');
    await page.keyboard.press('m');
    const menu = page.locator('#chapter-menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    const fit = await menu.evaluate((dialog) => {
      const last = dialog.querySelector('.chapter-list > li:last-child a') as Element;
      const box = last.getBoundingClientRect();
      return {
        // The menu's body scrolls when it must; here it must not have to.
        scrolls: [dialog, ...Array.from(dialog.querySelectorAll('*'))].some(
          (el) => el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY),
        ),
        last: last.textContent,
        lastInView: box.top >= 0 && box.bottom <= window.innerHeight,
      };
    });
    expect(fit).toEqual({ scrolls: false, last: '参考资料', lastInView: true });
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

  it('draws a point’s label in the bold face, and keeps the article’s bold bold in the notes read on the page', async () => {
    const page = await session().open('?transition=none#/物理形态-要点/9');
    await page.evaluate(() => document.fonts.ready);
    const label = '.reveal .slides section.present li strong.point-label';
    expect(await page.locator(label).allTextContents()).toEqual(['SIM 卡：', 'eSIM：', '出境旅行：']);
    expect(await drawnFonts(page, label)).toEqual(['NotoSansSC-Bold']);
    // reveal's reset stylesheet takes the weight from <strong>; the reader view and the notes pages
    // show the article's paragraphs, and their bold, inside the deck.
    const weight = await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.innerHTML = '正文<strong>加粗</strong>';
      document.querySelector('.reveal .slides section.present')?.append(probe);
      return getComputedStyle(probe.querySelector('strong') as Element).fontWeight;
    });
    expect(weight).toBe('700');
    await page.context().close();
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
      await deckDrawn(page);
      expect(await page.evaluate(() => document.fonts.check('30px "Noto Sans SC"', '对比'))).toBe(true);
      expect(await page.locator('section.present table.comparison').isVisible()).toBe(true);
      expect(failed).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('a deck at the limits: another article and spec as large as the deck accepts', () => {
  it('fits every slide, with the longest title and headings and the most sections allowed', async () => {
    const root = scratchDir('deck-at-the-limits-');
    mkdirSync(join(root, 'slides', 'diagrams'), { recursive: true });
    const { article, spec, diagram } = articleAtTheLimits(defaultLimits);
    writeFileSync(join(root, 'slides', 'article.md'), article);
    writeFileSync(join(root, 'slides', 'deck.yaml'), spec);
    for (let k = 1; k <= DIAGRAMS_AT_THE_LIMITS; k += 1)
      writeFileSync(join(root, 'slides', 'diagrams', `flow${k}.mmd`), diagram);
    const generated = await generateDeck({ root, article: 'slides/article.md', spec: 'slides/deck.yaml' });
    expect(generated.deck.sections).toHaveLength(defaultLimits.maxSections);
    expect(generated.deck.title).toHaveLength(defaultLimits.maxTitleChars);
    // Every kind of slide at its fullest, and continued under a numbered title.
    const slide = (id: string) => generated.deck.slides.find((s) => s.id === id);
    const fullest = {
      intro: slide('引言'),
      summary: slide('总结'),
      table: generated.deck.slides.find((s) => s.kind === 'table'),
      sources: slide('来源'),
    };
    expect(fullest.intro?.kind === 'intro' && fullest.intro.points).toHaveLength(defaultLimits.maxPoints);
    // A point for every section, six of them its heading at its longest, on one slide.
    expect(
      fullest.summary?.kind === 'summary' && [fullest.summary.part, fullest.summary.points.slice(1)],
    ).toEqual([undefined, generated.deck.sections.slice(1).map((section) => section.heading)]);
    expect(fullest.table?.kind === 'table' && fullest.table.rows).toHaveLength(defaultLimits.maxTableRows);
    // The article's own tables, each with its two-line caption, the second under a one-line heading.
    expect(
      generated.deck.slides.flatMap((s) => (s.kind === 'table' && s.caption ? [s.rows.length] : [])),
    ).toEqual([defaultLimits.maxTableRows - 1, defaultLimits.maxTableRows]);
    expect(fullest.sources?.kind === 'sources' && fullest.sources.items).toHaveLength(
      defaultLimits.maxSources,
    );
    expect(generated.deck.slides.map((s) => s.id)).toEqual(
      expect.arrayContaining(['引言-2', '来源-2', expect.stringMatching(/-要点-2$/)]),
    );
    const dividers = generated.deck.slides.flatMap((s) => (s.kind === 'section' ? [s] : []));
    expect(Math.max(...dividers.map((s) => s.contents.length))).toBe(DIAGRAMS_AT_THE_LIMITS);
    // The built page, with these slides and their font subsets in place of the deck's own.
    const site = siteWithDeck(generated);
    const server = await serveStatic(site);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await tab.goto(`${server.url}?transition=none`);
      await deckDrawn(tab);
      const { total, seen, overflow } = await stepThrough(tab);
      expect(seen).toHaveLength(total);
      expect(overflow).toEqual([]);
      // Inside the slide is not enough: no text may run under reveal's slide number or arrows,
      // and a diagram's caption keeps to two lines, leaving the drawing its room.
      const hidden: string[] = [];
      for (const id of seen) {
        await goToSlide(tab, id);
        hidden.push(
          ...(await tab.evaluate(() => {
            const chrome = Array.from(
              document.querySelectorAll('.reveal .slide-number, .reveal .controls button'),
            )
              .filter((el) => getComputedStyle(el).visibility === 'visible')
              .map((el) => el.getBoundingClientRect())
              .filter((r) => r.width > 0 && r.height > 0);
            const slide = document.querySelector('.reveal .slides > section.present') as Element;
            const found: string[] = [];
            const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.textContent?.trim() || node.parentElement?.closest('aside.notes')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const line of Array.from(range.getClientRects())) {
                const under = chrome.some(
                  (c) =>
                    line.left < c.right - 1 &&
                    line.right > c.left + 1 &&
                    line.top < c.bottom - 1 &&
                    line.bottom > c.top + 1,
                );
                if (under)
                  found.push(`${slide.id}: "${node.textContent.slice(0, 12)}…" under reveal's controls`);
              }
            }
            const caption = slide.querySelector('figcaption');
            if (caption) {
              const range = document.createRange();
              range.selectNodeContents(caption);
              const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
              if (tops.size > 2) found.push(`${slide.id}: the caption takes ${tops.size} lines`);
            }
            return found;
          })),
        );
      }
      expect(hidden).toEqual([]);
      // On screen a source's link opens it; on paper each source prints its address beside it,
      // and a full slide of them still fits its page, clear of the page's number.
      await goToSlide(tab, '来源');
      expect(await tab.locator('section.present ul.sources a').count()).toBe(defaultLimits.maxSources - 1);
      expect(await tab.locator('.source-address:visible').count()).toBe(0);
      const paper = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await paper.goto(`${server.url}?print-pdf`);
      await paper.waitForSelector('.reveal .pdf-page .source-address');
      await paper.evaluate(() => document.fonts.ready);
      const printed = await paper.evaluate(() =>
        Array.from(
          document.querySelectorAll('.reveal .pdf-page:has(section[data-kind="sources"])'),
          (page) => {
            const bottom = Math.min(
              page.getBoundingClientRect().bottom,
              (page.querySelector('.slide-number-pdf') ?? page).getBoundingClientRect().top,
            );
            const addresses = Array.from(page.querySelectorAll('.source-address'), (el) => el.textContent);
            const last = Array.from(page.querySelectorAll('ul.sources > li')).at(-1);
            return { addresses, overflow: (last?.getBoundingClientRect().bottom ?? 0) - bottom };
          },
        ),
      );
      expect(printed).toHaveLength(2);
      expect(printed.map((p) => p.addresses.length)).toEqual([
        defaultLimits.maxSources - 1,
        defaultLimits.maxSources,
      ]);
      expect(printed[0]?.addresses[0]).toBe(
        'www.example.org/autumn-leaves/chlorophyll-and-carotenoids/source-1.html',
      );
      for (const { overflow } of printed) expect(overflow).toBeLessThanOrEqual(0);
      await paper.close();
      // The cover's subtitle and author at their limits keep to the one line each is allowed.
      await goToSlide(tab, 'cover');
      const coverLines = await tab.evaluate(() =>
        ['.deck-subtitle', '.deck-author'].map((selector) => {
          const range = document.createRange();
          range.selectNodeContents(document.querySelector(`#cover ${selector}`) as Element);
          return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
        }),
      );
      expect(coverLines).toEqual([1, 1]);

      // The chapter menu lists what continues over slides once, by its title, and marks it on
      // any of its parts: the second part of a table or of the introduction is found where the first is.
      const tableParts = generated.deck.slides
        .filter((s) => s.kind === 'table' && s.caption === undefined)
        .map((s) => s.id);
      const menu = await tab.evaluate(() =>
        Array.from(document.querySelectorAll('.chapter-list a'), (a) => a.getAttribute('href')),
      );
      expect(menu.filter((href) => /（|-2$/.test(decodeURIComponent(href ?? '')))).toEqual([]);
      expect(menu).toEqual(expect.arrayContaining(['#/引言', '#/总结', '#/来源', `#/${tableParts[0]}`]));
      expect(tableParts).toHaveLength(4);
      expect(menu.filter((href) => tableParts.includes(href?.slice(2) ?? ''))).toHaveLength(2);
      for (const [part, entry] of [
        ['引言-2', '引言'],
        [tableParts[1], tableParts[0]],
      ]) {
        await goToSlide(tab, part as string);
        await expect
          .poll(() => tab.locator('.chapter-list a[aria-current]').getAttribute('href'))
          .toBe(`#/${entry}`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('another article with a list and a quotation, as readers and presenters see it', () => {
  it('shows the list as a list numbered on from the slide before: under its slide, in the speaker view and on the notes page', async () => {
    const root = scratchDir('deck-with-a-list-');
    mkdirSync(join(root, 'slides'), { recursive: true });
    // Its third section ends on a numbered list of six checks, too many for one slide with the
    // sentence that leads into them: two on the first slide of points, four on the second.
    // It closes on a section of its own, the summary with its paragraphs for notes.
    writeFileSync(
      join(root, 'slides', 'article.md'),
      [
        fixture('articles/other-article.md').trimEnd(),
        // A small table whose cells wrap: a table on its slide, not its rows said one by one.
        '### 车上的灭火器',
        '常见的有三种。',
        '| 类型 | 适用火灾 | 优点 | 不足 |\n| --- | --- | --- | --- |\n| ABC干粉灭火器 | A、B、C、E类 | 适用范围广，价格便宜 | 喷后粉尘多，清理麻烦 |\n| 水基型灭火器 | A、B类，部分型号适用E、F类 | 污染小，降温效果好 | 低温环境需注意防冻 |\n| 二氧化碳灭火器 | B、C、E类 | 不留痕迹，适合精密电器 | 扑救固体火效果差，易冻伤手 |',
        '### 写在最后',
        '电动汽车和燃油车各有所长，买哪一种，要看你每天怎么用车、在哪里充电。',
        '',
      ].join('\n\n'),
    );
    const generated = await generateDeck({ root, article: 'slides/article.md', spec: 'slides/deck.yaml' });
    const server = await serveStatic(siteWithDeck(generated));
    const browser = await launchChromium();
    const rest = [
      '确认电池质保是否还在有效期内。',
      '检查充电口和随车充电线是否完好。',
      '询问车辆是否泡过水或出过事故。',
      '核对行驶里程与保养记录是否一致。',
    ];
    const third = rest[0] as string;
    /** The list in `scope`: its number, items and how it is drawn, and whether it stays in its box. */
    const listIn = (box: Locator) =>
      box.evaluate((box) => {
        const list = box.querySelector('ol') as HTMLOListElement;
        const item = list.querySelector('li') as HTMLElement;
        const style = getComputedStyle(item);
        const room = box.getBoundingClientRect();
        return {
          start: list.start,
          items: Array.from(list.children, (li) => li.textContent),
          drawn: `${getComputedStyle(list).display} ${style.display} ${style.listStyleType}`,
          // The number sits in the list's left padding: the padding must be inside the box.
          inside:
            list.getBoundingClientRect().left >= room.left &&
            item.getBoundingClientRect().left - room.left >= 16,
        };
      });
    const expected = { start: 3, items: rest, drawn: 'block list-item decimal', inside: true };
    try {
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await phone.goto(`${server.url}#/使用成本-要点-2`);
      await deckDrawn(phone);
      const notes = '.scroll-page:has(#使用成本-要点-2) .reader-notes';
      await phone.waitForSelector(notes);
      expect(await listIn(phone.locator(notes))).toEqual(expected);
      // The list's first items and the sentence that announces them, under the slide before.
      const before = phone.locator('.scroll-page:has(#使用成本-要点) .reader-notes');
      expect(await before.locator(':scope > ol > li').allTextContents()).toEqual([
        '查看电池健康度报告。',
        '试驾时留意续航显示是否稳定。',
      ]);
      expect(
        await before.locator(':scope > ol').evaluate((ol) => ol.previousElementSibling?.textContent),
      ).toBe('看一辆二手电动汽车，可以按这个顺序检查：');

      // A quotation is set off from the prose around it, under its slide.
      const quote = phone.locator('.scroll-page:has(#环境影响-要点) .reader-notes > blockquote');
      expect(
        await quote.evaluate((q) => [
          q.textContent,
          getComputedStyle(q).borderLeftStyle,
          q.previousElementSibling?.textContent,
        ]),
      ).toEqual(['电动汽车是否更环保，关键要看电从哪里来。', 'solid', '一位能源研究人员这样总结：']);

      const desk = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await desk.goto(`${server.url}#/使用成本-要点-2`);
      await desk.waitForSelector('html[data-presenter-tools="ready"]', { state: 'attached' });
      // On the slide it is a point, without the item's full stop; the notes keep the article's text.
      // The sentence that leads into the list is said again over it, marked as going on (续) and
      // shown from the start: the items are the slide's steps.
      expect(await desk.locator('section.present ul.points > li').allTextContents()).toEqual([
        '看一辆二手电动汽车，可以按这个顺序检查（续）',
        ...rest.map((item, i) => `${i + 3}. ${item.replace(/。$/, '')}`),
      ]);
      expect(await desk.locator('section.present ul.points > li.fragment').count()).toBe(rest.length);
      // The wrapped table fits its slide, each cell in two lines at most.
      await desk.goto(`${server.url}#/车上的灭火器-表格`);
      await desk.waitForSelector('section.present table.comparison');
      expect(await overflowingElements(desk)).toEqual([]);
      const cellLines = await desk.locator('section.present table.comparison td').evaluateAll((cells) =>
        cells.map((td) => {
          const style = getComputedStyle(td);
          const text = td.getBoundingClientRect().height - Number.parseFloat(style.paddingTop) * 2;
          return Math.round(text / Number.parseFloat(style.lineHeight));
        }),
      );
      expect(cellLines.length).toBe(9);
      expect(Math.max(...cellLines)).toBe(2);
      await desk.goto(`${server.url}#/使用成本-要点-2`);
      await desk.waitForSelector('html[data-presenter-tools="ready"]', { state: 'attached' });
      const [speaker] = await Promise.all([desk.context().waitForEvent('page'), desk.keyboard.press('s')]);
      const speakerNotes = '.speaker-controls-notes .value';
      await speaker.waitForSelector(`${speakerNotes} ol`);
      expect(await listIn(speaker.locator(speakerNotes))).toEqual(expected);
      await speaker.close();

      const paper = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await paper.goto(`${server.url}?print-pdf&showNotes=separate-page`);
      await paper.waitForSelector('.speaker-notes-pdf ol');
      expect(await listIn(paper.locator('.speaker-notes-pdf', { hasText: third }))).toEqual(expected);

      // The readers' handout: the sources, a slide without notes, share the summary's sheet under
      // its notes rather than take an A4 sheet of their own for two lines.
      const handout = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await handout.goto(`${server.url}?print-pdf&showNotes=handout&cues=off`);
      await handout.waitForSelector('html.print-handout');
      const sources = handout.locator('.pdf-page', { has: handout.locator('section[data-kind="sources"]') });
      expect(
        await sources.locator('section[data-kind]').evaluateAll((all) => all.map((s) => s.dataset.kind)),
      ).toEqual(['summary', 'sources']);
      expect(await sources.locator('.speaker-notes-pdf').textContent()).toContain('各有所长');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('an article with Latin terms, a very long word and a long heading, as readers see it', () => {
  it('keeps an agenda entry’s words together, shows points with Latin words whole by their width, wraps a long word in the notes and breaks a heading’s two lines between words, on the slide and in the menu', async () => {
    const root = scratchDir('deck-latin-terms-');
    mkdirSync(join(root, 'slides'), { recursive: true });
    writeFileSync(join(root, 'slides', 'article.md'), fixture('articles/latin-terms.md'));
    const generated = await generateDeck({ root, article: 'slides/article.md', spec: 'slides/deck.yaml' });
    const server = await serveStatic(siteWithDeck(generated));
    const browser = await launchChromium();
    try {
      const desk = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await desk.goto(`${server.url}#/目录`);
      await deckDrawn(desk);
      // Between a term (5G-Advanced, Wi-Fi 7) and the words beside it, no wider a gap than a space.
      const gaps = await desk.locator('ol.agenda li', { hasText: 'Wi-Fi 7' }).evaluate((li) => {
        const size = Number.parseFloat(getComputedStyle(li).fontSize);
        const boxes: DOMRect[] = [];
        const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.agenda-number')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          boxes.push(range.getBoundingClientRect());
        }
        return boxes.slice(1).map((box, i) => (box.left - (boxes[i] as DOMRect).right) / size);
      });
      expect(gaps.length).toBeGreaterThanOrEqual(3);
      for (const gap of gaps) expect(gap).toBeLessThan(0.35);

      // The divider's heading takes two lines broken between words: at its colon, not after
      // 一个在 (inside 城里), and not leaving one character on a line of its own.
      const part = generated.deck.slides.find(
        (s) => s.kind === 'section' && s.section.heading.startsWith('覆盖'),
      );
      await goToSlide(desk, part?.id ?? '');
      const lines = await textLines(desk.locator('section.present h2.section-title'));
      expect(lines).toEqual(['覆盖范围：', '一个在城里，一个在屋里']);

      // Points with Latin words in them are cut by their width, not their count of letters: each
      // shows whole, in two lines at most, two to a slide, and every slide still fits.
      const standards = generated.deck.slides.filter(
        (s) => s.kind === 'points' && s.section?.heading === '标准与规范',
      );
      expect(standards.map((s) => (s.kind === 'points' ? s.points.length : 0))).toEqual([2, 2, 1]);
      for (const slide of standards) {
        await desk.goto(`${server.url}?transition=none#/${encodeURIComponent(slide.id)}/9`);
        await desk.waitForSelector(`section.present[id="${slide.id}"]`);
        await desk.evaluate(() => document.fonts.ready);
        expect(await overflowingElements(desk), slide.id).toEqual([]);
        for (const point of await desk.locator('section.present li').all()) {
          expect(await point.textContent()).not.toContain('…');
          expect((await textLines(point)).length, (await point.textContent()) ?? '').toBeLessThanOrEqual(2);
        }
      }

      // A word longer than the notes' line, and a bare address, wrap inside the notes on a phone.
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const points = generated.deck.slides.find(
        (s) => s.kind === 'points' && s.section?.heading.startsWith('覆盖'),
      );
      await phone.goto(`${server.url}#/${encodeURIComponent(points?.id ?? '')}`);
      await deckDrawn(phone);
      const notes = phone.locator(`.scroll-page:has(section[id="${points?.id}"]) .reader-notes`);
      await notes.waitFor();
      expect(await notes.textContent()).toContain('Methyltheobrominecaffeinetrimethylxanthine');
      expect(await notes.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);

      // The phone's chapter menu keeps a long entry's number beside its name, which breaks
      // between words as the heading does.
      await phone.getByRole('button', { name: '目录' }).first().click();
      const entry = phone.locator('#chapter-menu .chapter-section', { hasText: '覆盖范围' });
      await entry.waitFor();
      const nameLines = await textLines(entry.locator('a'));
      // The name's first line starts on the number's line: within the entry's first line height.
      const nameOnTheNumbersLine = await entry.evaluate((li) => {
        const range = document.createRange();
        range.selectNodeContents(li.querySelector('a') as HTMLElement);
        const first = range.getClientRects()[0]?.top ?? Number.POSITIVE_INFINITY;
        return first < li.getBoundingClientRect().top + Number.parseFloat(getComputedStyle(li).lineHeight);
      });
      expect({ lines: nameLines, nameOnTheNumbersLine }).toEqual({
        lines: ['覆盖范围：一个在城里，', '一个在屋里'],
        nameOnTheNumbersLine: true,
      });
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
