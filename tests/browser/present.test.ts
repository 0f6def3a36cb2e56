import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentSlide, goToSlide, lineBreaks, useDeckSession } from '../support/browser.ts';
import { scratchDir } from '../support/fixtures.ts';
import { readPdf, squeeze } from '../support/pdf.ts';

/**
 * What Ctrl+P gives from the page as it stands (no print view): the PDF Chromium prints, read
 * back, beside each slide's heading and every point on it, and the page's colours on paper.
 */
async function printedAsIs(page: Page) {
  const path = join(scratchDir('deck-ctrl-p-'), 'printed.pdf');
  await page.pdf({ path, preferCSSPageSize: true });
  const slides = await page.$$eval('.reveal .slides section[data-kind]', (els) =>
    els.map((el) => ({
      heading: el.querySelector('h1, h2')?.textContent ?? '',
      // The slide's own lists, not its notes' (a diagram's steps), which paper does not show.
      points: Array.from(el.querySelectorAll('li'))
        .filter((li) => !li.closest('aside.notes'))
        .map((li) => li.textContent ?? ''),
    })),
  );
  await page.emulateMedia({ media: 'print' });
  // The paper's ground is the page's canvas: the root's background, or the body's where it has none.
  const paper = await page.evaluate(() => {
    const root = getComputedStyle(document.documentElement).backgroundColor;
    return root === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.body).backgroundColor : root;
  });
  await page.emulateMedia({ media: 'screen' });
  return { pdf: await readPdf(path), slides, paper };
}

/**
 * Sets the speaker view's pacing clock to a state, as reveal's view does, and reads the word beside
 * it in the same task: reveal's clock sets its own state again every second and would otherwise
 * put it back between the two.
 */
function pacingWordFor(speaker: Page, state: string): Promise<string | null | undefined> {
  return speaker.locator('.speaker-controls-time .pacing').evaluate(async (el, state) => {
    el.setAttribute('class', `pacing ${state}`);
    // The observer's callback is a microtask queued before this one.
    await Promise.resolve();
    return el.querySelector('.pacing-state')?.textContent;
  }, state);
}

/**
 * Clicks a toolbar control as someone with a mouse does: the pointer moves first. At rest for
 * three seconds the toolbar goes out of the audience's view and takes no clicks until it moves,
 * and a busy machine can take that long between opening the deck and the click.
 */
async function clickInToolbar(page: Page, control: Locator): Promise<void> {
  await page.mouse.move(600, 300);
  await page.mouse.move(610, 305);
  await control.click();
}

/** reveal's own notes pages: each one's type size, and whether it fits the height of a slide's page. */
function notesPageSizes(page: Page): Promise<{ px: number; fits: boolean; smaller: boolean }[]> {
  return page.evaluate(() => {
    const height = Number.parseFloat(
      document.querySelector<HTMLElement>('.reveal .slides > .pdf-page')?.style.height ?? '',
    );
    return Array.from(
      document.querySelectorAll<HTMLElement>(
        '.reveal .slides > .speaker-notes-pdf[data-layout="separate-page"]',
      ),
      (notes) => {
        const px = Number.parseFloat(getComputedStyle(notes).fontSize);
        return { px, fits: notes.offsetHeight <= height, smaller: px < 20 };
      },
    );
  });
}

/** The reader view's page (one screen) that holds the slide with this id. */
function scrollPageOf(page: Page, slideId: string) {
  return page.locator('.scroll-page', { has: page.locator(`section#${slideId}`) });
}

/** Which of a slide's points are on screen, in order. */
async function stepsShown(page: Page, slideId: string): Promise<boolean[]> {
  const points = await page.locator(`section#${slideId} ul.points li`).all();
  return Promise.all(points.map((point) => point.evaluate((el) => getComputedStyle(el).opacity !== '0')));
}

/**
 * What moves or fades on the slides (the slides, their backgrounds, their points, the progress
 * bar) when `act` runs: the CSS transitions it starts, as "element property". reveal's arrows,
 * which only light up, are left out.
 */
async function transitionsStartedBy(page: Page, act: () => Promise<void>): Promise<string[]> {
  type Watched = Window & { deckTransitions?: string[] };
  await page.evaluate(() => {
    const win = window as Watched;
    if (!win.deckTransitions)
      document.addEventListener('transitionrun', (event) => {
        const el = event.target as Element;
        if (!el.closest('.reveal .slides, .reveal .backgrounds, .reveal .progress')) return;
        win.deckTransitions?.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${event.propertyName}`,
        );
      });
    win.deckTransitions = [];
  });
  await act();
  // A transition's transitionrun comes in the frame after the style change that starts it.
  return page.evaluate(
    () =>
      new Promise<string[]>((done) => {
        let frames = 3;
        const tick = (): void => {
          frames -= 1;
          if (frames > 0) requestAnimationFrame(tick);
          else done([...new Set((window as Watched).deckTransitions)]);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** The height on screen of a drawing's smallest line of label text, in CSS px. Runs in the page. */
function smallestLabelOf(svg: Element): number {
  let smallest = Number.POSITIVE_INFINITY;
  for (const text of Array.from(svg.querySelectorAll('text'))) {
    if (!text.textContent?.trim()) continue;
    const lines = text.querySelectorAll('tspan[dy], tspan[y]').length || 1;
    smallest = Math.min(smallest, text.getBoundingClientRect().height / lines);
  }
  return smallest;
}

/** The size an element's text is drawn at on screen, in CSS px: a slide is scaled as a whole. Runs in the page. */
function drawnFontSize(el: Element): number {
  return (
    Number.parseFloat(getComputedStyle(el).fontSize) *
    (el.getBoundingClientRect().height / (el as HTMLElement).offsetHeight)
  );
}

/** Opens a window's shortcut list with ?, as a reader does, and gives it once it is in sight. */
async function shortcutList(page: Page) {
  await page.keyboard.press('Shift+Slash');
  const list = page.getByRole('dialog', { name: '快捷键' });
  await expect.poll(() => list.isVisible()).toBe(true);
  return list;
}

/** The diagram in the open "enlarge" dialog: which one, its smallest label, and how it scrolls. */
async function enlargedDiagram(page: Page) {
  const smallestLabel = await page.locator('dialog[open] .diagram-zoom-view svg').evaluate(smallestLabelOf);
  const seen = await page.evaluate(() => {
    const view = document.querySelector('dialog[open] .diagram-zoom-view');
    const svg = view?.querySelector('svg');
    if (!view || !svg) throw new Error('no diagram in an open dialog');
    return {
      id: svg.id,
      scrollsSideways: view.scrollWidth > view.clientWidth,
      scrollsDown: view.scrollHeight > view.clientHeight,
      pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
  return { ...seen, smallestLabel };
}

/**
 * Whether the open "enlarge" dialog shows its diagram's first message: whole, or from its start
 * when it is wider than the dialog.
 */
function firstStepInView(page: Page) {
  return page.evaluate(() => {
    const view = document.querySelector('dialog[open] .diagram-zoom-view');
    const step = view?.querySelector('svg [class^="messageLine"]');
    if (!view || !step) throw new Error('no sequence diagram in an open dialog');
    const shown = view.getBoundingClientRect();
    const line = step.getBoundingClientRect();
    const startShown = line.left >= shown.left && line.left < shown.right - 48;
    return startShown && (line.right <= shown.right || line.width > shown.width);
  });
}

/** Opens the presenter's search with its key, as a presenter does, and gives its box. */
async function openSearch(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+Shift+F');
  const input = page.getByRole('searchbox', { name: '搜索幻灯片' });
  await expect.poll(() => input.isVisible()).toBe(true);
  return input;
}

describe('presenting and reading the built deck', () => {
  const session = useDeckSession();
  /** The deck as a phone (touch screen, mobile viewport) of this size opens it. */
  const openOnPhone = (hash: string, width: number, height: number) =>
    session().open(hash, { width, height }, { hasTouch: true, isMobile: true });

  it('fills a 4K screen at 100 % scaling with the slide, as a meeting room’s TV shows it', async () => {
    const page = await session().open('#/物理形态-要点', { width: 3840, height: 2160 });
    const slide = await page.locator('.reveal .slides').boundingBox();
    // reveal keeps a 4 % margin: the slide takes the screen's height less that.
    expect(slide && slide.height / 2160).toBeGreaterThan(0.9);
    // The toolbar and the slide number around it grow with it: twice their laptop size.
    const button = await page.getByRole('button', { name: '目录' }).boundingBox();
    expect(button?.height).toBeGreaterThanOrEqual(88);
    const number = await page.locator('.reveal .slide-number').boundingBox();
    expect(number?.height).toBeGreaterThanOrEqual(2 * 26);
    await page.keyboard.press('m');
    expect(
      await page.locator('#chapter-menu h2').evaluate((h2) => h2.getBoundingClientRect().height),
    ).toBeGreaterThanOrEqual(2 * 32);
    await page.keyboard.press('Escape');
    // A diagram opened large fits the screen, its close button in sight.
    await goToSlide(page, '功能体验-esim-order');
    await page.locator('section.present h2').click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = await page.locator('dialog[open]').boundingBox();
    expect(dialog && dialog.y >= 0 && dialog.x >= 0 && dialog.y + dialog.height <= 2160).toBe(true);
    expect(dialog && dialog.x + dialog.width <= 3840).toBe(true);
    expect(await page.locator('dialog[open]').getByRole('button', { name: '关闭' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('keeps the place on reload through a readable deep link', async () => {
    const page = await session().open('#/应用场景-要点');
    expect((await currentSlide(page)).id).toBe('应用场景-要点');
    await page.reload();
    await page.waitForSelector('.reveal.ready');
    expect((await currentSlide(page)).id).toBe('应用场景-要点');
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/应用场景-要点');
    await page.context().close();
  });

  it('opens the speaker view in a second window with the current slide’s notes in the deck’s font', async () => {
    const page = await session().open('#/物理形态-要点');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect
      .poll(async () => (await notes.textContent()) ?? '', { timeout: 15_000 })
      .toContain('传统SIM卡最直观的特点就是它的物理存在感');
    expect(await notes.textContent()).toContain('建议用时');
    // The slide is on screen beside them: the label a printed notes page needs is not shown.
    expect(await speaker.locator('.speaker-controls-notes .notes-slide').isVisible()).toBe(false);
    // It opens stacked (上下排列): the room's slide above the next step's preview, the notes beside
    // them the window's height, until the presenter picks another layout.
    await expect.poll(() => speaker.evaluate(() => document.body.dataset.speakerLayout)).toBe('tall');
    // The next slide's label sits above its preview, and the previews carry no slide number.
    // So it does in the view's other layouts (默认, 宽屏), and in the stacked one again.
    for (const layout of ['tall', 'default', 'wide', 'tall']) {
      await speaker.locator('#speaker-layout select').evaluate((select, value) => {
        (select as HTMLSelectElement).value = value;
        select.dispatchEvent(new Event('change'));
      }, layout);
      await expect
        .poll(() => speaker.evaluate(() => document.body.dataset.speakerLayout ?? 'default'))
        .toBe(layout);
      const label = await speaker.locator('#upcoming-slide > .label').boundingBox();
      const preview = await speaker.locator('#upcoming-slide iframe').boundingBox();
      expect(label && preview && label.y + label.height <= preview.y, layout).toBe(true);
    }
    const upcoming = speaker.frameLocator('#upcoming-slide iframe');
    await upcoming.locator('.reveal.ready').waitFor();
    expect(await upcoming.locator('.slide-number').isVisible()).toBe(false);
    const family = await notes.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family).toContain('Noto Sans SC');
    // The font is not just named: the speaker window loads it from the deck's own files.
    const loaded = await speaker.evaluate(async () => {
      await document.fonts.load('16px "Noto Sans SC"', '讲稿');
      return Array.from(document.fonts)
        .filter((face) => face.family.includes('Noto Sans SC') && face.status === 'loaded')
        .map((face) => face.weight);
    });
    expect(loaded).toContain('400');
    await expect.poll(() => speaker.locator('.speaker-controls-time .timer').isVisible()).toBe(true);
    expect(await speaker.locator('.speaker-controls-notes > .label').textContent()).toBe('讲稿');
    // The timer's label, and the hint that shows on it under the pointer, read apart.
    expect(await speaker.locator('.speaker-controls-time > .label').first().textContent()).toBe(
      '计时（点击重新计时）',
    );
    // The preview shows the next build step, and reveal's pacing clock counts to this slide's
    // planned end from the talk's start: labels that say so, not "next slide" and "time left".
    expect(await speaker.locator('#upcoming-slide > .label').textContent()).toBe('接下来');
    expect(await speaker.locator('.speaker-controls-time .pacing-title').textContent()).toBe(
      '距本页计划结束',
    );
    // Its colour is said in a word beside it, as reveal's view sets the class: ahead, on time, over.
    const said = [];
    for (const name of ['behind', 'on-track', 'ahead']) said.push(await pacingWordFor(speaker, name));
    expect(said).toEqual(['超时', '按计划', '提前']);
    expect(await speaker.title()).toBe('演讲者视图');
    // Its layout menu speaks Chinese too, also after the presenter picks another layout.
    const layout = speaker.locator('#speaker-layout');
    expect(await layout.locator('option').allTextContents()).toEqual(['默认', '宽屏', '上下排列', '仅讲稿']);
    expect(await layout.locator('.speaker-layout-label').textContent()).toBe('布局：上下排列');
    await layout.locator('select').selectOption('notes-only');
    await expect.poll(() => layout.locator('.speaker-layout-label').textContent()).toBe('布局：仅讲稿');
    // The clock in 24 hours, as the view's script rewrites it every second.
    await speaker.waitForTimeout(1100);
    expect(await speaker.locator('.speaker-controls-time .clock-value').textContent()).toMatch(
      /^\d{2}:\d{2}$/,
    );
    await page.context().close();
  });

  /**
   * Opens the speaker view with S, once its timer shows, and once it shows these words in its
   * notes when they are given (the view has then found the page).
   */
  const openSpeaker = async (page: Page, notesSay?: string): Promise<Page> => {
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await expect
      .poll(() => speaker.locator('.speaker-controls-time .timer').isVisible(), { timeout: 15_000 })
      .toBe(true);
    // Both previews started: they share the view's main thread, and their start-up would stall
    // its clock and its messages to the room while a test reads them.
    for (const preview of ['#current-slide', '#upcoming-slide'])
      await speaker.frameLocator(`${preview} iframe`).locator('.reveal.ready').waitFor({ timeout: 15_000 });
    if (notesSay)
      await expect
        .poll(async () => (await speaker.locator('.speaker-controls-notes').textContent()) ?? '', {
          timeout: 15_000,
        })
        .toContain(notesSay);
    return speaker;
  };
  /** The speaker view's timer, in seconds. */
  const timerSeconds = (speaker: Page): Promise<number> =>
    speaker.locator('.speaker-controls-time .timer').evaluate((timer) => {
      const part = (name: string) => Number(timer.querySelector(name)?.textContent?.replace(':', '') ?? 0);
      return part('.hours-value') * 3600 + part('.minutes-value') * 60 + part('.seconds-value');
    });
  /** Closes the speaker view as its own close button does, until the audience's page has seen it. */
  const closeSpeaker = async (page: Page, speaker: Page): Promise<void> => {
    await speaker.evaluate(() => window.close());
    // The presenting mark goes once the page sees the view closed: S then opens anew.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('deck-presenting')))
      .toBe(false);
    await page.bringToFront();
  };

  it('starts the speaker view’s timer when the talk leaves the cover, counting the cover’s planned time', async () => {
    const page = await session().open('#/cover');
    const speaker = await openSpeaker(page);
    const planned = Number(await page.$eval('section#cover', (el) => (el as HTMLElement).dataset.timing));
    expect(planned).toBeGreaterThan(5);
    const seconds = () => timerSeconds(speaker);
    // Opened before the talk, the view holds its clocks at the start while the deck waits on
    // the cover: no time counted, no overtime shown, and no second flickering on and back.
    await speaker.waitForTimeout(1500);
    const read: number[] = [];
    for (let i = 0; i < 25; i++) {
      read.push(await seconds());
      await speaker.waitForTimeout(100);
    }
    expect(read.filter((s) => s !== 0)).toEqual([]);
    expect(await speaker.locator('.speaker-controls-time .pacing').getAttribute('class')).not.toContain(
      'behind',
    );
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect.poll(seconds, { timeout: 5_000 }).toBeGreaterThanOrEqual(planned);
    expect(await seconds()).toBeLessThanOrEqual(planned + 2);
    await page.context().close();
  });

  it('holds a speaker view closed and opened again on the cover at zero too, until the talk starts', async () => {
    const page = await session().open('#/cover');
    await closeSpeaker(page, await openSpeaker(page));
    const again = await openSpeaker(page);
    await again.waitForTimeout(3500);
    expect(await timerSeconds(again)).toBeLessThanOrEqual(1);
    await page.context().close();
  });

  it('opens the speaker view with S while the room’s screen is black, and says there that it is', async () => {
    const page = await session().open('#/引言');
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.reveal.paused').count()).toBe(1);
    const speaker = await openSpeaker(page);
    await expect.poll(() => speaker.getByText('观众屏幕已黑屏，按 B 恢复').isVisible()).toBe(true);
    // The room stays black until B.
    expect(await page.locator('.reveal.paused').count()).toBe(1);
    await page.context().close();
  });

  it('holds a speaker view closed and at once opened again on the cover at zero, the talk still marked on', async () => {
    const page = await session().open('#/cover');
    // Closed and opened again within the second in which the page looks whether it is open.
    await (await openSpeaker(page)).evaluate(() => window.close());
    await page.bringToFront();
    const again = await openSpeaker(page);
    await again.waitForTimeout(3500);
    expect(await timerSeconds(again)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.classList.contains('deck-presenting'))).toBe(
      true,
    );
    await page.context().close();
  });

  it('holds a speaker view left open over a reload on the cover at zero again, until the talk starts', async () => {
    const page = await session().open('#/cover');
    const speaker = await openSpeaker(page, '建议用时');
    await page.reload();
    await page.waitForSelector('html[data-presenter-tools="ready"]', { state: 'attached' });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('deck-presenting')))
      .toBe(true);
    await speaker.waitForTimeout(3500);
    expect(await timerSeconds(speaker)).toBeLessThanOrEqual(1);
    await page.context().close();
  });

  it('starts a speaker view opened again mid-talk at the planned time of the slides so far, not at zero', async () => {
    const page = await session().open('#/功能体验');
    const before = await page.$$eval('.reveal .slides > section', (slides) => {
      const here = slides.findIndex((slide) => slide.id === '功能体验');
      return slides
        .slice(0, here)
        .reduce((sum, slide) => sum + Number((slide as HTMLElement).dataset.timing), 0);
    });
    expect(before).toBeGreaterThan(60);
    const first = await openSpeaker(page);
    await expect.poll(() => timerSeconds(first), { timeout: 15_000 }).toBeGreaterThanOrEqual(before);
    await closeSpeaker(page, first);
    const again = await openSpeaker(page);
    await expect.poll(() => timerSeconds(again), { timeout: 15_000 }).toBeGreaterThanOrEqual(before);
    expect(await timerSeconds(again)).toBeLessThanOrEqual(before + 3);
    await page.context().close();
  });

  it('takes the open speaker view over again with S after the audience’s page is reloaded', async () => {
    const page = await session().open('#/功能体验');
    const speaker = await openSpeaker(page, '第二部分');
    const notes = speaker.locator('.speaker-controls-notes .value');
    await page.reload();
    await page.waitForSelector('html[data-presenter-tools="ready"]', { state: 'attached' });
    await page.bringToFront();
    await page.keyboard.press('s');
    // The same window, where the presenter put it, following the reloaded page.
    await goToSlide(page, '功能体验-要点');
    await expect.poll(async () => (await notes.textContent()) ?? '', { timeout: 15_000 }).toContain('远程');
    expect(await speaker.locator('.speaker-controls-notes .value').count()).toBe(1);
    expect(page.context().pages()).toHaveLength(2);
    await page.context().close();
  });

  it('keeps the speaker view as the deck set it up when the audience’s page is reloaded without S', async () => {
    const page = await session().open('#/物理形态-要点');
    const speaker = await openSpeaker(page, '物理存在感');
    const notes = speaker.locator('.speaker-controls-notes');
    const clock = speaker.locator('.speaker-controls-time .clock-value');
    await page.reload();
    await page.waitForSelector('html[data-presenter-tools="ready"]', { state: 'attached' });
    // The view calls to the reloaded page every second and is taken on as it is.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('deck-presenting')), {
        timeout: 5_000,
      })
      .toBe(true);
    // Its clock stays in 24 hours and its menu in Chinese, as the view's script rewrites them.
    await clock.evaluate((el) => {
      el.textContent = '09:41 AM';
    });
    await expect.poll(() => clock.textContent()).toMatch(/^\d{2}:\d{2}$/);
    // The pacing clock's word still follows its class, as the view sets it each second.
    expect(await pacingWordFor(speaker, 'behind')).toBe('超时');
    expect(await speaker.locator('.speaker-controls-time .pacing .pacing-state').count()).toBe(1);
    const label = speaker.locator('#speaker-layout .speaker-layout-label');
    await speaker.locator('#speaker-layout select').selectOption('wide');
    await expect.poll(() => label.textContent()).toBe('布局：宽屏');
    // A new slide's notes still open at their top.
    await notes.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect(await notes.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // Its keys, set by the page gone, are set again by the reloaded one: ? lists them, and the
    // focused notes keep their scroll keys.
    await speaker.bringToFront();
    await speaker.keyboard.press('Shift+Slash');
    await expect.poll(() => speaker.locator('#speaker-keys').isVisible()).toBe(true);
    await speaker.keyboard.press('Escape');
    await expect.poll(() => speaker.locator('#speaker-keys').isVisible()).toBe(false);
    const shown = () => page.locator('section.present .fragment.visible').count();
    const before = await shown();
    // A click into the notes, on their heading (their text may hold links).
    await notes.locator('.label').click();
    await speaker.keyboard.press('ArrowDown');
    await speaker.waitForTimeout(500);
    expect(await shown()).toBe(before);
    await page.bringToFront();
    await goToSlide(page, '功能体验-sim-provisioning');
    await expect
      .poll(async () => (await notes.textContent()) ?? '', { timeout: 15_000 })
      .toContain('卡商在工厂');
    expect(await notes.evaluate((el) => el.scrollTop)).toBe(0);
    expect(page.context().pages()).toHaveLength(2);
    await page.context().close();
  });

  it('keeps the points the room has seen when the speaker view opens mid-slide, and a step taken right after', async () => {
    const page = await session().open('#/物理形态-要点');
    const shown = () => page.locator('section.present .fragment.visible').count();
    for (const _ of [1, 2, 3]) await page.keyboard.press('ArrowRight');
    await expect.poll(shown).toBe(3);
    const speaker = await openSpeaker(page);
    // The view's own preview of the room's slide starts without its build steps; what it reports
    // as it starts must not set the room back.
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect.poll(shown).toBe(4);
    await speaker.frameLocator('#current-slide iframe').locator('.reveal.ready').waitFor();
    await page.waitForTimeout(2000);
    expect(await shown()).toBe(4);
    // And the view follows the room: its preview shows the four points too.
    await expect
      .poll(() =>
        speaker.frameLocator('#current-slide iframe').locator('section.present .fragment.visible').count(),
      )
      .toBe(4);
    await page.context().close();
  });

  it('leaves Esc and O alone in the speaker view, so the arrow keys there step the room’s slide point by point', async () => {
    const page = await session().open('#/物理形态-要点');
    const speaker = await openSpeaker(page, '物理存在感');
    const overview = speaker.frameLocator('#current-slide iframe').locator('.reveal.overview');
    const shown = () => page.locator('section.present .fragment.visible').count();
    for (const key of ['Escape', 'o']) {
      await speaker.keyboard.press(key);
      await speaker.waitForTimeout(500);
      expect(await overview.count(), key).toBe(0);
      await speaker.keyboard.press('ArrowRight');
      await expect.poll(shown).toBe(key === 'Escape' ? 1 : 2);
      expect((await currentSlide(page)).id).toBe('物理形态-要点');
    }
    await page.context().close();
  });

  it('keeps the speaker view following the room when S is pressed in it', async () => {
    const page = await session().open('#/物理形态-要点');
    const speaker = await openSpeaker(page, '物理存在感');
    const notes = speaker.locator('.speaker-controls-notes .value');
    const clock = speaker.locator('.speaker-controls-time .clock-value');
    await speaker.bringToFront();
    await speaker.keyboard.press('s');
    await speaker.waitForTimeout(1500);
    // The same view, its clock still in 24 hours as the deck set it, no window besides.
    expect(await notes.count()).toBe(1);
    expect(await clock.textContent()).toMatch(/^\d{2}:\d{2}$/);
    expect(page.context().pages()).toHaveLength(2);
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('section.present .fragment.visible').count()).toBe(1);
    await page.bringToFront();
    await goToSlide(page, '功能体验-sim-provisioning');
    await expect
      .poll(async () => (await notes.textContent()) ?? '', { timeout: 15_000 })
      .toContain('卡商在工厂');
    await page.context().close();
  });

  it('keeps the speaker view’s keys on the talk: F fills no screen, the next preview takes no keys, the notes scroll alone', async () => {
    const page = await session().open('#/物理形态-要点');
    const speaker = await openSpeaker(page, '物理存在感');
    const shown = () => page.locator('section.present .fragment.visible').count();
    await speaker.bringToFront();
    // F (and Ctrl+Shift+F, which reaches the preview as F) leaves the presenter's window as it is.
    await speaker.keyboard.press('f');
    await speaker.waitForTimeout(500);
    const fullScreen = () =>
      speaker.evaluate(() =>
        Array.from(document.querySelectorAll('iframe')).some(
          (frame) => frame.contentDocument?.fullscreenElement || document.fullscreenElement,
        ),
      );
    expect(await fullScreen()).toBe(false);
    // A click on the next slide's preview, then → steps the room.
    await speaker.locator('#upcoming-slide').click();
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(shown).toBe(1);
    // With the notes focused, ↓ and Page Down scroll them and leave the room's slide alone.
    const notes = speaker.locator('.speaker-controls-notes');
    // A click into the notes, on their heading (their text may hold links).
    await notes.locator('.label').click();
    await speaker.keyboard.press('ArrowDown');
    await speaker.keyboard.press('PageDown');
    await expect.poll(() => notes.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await speaker.waitForTimeout(500);
    expect(await shown()).toBe(1);
    // Out of the notes, the arrow keys step the talk again.
    await speaker.locator('#current-slide').click();
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(shown).toBe(2);
    await page.context().close();
  });

  it('lists its keys when ? is pressed in the speaker view, leaving the room’s screen lit and the arrow keys working', async () => {
    const page = await session().open('#/物理形态-要点');
    const speaker = await openSpeaker(page, '物理存在感');
    const list = await shortcutList(speaker);
    expect(await list.textContent()).toContain('观众屏幕黑屏');
    // It says how long notes scroll without stepping the room's slide.
    expect(await list.textContent()).toContain('只滚动讲稿，不翻页');
    // And that the room's chapter menu, reader view and full screen are the room window's keys.
    expect(await list.textContent()).toContain('章节目录、阅读模式、全屏：请在观众窗口里按');
    // Drawn in the deck's font, inside the window.
    expect(await list.locator('dl').evaluate((dl) => getComputedStyle(dl).fontFamily)).toContain(
      'Noto Sans SC',
    );
    const box = await list.locator('dl').boundingBox();
    const size = await speaker.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(
      box && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height,
    ).toBe(true);
    // ? again, or a click, closes it; Esc too (below).
    await speaker.keyboard.press('Shift+Slash');
    await expect.poll(() => list.isVisible()).toBe(false);
    await speaker.keyboard.press('Shift+Slash');
    await expect.poll(() => list.isVisible()).toBe(true);
    await list.click();
    await expect.poll(() => list.isVisible()).toBe(false);
    await speaker.keyboard.press('Shift+Slash');
    await expect.poll(() => list.isVisible()).toBe(true);
    await speaker.waitForTimeout(500);
    expect(await page.evaluate(() => document.querySelector('.reveal')?.classList.contains('paused'))).toBe(
      false,
    );
    // Nor does the room's own list open.
    expect(await page.getByRole('dialog', { name: '快捷键' }).isVisible()).toBe(false);
    await speaker.keyboard.press('Escape');
    await expect.poll(() => list.isVisible()).toBe(false);
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('section.present .fragment.visible').count()).toBe(1);
    // B there still blacks the room out, and brings it back; meanwhile the view says so over its
    // preview, which goes black with the room.
    const black = speaker.getByText('观众屏幕已黑屏，按 B 恢复');
    expect(await black.isVisible()).toBe(false);
    await speaker.keyboard.press('b');
    await expect.poll(() => page.locator('.reveal.paused').count()).toBe(1);
    await expect.poll(() => black.isVisible()).toBe(true);
    // In sight in the layout without previews too.
    await speaker.locator('#speaker-layout select').selectOption('notes-only');
    expect(await black.isVisible()).toBe(true);
    await speaker.locator('#speaker-layout select').selectOption('default');
    await speaker.locator('.speaker-controls-time .clock').click();
    await speaker.keyboard.press('b');
    await expect.poll(() => page.locator('.reveal.paused').count()).toBe(0);
    await expect.poll(() => black.isVisible()).toBe(false);
    await page.context().close();
  });

  it('grows the speaker view’s notes and clocks with its window on a large screen', async () => {
    const page = await session().open('#/物理形态-要点');
    const speaker = await openSpeaker(page);
    const size = (selector: string) =>
      speaker
        .locator(selector)
        .first()
        .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const parts = [
      '.speaker-controls-notes .value',
      '.speaker-controls-time .timer span',
      '.speaker-controls-notes > .label',
    ];
    await speaker.setViewportSize({ width: 1100, height: 700 });
    const small = await Promise.all(parts.map(size));
    await speaker.setViewportSize({ width: 1920, height: 1080 });
    const large = await Promise.all(parts.map(size));
    for (const [i, part] of parts.entries())
      expect(large[i], part).toBeGreaterThanOrEqual((small[i] ?? 0) * 1.3);
    await page.context().close();
  });

  it('shows the next step’s preview in the speaker view large enough to read at 1280 × 720, the clocks and notes still in sight', async () => {
    const page = await session().open('#/物理形态-要点');
    const speaker = await openSpeaker(page, '物理存在感');
    /** How many px high a preview shows the slide's points (34 px on the slide), from its drawn width. */
    const bodyText = (preview: string) =>
      speaker
        .frameLocator(`${preview} iframe`)
        .locator('.reveal .slides')
        .evaluate((slides) => {
          const point = slides.querySelector('section.present ul.points li');
          const size = point ? Number.parseFloat(getComputedStyle(point).fontSize) : 0;
          return (size * slides.getBoundingClientRect().width) / 1280;
        });
    for (const [width, height, smallest] of [
      // 10.5 px before: too small to read.
      [1280, 720, 14],
      // The size the view opens at (10 px before).
      [1100, 700, 12.5],
    ] as const) {
      await speaker.setViewportSize({ width, height });
      await expect
        .poll(() => bodyText('#upcoming-slide'), { message: `${width} × ${height}` })
        .toBeGreaterThanOrEqual(smallest);
      // The room's slide is still the larger of the two.
      expect(await bodyText('#current-slide')).toBeGreaterThanOrEqual(await bodyText('#upcoming-slide'));
      // Each preview's slide spans its frame, with no margin round it (the frame has a border);
      // reveal rounds its scale to hundredths, which leaves up to 1.25 % either way at this size.
      for (const preview of ['#current-slide', '#upcoming-slide']) {
        const spans = await speaker
          .frameLocator(`${preview} iframe`)
          .locator('.reveal .slides')
          .evaluate((slides) => {
            const box = slides.getBoundingClientRect();
            return Math.max(box.width / window.innerWidth, box.height / window.innerHeight);
          });
        expect(spans, `${width} × ${height}: ${preview}`).toBeGreaterThan(0.98);
        // …and the frame is the slide's shape: no empty bands above and below it.
        const frame = await speaker.locator(`${preview} iframe`).boundingBox();
        expect(frame && frame.height / frame.width, `${width} × ${height}: ${preview}`).toBeLessThan(0.6);
      }
      const timer = await speaker.locator('.speaker-controls-time').boundingBox();
      expect(timer && timer.y + timer.height <= height, `${width} × ${height}: the clocks`).toBe(true);
      // Several lines of notes in sight under them.
      const notes = await speaker.locator('.speaker-controls-notes').boundingBox();
      expect(notes && height - notes.y, `${width} × ${height}: the notes`).toBeGreaterThanOrEqual(220);
    }
    await page.context().close();
  });

  it('scrolls notes longer than their pane along with the slide’s steps, for a presenter with a clicker', async () => {
    const page = await session().open('#/物理形态-要点');
    const speaker = await openSpeaker(page, '物理存在感');
    await speaker.setViewportSize({ width: 1100, height: 700 });
    // Reduced motion: each scroll lands at once, so every reading below is where it stops.
    await speaker.emulateMedia({ reducedMotion: 'reduce' });
    const notes = speaker.locator('.speaker-controls-notes');
    const place = () =>
      notes.evaluate((el) => ({ top: el.scrollTop, room: el.scrollHeight - el.clientHeight }));
    expect((await place()).room).toBeGreaterThan(100);
    expect((await place()).top).toBe(0);
    const steps = await page.locator('section.present .fragment').count();
    expect(steps).toBeGreaterThan(2);
    const shown = () => page.locator('section.present .fragment.visible').count();
    // A clicker sends Page Down to the window in front, the speaker view: each step on takes the
    // notes further down, and the last brings their end in sight.
    await speaker.bringToFront();
    await speaker.locator('#current-slide').click();
    let before = 0;
    for (let i = 1; i <= steps; i++) {
      await speaker.keyboard.press('PageDown');
      await expect.poll(shown).toBe(i);
      await expect.poll(async () => (await place()).top).toBeGreaterThan(before);
      before = (await place()).top;
    }
    expect((await place()).room - before).toBeLessThanOrEqual(1);
    // A step back takes them back up with it.
    await speaker.keyboard.press('PageUp');
    await expect.poll(shown).toBe(steps - 1);
    await expect.poll(async () => (await place()).top).toBeLessThan(before - 50);
    // Scrolled to their end by hand, a step on leaves them there rather than scroll them back.
    await notes.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const end = (await place()).top;
    await speaker.keyboard.press('PageDown');
    await expect.poll(shown).toBe(steps);
    await speaker.waitForTimeout(300);
    expect((await place()).top).toBe(end);
    await page.context().close();
  });

  it('keeps the speaker view’s clocks in sight while the notes scroll, and opens each slide’s notes at their top', async () => {
    const page = await session().open('#/物理形态-要点');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.setViewportSize({ width: 1100, height: 700 });
    const notes = speaker.locator('.speaker-controls-notes');
    await expect
      .poll(async () => (await notes.textContent()) ?? '', { timeout: 15_000 })
      .toContain('物理存在感');
    const scrolled = () => notes.evaluate((el) => el.scrollTop);
    const scrollDown = () => notes.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await scrollDown();
    expect(await scrolled()).toBeGreaterThan(0);
    // The talk's time, the pacing clock and the clock stay on screen, on one row.
    const boxes = await Promise.all(
      ['.timer', '.pacing', '.clock'].map((clock) =>
        speaker.locator(`.speaker-controls-time ${clock}`).boundingBox(),
      ),
    );
    for (const box of boxes) {
      expect(box && box.y >= 0 && box.y + box.height <= 700).toBe(true);
      expect(Math.abs((box?.y ?? 0) - (boxes[0]?.y ?? 0))).toBeLessThan(12);
    }
    // A step within the slide keeps the place; the next slide's notes start at their top.
    const place = await scrolled();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(600);
    expect(await scrolled()).toBe(place);
    await goToSlide(page, '功能体验-sim-provisioning');
    await expect.poll(async () => (await notes.textContent()) ?? '').toContain('卡商在工厂');
    expect(await scrolled()).toBe(0);
    // A sequence's steps in words are for a screen too small for the drawing: here the preview
    // shows it, and what there is to say comes first.
    expect(await speaker.locator('.speaker-controls-notes ol.notes-steps').isVisible()).toBe(false);
    await page.context().close();
  });

  it('fades out the speaker view’s notes where they go on below its foot, and says so in words, until the presenter has scrolled to their end', async () => {
    const page = await session().open('#/物理形态-要点');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    // A 4:3 window, as on many projector laptops: the notes show a few lines at a time.
    await speaker.setViewportSize({ width: 1024, height: 768 });
    const notes = speaker.locator('.speaker-controls-notes');
    await expect
      .poll(async () => (await notes.textContent()) ?? '', { timeout: 15_000 })
      .toContain('物理存在感');
    const faded = () => notes.evaluate((el) => getComputedStyle(el).maskImage !== 'none');
    const more = speaker.getByText('↓ 下面还有讲稿');
    await expect.poll(faded).toBe(true);
    // A fade can end on a paragraph's gap and look like the notes' end: the words say there is more,
    // at the pane's foot, unfaded.
    await expect.poll(() => more.isVisible()).toBe(true);
    const [pane, label] = await Promise.all([notes.boundingBox(), more.boundingBox()]);
    expect(label && pane && label.y + label.height <= pane.y + pane.height + 12).toBe(true);
    expect(label && pane && label.y + label.height >= pane.y + pane.height - 60).toBe(true);
    await notes.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(faded).toBe(false);
    await expect.poll(() => more.isVisible()).toBe(false);
    // The next slide's notes start at their top, faded again where they go on.
    await goToSlide(page, '功能体验-sim-provisioning');
    await expect.poll(async () => (await notes.textContent()) ?? '').toContain('卡商在工厂');
    await expect.poll(faded).toBe(true);
    // Notes that fit are shown plainly.
    await goToSlide(page, 'cover');
    await expect.poll(async () => notes.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
    await expect.poll(faded).toBe(false);
    await page.context().close();
  });

  it('folds the toolbar into one button on a phone held sideways, clear of every slide’s heading', async () => {
    const page = await openOnPhone('#/功能体验-esim-install', 844, 390);
    const toolbar = page.locator('.deck-toolbar');
    const more = toolbar.getByRole('button', { name: '更多' });
    await page.mouse.move(400, 200);
    expect(await more.isVisible()).toBe(true);
    expect(await toolbar.getByRole('button', { name: '目录' }).isVisible()).toBe(false);
    const folded = await toolbar.boundingBox();
    for (const id of ['功能体验-esim-install', '引言', '物理形态-要点', '功能体验-对比', '挑战与争议-要点']) {
      await goToSlide(page, id);
      const heading = await page.locator(`section#${id} h2`).boundingBox();
      const apart =
        !folded ||
        !heading ||
        heading.x + heading.width <= folded.x ||
        heading.y >= folded.y + folded.height ||
        heading.y + heading.height <= folded.y;
      expect(apart, `the heading of ${id} is clear of the toolbar`).toBe(true);
    }
    // A tap opens the rest as a column; using one of them folds it again.
    await more.tap();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const chapters = toolbar.getByRole('button', { name: '目录' });
    expect(await chapters.isVisible()).toBe(true);
    // What a phone's reader has no use for (a key list, a printer) is not among them.
    expect(await toolbar.getByRole('button', { name: '快捷键' }).isVisible()).toBe(false);
    expect(await toolbar.locator('[data-action="print"]').isVisible()).toBe(false);
    await chapters.tap();
    await expect.poll(() => page.locator('dialog#chapter-menu[open]').count()).toBe(1);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    // The menu's every chapter shows on the short screen at once, in two columns, unscrolled.
    const unseen = await page.locator('#chapter-menu .deck-dialog-body').evaluate((body) => {
      const view = body.getBoundingClientRect();
      return Array.from(body.querySelectorAll('.chapter-list > li > a'))
        .filter((a) => a.getBoundingClientRect().bottom > view.bottom)
        .map((a) => a.textContent);
    });
    expect(unseen).toEqual([]);
    await page.keyboard.press('Escape');
    // A tap elsewhere folds it too, and so does Escape, which then leaves the overview shut.
    await more.tap();
    await page.touchscreen.tap(400, 200);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.tap();
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.reveal.overview').count()).toBe(0);
    // In the search box, Escape closes the box, as it does anywhere.
    await more.tap();
    await page.keyboard.press('Control+Shift+F');
    const search = page.locator('.deck-search');
    await expect.poll(() => search.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => search.isVisible()).toBe(false);
    // Held upright the row shows whole; turned sideways again it starts folded, not open.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.setViewportSize({ width: 844, height: 390 });
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
    expect(await chapters.isVisible()).toBe(false);
    await page.context().close();
    // Where the row fits, there is no fold.
    const laptop = await session().open('#/引言', { width: 1024, height: 640 });
    expect(await laptop.getByRole('button', { name: '更多' }).isVisible()).toBe(false);
    expect(await laptop.getByRole('button', { name: '目录' }).isVisible()).toBe(true);
    await laptop.context().close();
  });

  it('says in the speaker view’s preview that the talk ends after the last step, and nowhere before it', async () => {
    const page = await session().open('#/来源');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    const upcoming = speaker.frameLocator('#upcoming-slide iframe');
    const end = upcoming.locator('.deck-preview-end');
    await expect.poll(() => end.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await end.textContent()).toBe('已是最后一步，讲完就结束');
    // It covers the preview's foot, not the slide's heading.
    const heading = await upcoming.locator('section.present h2').boundingBox();
    const note = await end.boundingBox();
    expect(heading && note && note.y >= heading.y + heading.height).toBe(true);
    // One step back there is a next slide again, and the preview shows it with no note.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => upcoming.locator('section.present').getAttribute('id')).toBe('来源');
    // (The preview marks its end once it has moved: polled, not read once.)
    await expect.poll(() => end.isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows in the next-step preview what comes next even when the speaker view’s opening commands came before the preview listened', async () => {
    // The upcoming preview as reveal's notes plugin loads it, at the presenter's slide.
    const previewOf = (slide: number): string =>
      `?receiver&progress=false&history=false&transition=none&autoSlide=0&backgroundTransition=none&scrollActivationWidth=false&controls=false#/${slide}/0`;
    const placeOf = (page: Page): Promise<{ id: string; end: boolean }> =>
      page.evaluate(() => ({
        id: document.querySelector('section.present')?.id ?? '',
        end: document.querySelector<HTMLElement>('.deck-preview-end')?.hidden === false,
      }));
    const probe = await session().open();
    const slides = await probe.evaluate(() =>
      [...document.querySelectorAll('.slides > section')].map((s) => ({
        id: s.id,
        steps: s.querySelector('.fragment') !== null,
      })),
    );
    await probe.context().close();
    const ids = slides.map((slide) => slide.id);
    const last = ids.length - 1;
    // A slide with no build steps, so that its one step on is the next slide.
    const plain = last - 1 - [...slides.slice(0, last)].reverse().findIndex((slide) => !slide.steps);
    // The commands went to a page still loading and were lost: the preview steps by itself, one
    // slide on, or nowhere on the last slide, which it says.
    for (const [at, shows, end] of [
      [plain, ids[plain + 1], false],
      [last, ids[last], true],
    ] as const) {
      const page = await session().open(previewOf(at));
      await expect.poll(() => placeOf(page), { message: `opened at ${at}` }).toEqual({ id: shows, end });
      await page.context().close();
    }
    // The commands came once the deck's code listened but before reveal.js did, which drops them:
    // they are carried out when the deck is ready. Sent as the first message listener is added,
    // which is the deck's own, reveal.js adding its listener only as it initializes.
    const context = await session().browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript((slide) => {
      const add = window.addEventListener.bind(window);
      let sent = false;
      window.addEventListener = ((type: string, listener: EventListener, options?: boolean) => {
        add(type, listener, options);
        if (type !== 'message' || sent) return;
        sent = true;
        for (const data of [
          { method: 'setState', args: [{ indexh: slide, indexv: 0, indexf: -1 }] },
          { method: 'next' },
        ])
          window.dispatchEvent(
            new MessageEvent('message', { data: JSON.stringify(data), origin: location.origin }),
          );
      }) as typeof window.addEventListener;
    }, last);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session().server.url + previewOf(0));
    await page.waitForSelector('.reveal.ready');
    await expect.poll(() => placeOf(page)).toEqual({ id: ids[last], end: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the toolbar out of the audience’s sight while the pointer rests, back on a move or keyboard focus', async () => {
    const page = await session().open('#/物理形态-要点');
    const toolbar = page.locator('.deck-toolbar');
    const shown = (): Promise<string> => toolbar.evaluate((el) => getComputedStyle(el).opacity);
    await page.mouse.move(640, 400);
    await expect.poll(shown).toBe('1');
    // Left alone, it fades out, and a click where it was reaches the slide instead.
    await expect.poll(shown, { timeout: 8000 }).toBe('0');
    const box = await page.getByRole('button', { name: '目录' }).boundingBox();
    expect(box).not.toBeNull();
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('.deck-toolbar') === null,
      { x: (box?.x ?? 0) + 5, y: (box?.y ?? 0) + 5 },
    );
    expect(hit).toBe(true);
    // Keyboard focus inside brings it back, for as long as it stays there; so does the pointer.
    await page.getByRole('button', { name: '目录' }).focus();
    await expect.poll(shown).toBe('1');
    await page.getByRole('button', { name: '目录' }).blur();
    await expect.poll(shown).toBe('0');
    await page.mouse.move(600, 300);
    await expect.poll(shown).toBe('1');
    await page.context().close();
    // A reader scrolling alone keeps it.
    const phone = await session().open('', { width: 390, height: 844 });
    await phone.evaluate(() => document.documentElement.classList.add('deck-pointer-idle'));
    expect(await phone.locator('.deck-toolbar').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await phone.context().close();
    // On a touch screen held sideways (the slide view) no pointer moves to bring it back: it stays,
    // before a touch and after one.
    const sideways = await openOnPhone('#/物理形态-要点', 844, 390);
    const more = sideways.getByRole('button', { name: '更多' });
    expect(await more.isVisible()).toBe(true);
    for (const touched of [false, true]) {
      if (touched) await sideways.touchscreen.tap(420, 200);
      await sideways.waitForTimeout(3500);
      const bar = sideways.locator('.deck-toolbar');
      expect(await bar.evaluate((el) => getComputedStyle(el).opacity), `touched: ${touched}`).toBe('1');
    }
    await sideways.context().close();
  });

  it('hides the cover’s keyboard hint from the room while the speaker view is open, and from its previews', async () => {
    const page = await session().open('#/cover');
    const hint = page.locator('#cover .deck-hint');
    expect(await hint.isVisible()).toBe(true);
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await expect.poll(() => hint.isVisible()).toBe(false);
    const current = speaker.frameLocator('#current-slide iframe');
    await current.locator('.reveal.ready').waitFor();
    expect(await current.locator('#cover .deck-hint').isVisible()).toBe(false);
    await speaker.close();
    await expect.poll(() => hint.isVisible(), { timeout: 5000 }).toBe(true);
    await page.context().close();
  });

  it('shows the speaker view’s previews in the theme the audience’s window is switched to', async () => {
    const page = await session().open('#/物理形态-要点');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    const previews = ['#current-slide iframe', '#upcoming-slide iframe'].map((frame) =>
      speaker.frameLocator(frame).locator('html'),
    );
    for (const preview of previews) await preview.locator('.reveal.ready').waitFor();
    const backgrounds = () =>
      Promise.all(
        previews.map((preview) =>
          preview.evaluate((el) => getComputedStyle(el.ownerDocument.body).backgroundColor),
        ),
      );
    const light = await backgrounds();
    await clickInToolbar(page, page.getByRole('button', { name: '切换到深色主题' }));
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light[0]);
    await expect.poll(backgrounds).toEqual([dark, dark]);
    await clickInToolbar(page, page.getByRole('button', { name: '切换到浅色主题' }));
    await expect.poll(backgrounds).toEqual(light);
    await page.context().close();
  });

  it('follows the system turning dark while the deck is open, until the reader picks a theme', async () => {
    const page = await session().open('#/物理形态-要点');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const switcher = page.locator('button[data-action="theme"]');
    const light = await background();
    expect(await switcher.textContent()).toBe('深色');
    // Evening: the system turns dark; the page does, and its switch now offers the light theme.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    const dark = await background();
    await expect.poll(() => switcher.textContent()).toBe('浅色');
    // A theme picked holds whatever the system does next.
    await clickInToolbar(page, switcher);
    expect(await background()).toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    expect(await background()).toBe(light);
    expect(await switcher.textContent()).toBe('深色');
    expect(dark).not.toBe(light);
    await page.context().close();
  });

  it('starts, steps and switches its theme where the browser refuses storage (cookies blocked)', async () => {
    const page = await session().open('#/cover');
    await page.context().addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.reload();
    await page.waitForSelector('html[data-presenter-tools="ready"]', { state: 'attached' });
    await page.keyboard.press('ArrowRight');
    expect((await currentSlide(page)).id).toBe('引言');
    const before = await page.evaluate(() => document.documentElement.dataset.theme);
    await page.locator('button[data-action="theme"]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);
    await page.context().close();
  });

  it('goes full screen on F, where the cover’s keyboard hint is hidden from the room', async () => {
    const page = await session().open('#/cover');
    const hint = page.locator('#cover .deck-hint');
    expect(await hint.isVisible()).toBe(true);
    await page.keyboard.press('f');
    await expect
      .poll(
        () => page.evaluate(() => document.fullscreenElement?.contains(document.querySelector('.reveal'))),
        { message: 'the deck is full screen' },
      )
      .toBe(true);
    expect(await hint.isVisible(), 'the hint in full screen').toBe(false);
    // Leaving full screen (Esc, which the browser handles itself) brings the hint back.
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => hint.isVisible()).toBe(true);
    await page.context().close();
  });

  it('zooms into the spot under an Alt+click, and back out at a second one', async () => {
    const page = await session().open('#/功能体验-euicc-inside');
    const label = page.locator('section#功能体验-euicc-inside svg text', { hasText: '根发行者安全域' });
    const before = await label.boundingBox();
    if (!before) throw new Error('the label is not drawn');
    const middle = async () => {
      const box = await label.boundingBox();
      return box && { x: box.x + box.width / 2, y: box.y + box.height / 2, scale: box.width / before.width };
    };
    // Clicked at its middle: that spot is drawn twice as large, in the middle of the window.
    await label.click({ modifiers: ['Alt'] });
    await expect.poll(async () => (await middle())?.scale, { message: 'zoomed in' }).toBeCloseTo(2, 2);
    const zoomed = await middle();
    expect(zoomed?.x).toBeCloseTo(640, -1);
    expect(zoomed?.y).toBeCloseTo(360, -1);
    // Zoomed out again, the label is back in its place once the zoom's transition has ended
    // (near a scale of 1 it is still moving by fractions of a pixel).
    await label.click({ modifiers: ['Alt'] });
    const rounded = (box: { x: number; y: number; width: number; height: number } | null) =>
      box && [box.x, box.y, box.width, box.height].map((v) => Math.round(v));
    await expect
      .poll(async () => rounded(await label.boundingBox()), { message: 'zoomed out' })
      .toEqual(rounded(before));
    await page.context().close();
  });

  it('changes slides and shows each point at once, nothing sliding or fading, when the system asks for reduced motion', async () => {
    // Asked for nothing, the slides slide and the points fade in: the check sees motion there.
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const page = await session().open('#/cover', undefined, { reducedMotion });
      const slideChange = await transitionsStartedBy(page, () => page.keyboard.press('ArrowRight'));
      expect((await currentSlide(page)).id).toBe('引言');
      const step = await transitionsStartedBy(page, () => page.keyboard.press('ArrowRight'));
      if (reducedMotion === 'reduce') {
        expect(slideChange, 'on a slide change').toEqual([]);
        expect(step, 'on a build step').toEqual([]);
        expect(await stepsShown(page, '引言')).toEqual([true, false, false, false, false]);
        const point = page.locator('section#引言 ul.points li').first();
        expect(await point.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      } else {
        expect(slideChange).toEqual(
          expect.arrayContaining(['section#引言 transform', 'section#cover transform']),
        );
        expect(step).toContain('li opacity');
      }
      await page.context().close();
    }
  });

  it('jumps to each section, the introduction, the summary and the sources from the chapter menu', async () => {
    const page = await session().open('?transition=none');
    const sections = await page.$$eval('.slides > section[data-kind="section"]', (els) =>
      els.map((el) => ({ id: el.id, name: (el as HTMLElement).dataset.section ?? '' })),
    );
    expect(sections).toHaveLength(5);
    const headingHasFocus = () =>
      page.evaluate(() => document.activeElement?.matches('.slides > section.present > h2') === true);
    for (const { id, name } of sections) {
      await clickInToolbar(page, page.getByRole('button', { name: '目录' }));
      await page.getByRole('dialog').getByRole('link', { name, exact: true }).click();
      await expect.poll(async () => (await currentSlide(page)).id).toBe(id);
      expect(await page.getByRole('dialog').isVisible()).toBe(false);
      // The focus lands on the chapter's heading, so Tab goes on from there.
      await expect.poll(() => headingHasFocus()).toBe(true);
    }
    // Opened again, it marks and focuses the entry for where the deck is.
    await page.keyboard.press('m');
    const here = page.getByRole('dialog').locator('a[aria-current="location"]');
    expect(await here.textContent()).toBe(sections.at(-1)?.name);
    expect(await here.evaluate((el) => el === document.activeElement)).toBe(true);
    // The arrow keys step through its entries, nested ones too; Enter follows one.
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('ArrowUp');
    const above = await focused();
    expect(above).not.toBe(sections.at(-1)?.name);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(sections.at(-1)?.name);
    await page.keyboard.press('Home');
    expect(await focused()).toBe('什么是 eSIM 卡？');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('什么是 eSIM 卡？');
    await page.keyboard.press('End');
    expect(await focused()).toBe('参考资料');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentSlide(page)).id).toBe(sections.at(-1)?.id);
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    // Opened with M and left for the slide already shown: not the page's top either.
    expect(await headingHasFocus()).toBe(true);
    await page.keyboard.press('m');
    await page.keyboard.press('Escape');
    // The introduction, the summary and the sources are listed too.
    for (const [name, id] of [
      ['什么是 eSIM 卡？', '引言'],
      ['总结', '总结'],
      ['参考资料', '来源'],
    ]) {
      await clickInToolbar(page, page.getByRole('button', { name: '目录' }));
      await page.getByRole('dialog').getByRole('link', { name, exact: true }).click();
      await expect.poll(async () => (await currentSlide(page)).id).toBe(id);
    }
    await page.context().close();
  });

  it('fades out the chapter menu’s foot when the window is too small for all of it, until scrolled to its end', async () => {
    // 1440×810 at 150 % zoom: the menu's list scrolls inside it.
    const page = await session().open('#/cover', { width: 960, height: 540 });
    await page.keyboard.press('m');
    const body = page.locator('#chapter-menu .deck-dialog-body');
    const faded = () => body.evaluate((el) => getComputedStyle(el).maskImage !== 'none');
    expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await expect.poll(faded).toBe(true);
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(faded).toBe(false);
    await page.keyboard.press('Escape');
    // Where it all fits, nothing fades.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('m');
    expect(await body.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
    await expect.poll(faded).toBe(false);
    await page.context().close();
  });

  it('draws the whole focus ring of every entry in the chapter menu, none cut off by the list’s edge', async () => {
    const page = await session().open('#/cover');
    await page.keyboard.press('m');
    const links = page.getByRole('dialog').getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThan(5);
    const cut: string[] = [];
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      await link.focus();
      // The ring (outline and its offset) must lie inside every box that clips what it holds.
      const clipped = await link.evaluate((el) => {
        const style = getComputedStyle(el);
        const reach = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
        const ring = el.getBoundingClientRect();
        for (let box = el.parentElement; box; box = box.parentElement) {
          if (getComputedStyle(box).overflow === 'visible') continue;
          const room = box.getBoundingClientRect();
          const inside =
            ring.left - reach >= room.left + box.clientLeft - 0.5 &&
            ring.top - reach >= room.top + box.clientTop - 0.5 &&
            ring.right + reach <= room.left + box.clientLeft + box.clientWidth + 0.5;
          if (!inside) return true;
        }
        return false;
      });
      if (clipped) cut.push((await link.textContent()) ?? '');
    }
    expect(cut).toEqual([]);
    await page.context().close();
  });

  it('keeps the chapter menu’s close button in view on a laptop screen, and says the print link opens a tab', async () => {
    const page = await session().open('?transition=none', { width: 1280, height: 800 });
    await clickInToolbar(page, page.getByRole('button', { name: '目录' }));
    const close = page.getByRole('dialog').getByRole('button', { name: '关闭' });
    const inView = await close.evaluate((button) => {
      const box = button.getBoundingClientRect();
      const dialog = (button.closest('dialog') as Element).getBoundingClientRect();
      return box.top >= dialog.top && box.bottom <= dialog.bottom && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await close.click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('link', { name: '打印 / 导出 PDF（在新标签页打开）' }).count()).toBe(1);
    await page.context().close();
  });

  it('links the agenda’s items to their sections, and a divider’s table and diagrams to their slides', async () => {
    const page = await session().open('#/目录');
    // The agenda says which part holds more than points.
    expect(await page.locator('section#目录 .agenda-contents').allInnerTexts()).toEqual(['1 张表 · 6 张图']);
    // Named with the counts apart from the heading, not run on.
    expect(
      await page.getByRole('link', { name: '02 功能体验的不同 1 张表 · 6 张图', exact: true }).count(),
    ).toBe(1);
    await page
      .getByRole('link', { name: /挑战与争议/ })
      .first()
      .click();
    await expect.poll(async () => (await currentSlide(page)).id).toBe('挑战与争议');
    await goToSlide(page, '功能体验');
    const contents = page.getByRole('list', { name: '本部分的表与图' });
    expect(await contents.getByRole('link').count()).toBe(7);
    await contents.getByRole('link', { name: /双向认证/ }).click();
    await expect.poll(async () => (await currentSlide(page)).id).toBe('功能体验-esim-authenticate');
    await page.context().close();
  });

  it('shows shortcut help in Chinese on ?', async () => {
    const page = await session().open();
    const help = await shortcutList(page);
    expect(await help.textContent()).toContain('演讲者视图');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    await page.context().close();
  });

  it('opens G’s box in the reader view where the reader is, without scrolling back to the cover', async () => {
    const page = await session().open('?view=scroll#/功能体验-要点', { width: 1024, height: 640 });
    const place = () =>
      page.evaluate(() => [
        decodeURIComponent(location.hash),
        (document.querySelector('.reveal-viewport') as HTMLElement).scrollTop,
      ]);
    const before = await place();
    expect(before[0]).toBe('#/功能体验-要点');
    await page.keyboard.press('g');
    const box = page.locator('.jump-to-slide-input');
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    const r = await box.boundingBox();
    expect(r && r.y >= 0 && r.y + r.height <= 640).toBe(true);
    // Still where the reader was, a moment later too (reveal's scroll view follows any scroll).
    await page.waitForFunction(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await place()).toEqual(before);
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await place())[0]).toBe('#/目录');
    // Late in the deck too, where reveal's scroll view would land a page short. (Each G once the box
    // before it has closed: in one loaded CI run, a G pressed right after Enter opened nothing.)
    const ids = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => el.id));
    for (const n of [14, ids.length]) {
      await expect.poll(() => box.isVisible()).toBe(false);
      await page.keyboard.press('g');
      await expect.poll(() => box.isVisible()).toBe(true);
      await page.keyboard.type(String(n));
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await place())[0]).toBe(`#/${ids[n - 1]}`);
      expect(await page.locator('.reader-counter').textContent()).toBe(`${n} / ${ids.length}`);
    }
    await page.context().close();
  });

  it('lists in the reader view only the keys that work there, every row in sight', async () => {
    const page = await session().open('?view=scroll#/引言', { width: 1024, height: 640 });
    const help = await shortcutList(page);
    const rows = await help.locator('.help-keys tr').evaluateAll((trs) =>
      trs
        .filter((tr) => getComputedStyle(tr).display !== 'none')
        .map((tr) => {
          const r = tr.getBoundingClientRect();
          return { action: tr.querySelector('td')?.textContent, inSight: r.bottom <= window.innerHeight };
        }),
    );
    const actions = rows.map((row) => row.action);
    for (const missing of ['总览', '演讲者视图（讲稿、计时）', '放大局部', '搜索'])
      expect(actions).not.toContain(missing);
    expect(actions).toEqual(
      expect.arrayContaining(['下一步', '黑屏', '章节目录', '切换阅读模式', '快捷键帮助']),
    );
    expect(rows.every((row) => row.inSight)).toBe(true);
    await page.context().close();
  });

  it('on a phone opened at a malformed address (#/%E4) starts on the cover, tools and links working', async () => {
    const page = await session().open(
      '#/%E4',
      { width: 390, height: 844 },
      { hasTouch: true, isMobile: true },
    );
    expect(await page.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    // The tools a growing window would get, and the agenda's links, are set up after the hash is read.
    expect(await page.evaluate(() => document.documentElement.dataset.presenterTools)).toBe('not-needed');
    // Tapped where a reader sees it: the agenda's copy at a readable size.
    await scrollPageOf(page, '目录').locator('.reader-notes a[href="#/未来展望"]').click();
    await expect.poll(async () => (await currentSlide(page)).id).toBe('未来展望');
    await page.context().close();
  });

  it('on a phone opens the reader view with the notes under each slide, scrolls on, and never scrolls sideways', async () => {
    const page = await session().open('', { width: 390, height: 844 });
    expect(await page.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    // The cover's notes are only the presenter's cue: no empty "详解" under it.
    expect(await page.locator('.scroll-page').first().locator('.reader-notes').count()).toBe(0);
    // The cover tells a reader to scroll, not which keys to press.
    expect(await page.locator('#cover .deck-hint').textContent()).toBe(
      '向下滚动，继续阅读；详解与幻灯片一同显示',
    );
    // The first screen's one guidance is drawn at 12 px at least, the slide shown small as it is.
    const hintHeight = await page
      .locator('#cover .deck-hint')
      .evaluate(
        (el) =>
          parseFloat(getComputedStyle(el).fontSize) *
          (el.getBoundingClientRect().height / (el as HTMLElement).offsetHeight),
      );
    expect(hintHeight).toBeGreaterThanOrEqual(12);
    // The article's opening paragraph, under the introduction's slide.
    const introNotes = scrollPageOf(page, '引言').locator('.reader-notes');
    expect(await introNotes.textContent()).toContain('提到手机通信，大多数人第一反应就是插卡');
    expect(await introNotes.isVisible()).toBe(true);
    // Headed for a reader, who explains nothing to a room: not 讲稿, the presenter's script.
    expect(await introNotes.locator('.reader-notes-label').textContent()).toBe('详解');
    // A diagram's caption, the flow in plain words, is readable before the notes tell it in full.
    const caption = await scrollPageOf(page, '功能体验-sim-provisioning')
      .locator('.reader-notes')
      .evaluate((notes) => {
        const copy = notes.querySelector('p.diagram-caption');
        return {
          text: copy?.textContent,
          size: copy ? Number.parseFloat(getComputedStyle(copy).fontSize) : 0,
          first: copy?.nextElementSibling?.classList.contains('reader-notes-label'),
        };
      });
    expect(caption).toEqual({
      text: '密钥 Ki 事先写进卡里，卡和网络凭它互相核验；鉴权时 Ki 从不在空中传。',
      size: 16,
      first: true,
    });
    // The notes' slide label is for paper; the slide is right above.
    expect(await introNotes.textContent()).not.toContain('幻灯片 2 /');
    const before = await currentSlide(page);
    await page.locator('.reveal-viewport').evaluate((el) => el.scrollBy(0, el.clientHeight * 3));
    await expect.poll(async () => (await currentSlide(page)).id).not.toBe(before.id);
    const total = await page.locator('.reveal .slides section[data-kind]').count();
    expect(before.number).toBe(`1/${total}`);
    const after = await currentSlide(page);
    expect(after.number).toBe(
      `${(await page.$$eval('.reveal .slides section[data-kind]', (els, id) => els.findIndex((el) => el.id === id), after.id)) + 1}/${total}`,
    );
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: (document.querySelector('.reveal-viewport') as HTMLElement).scrollWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.viewport).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('on a phone fades out notes that go on below their page’s foot, until the reader has scrolled to their end', async () => {
    const page = await openOnPhone('#/引言', 360, 640);
    const notes = scrollPageOf(page, '引言').locator('.reader-notes');
    const faded = () => notes.evaluate((el) => getComputedStyle(el).maskImage !== 'none');
    await expect.poll(faded).toBe(true);
    expect(await notes.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await notes.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(faded).toBe(false);
    // Notes that fit their page are shown plainly.
    await goToSlide(page, 'cover');
    const short = scrollPageOf(page, '目录').locator('.reader-notes');
    await short.scrollIntoViewIfNeeded();
    expect(await short.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
    expect(await short.evaluate((el) => getComputedStyle(el).maskImage)).toBe('none');
    await page.context().close();
  });

  it('on a phone sets the cover and each part’s divider in the middle of their screen, the part’s number legible', async () => {
    const page = await openOnPhone('#/cover', 390, 844);
    const toolbarTop = await page.locator('.deck-toolbar').evaluate((el) => el.getBoundingClientRect().top);
    const ids = await page.$$eval(
      '.reveal .slides section[data-kind="title"], .reveal .slides section[data-kind="section"]',
      (els) => els.map((el) => el.id),
    );
    expect(ids.length).toBe(6);
    for (const id of ids) {
      const screen = scrollPageOf(page, id);
      await screen.scrollIntoViewIfNeeded();
      // A divider that names its part's tables and diagrams is headed by its copy at the screen's
      // top instead (the next test).
      if (await screen.evaluate((el) => el.querySelector('.reader-banded') !== null)) continue;
      // What the slide shows, from its first line to its last, relative to its own screen.
      const { top, bottom } = await screen.evaluate((el) => {
        const lines = Array.from(el.querySelectorAll('section > :is(h1, h2, p)'));
        const page = el.getBoundingClientRect();
        const boxes = lines.map((line) => line.getBoundingClientRect()).filter((box) => box.height > 0);
        return {
          top: Math.min(...boxes.map((box) => box.top)) - page.top,
          bottom: Math.max(...boxes.map((box) => box.bottom)) - page.top,
        };
      });
      // The space above the text and the space below it, down to the toolbar, differ by little.
      expect(Math.abs(top - (toolbarTop - bottom)), id).toBeLessThan(0.2 * toolbarTop);
    }
    const number = page.locator('section[data-kind="section"] .section-number').first();
    expect(await number.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(12);
    await page.context().close();
  });

  it('in the reader view keeps the slide in view in the URL, so a reload comes back to it', async () => {
    const page = await session().open('', { width: 390, height: 844 });
    await page.locator('.reveal-viewport').evaluate((el) => el.scrollBy(0, el.clientHeight * 3));
    await expect.poll(async () => (await currentSlide(page)).id).not.toBe('cover');
    const inView = (await currentSlide(page)).id;
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#/${inView}`);
    await page.reload();
    await page.waitForSelector('.deck-reader');
    await expect.poll(async () => (await currentSlide(page)).id).toBe(inView);
    await page.context().close();
  });

  it('goes to the last and the first slide with End and Home, in the reader view as in the slide view', async () => {
    for (const view of ['?view=scroll', '']) {
      const page = await session().open(`${view}#/物理形态`);
      const ids = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => el.id));
      await page.keyboard.press('End');
      await expect
        .poll(async () => (await currentSlide(page)).id, { message: view || 'slide view' })
        .toBe(ids.at(-1));
      await page.keyboard.press('Home');
      await expect
        .poll(async () => (await currentSlide(page)).id, { message: view || 'slide view' })
        .toBe(ids[0]);
      await page.context().close();
    }
  });

  it('answers the keys the shortcut list names: G to a slide number, O, B, R, and keeps the chosen theme', async () => {
    const page = await session().open('?transition=none#/cover');
    const ids = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => el.id));
    // G, a number, Enter: that slide. The box's hint is drawn in the deck's font, not as boxes.
    await page.keyboard.press('g');
    expect(
      await page.locator('.jump-to-slide-input').evaluate((el) => getComputedStyle(el).fontFamily),
    ).toMatch(/^"Noto Sans SC"/);
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentSlide(page)).id).toBe(ids[4]);
    // O: the overview, and O again leaves it on the same slide.
    await page.keyboard.press('o');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(1);
    // The slide Enter would open is framed in the deck's accent, the others not.
    const frames = () =>
      page.$$eval('.reveal.overview .slides > section', (slides) =>
        slides.map((slide) => {
          const style = getComputedStyle(slide);
          return style.outlineStyle === 'solid' && style.outlineColor === 'rgb(31, 95, 168)';
        }),
      );
    expect((await frames()).map((framed, i) => (framed ? i : -1)).filter((i) => i >= 0)).toEqual([4]);
    await page.keyboard.press('o');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(0);
    expect((await currentSlide(page)).id).toBe(ids[4]);
    // B: a black screen, and back. The room sees its one button in Chinese, in the deck's font.
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.reveal.paused').count()).toBe(1);
    const resume = page.locator('.pause-overlay .resume-button');
    expect(await resume.textContent()).toBe('继续演示');
    expect(await resume.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Noto Sans SC"/);
    // The screen is black at once, and with the pointer at rest the button leaves it all black;
    // moving the pointer brings the button back.
    await expect
      .poll(() => page.locator('.pause-overlay').evaluate((el) => getComputedStyle(el).opacity))
      .toBe('1');
    await expect.poll(() => resume.isVisible(), { timeout: 8000 }).toBe(false);
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 310);
    await expect.poll(() => resume.isVisible()).toBe(true);
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.reveal.paused').count()).toBe(0);
    // The dark theme, chosen once, is still there after a reload (once reveal, which holds its
    // URL writes back up to a second, has put the slide in the URL).
    await page.getByRole('button', { name: '切换到深色主题' }).click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#/${ids[4]}`);
    await page.reload();
    await page.waitForSelector('.reveal.ready');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect((await currentSlide(page)).id).toBe(ids[4]);
    // R: the reader view, on the same slide.
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    await expect.poll(async () => (await currentSlide(page)).id).toBe(ids[4]);
    await page.context().close();
  });

  it('blacks out the whole screen with B from the overview too, the moving pointer bringing back only 继续演示', async () => {
    const page = await session().open('?transition=none#/引言');
    await page.keyboard.press('o');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(1);
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.reveal.paused').count()).toBe(1);
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 310);
    await expect.poll(() => page.locator('.pause-overlay .resume-button').isVisible()).toBe(true);
    // What the room would see at each of the toolbar's buttons: the black screen, not the button.
    const seen = await page.$$eval('.deck-toolbar button', (buttons) =>
      buttons
        .filter((b) => b.getBoundingClientRect().width > 0)
        .map((b) => {
          const r = b.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return top?.closest('.deck-toolbar') ? (b.textContent ?? '') : 'black';
        }),
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((what) => what !== 'black')).toEqual([]);
    await page.context().close();
  });

  it('opens the slide G and a number name from the overview, leaving the overview as Enter on a slide does', async () => {
    const page = await session().open('?transition=none#/cover');
    const ids = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => el.id));
    await page.keyboard.press('o');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(1);
    await page.keyboard.press('g');
    await page.keyboard.type('６');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(0);
    expect((await currentSlide(page)).id).toBe(ids[5]);
    await page.context().close();
  });

  it('keeps the slide in place when G is given no slide’s number, says which numbers there are, and takes the next try', async () => {
    const page = await session().open('?transition=none#/物理形态-要点');
    const ids = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => el.id));
    const box = page.locator('.jump-to-slide-input');
    const problem = page.locator('.jump-to-slide-problem');
    await page.keyboard.press('g');
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.getAttribute('inputmode')).toBe('numeric');
    // Past the end, and a slide's id: reveal's own box went to the last slide and to that slide.
    for (const typed of ['99', '来源']) {
      await box.fill(typed);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(400);
      expect((await currentSlide(page)).id, typed).toBe('物理形态-要点');
      expect(await box.isVisible(), typed).toBe(true);
      expect(await box.getAttribute('aria-invalid'), typed).toBe('true');
      expect(await problem.textContent(), typed).toBe(
        `没有这一页：请输入 1 到 ${ids.length} 的页码，或按 Esc 取消`,
      );
      expect(await problem.isVisible(), typed).toBe(true);
    }
    // A number typed through a Chinese input method comes full width; it is the same number.
    await box.fill('１２');
    expect(await problem.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentSlide(page)).id).toBe(ids[11]);
    // reveal hides its box a moment after the focus leaves it (a timer of its own).
    await expect.poll(() => box.isVisible()).toBe(false);
    // Opened again, the box starts clean, and Esc still goes back to where G was pressed.
    await page.keyboard.press('g');
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await problem.isVisible()).toBe(false);
    await box.fill('3');
    await expect.poll(async () => (await currentSlide(page)).id).toBe(ids[2]);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await currentSlide(page)).id).toBe(ids[11]);
    await page.context().close();
  });

  it('comes back from the reader view with R on the slide just read, every point of it shown', async () => {
    const page = await session().open('#/物理形态-要点');
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    await expect.poll(async () => (await currentSlide(page)).id).toBe('物理形态-要点');
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    await expect.poll(async () => (await currentSlide(page)).id).toBe('物理形态-要点');
    const points = page.locator('section.present .fragment');
    expect(await points.count()).toBeGreaterThan(2);
    await expect.poll(() => page.locator('section.present .fragment:not(.visible)').count()).toBe(0);
    await page.context().close();
    // A window narrow enough to open in the reader view (its steps dropped before reveal numbered
    // them) comes back the same way.
    const narrow = await session().open('#/物理形态-要点', { width: 560, height: 800 });
    await narrow.waitForSelector('.reveal-viewport.reveal-scroll');
    await expect.poll(async () => (await currentSlide(narrow)).id).toBe('物理形态-要点');
    await narrow.keyboard.press('r');
    await expect.poll(() => narrow.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    await expect.poll(async () => (await currentSlide(narrow)).id).toBe('物理形态-要点');
    expect(await narrow.locator('section.present .fragment').count()).toBeGreaterThan(2);
    await expect.poll(() => narrow.locator('section.present .fragment:not(.visible)').count()).toBe(0);
    await narrow.context().close();
  });

  it('agrees with reveal.js on which window widths get the reader view', async () => {
    for (const [width, reader] of [
      [600, true],
      [610, false],
    ] as const) {
      const page = await session().open('', { width, height: 800 });
      expect(await page.locator('.reveal-viewport.reveal-scroll').count(), `${width} px`).toBe(
        reader ? 1 : 0,
      );
      const tools = await page.evaluate(() => document.documentElement.dataset.presenterTools);
      expect(tools, `${width} px`).toBe(reader ? 'not-needed' : 'ready');
      await page.context().close();
    }
  });

  it('gives a window narrowed into the reader view its notes, readable lists and diagram button', async () => {
    const page = await session().open('#/物理形态-要点');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    await expect.poll(() => scrollPageOf(page, '物理形态-要点').locator('.reader-notes').count()).toBe(1);
    // The points come over from the slide view without their build steps: all shown.
    expect(await scrollPageOf(page, '物理形态-要点').locator('.reader-copy li').first().isVisible()).toBe(
      true,
    );
    expect(
      await scrollPageOf(page, '功能体验-euicc-inside')
        .getByRole('button', { name: /放大查看图表/ })
        .count(),
    ).toBe(1);
    expect(await page.locator('#cover .deck-hint').textContent()).toBe(
      '向下滚动，继续阅读；详解与幻灯片一同显示',
    );
    await page.context().close();
  });

  it('on a phone gives each source’s link a target a thumb can hit, 44 px high, clear of the next', async () => {
    const page = await openOnPhone('#/来源', 390, 844);
    const links = scrollPageOf(page, '来源').locator('.reader-notes ul.sources.reader-copy a');
    await expect.poll(() => links.count()).toBeGreaterThan(3);
    // Each line of a link is a target at least 44 px high; a link's targets end above the next's.
    const targets = await links.evaluateAll((all) =>
      all.map((a) => Array.from(a.getClientRects(), (r) => ({ top: r.top, bottom: r.bottom }))),
    );
    for (const lines of targets)
      for (const line of lines) expect(line.bottom - line.top).toBeGreaterThanOrEqual(44);
    for (let i = 1; i < targets.length; i++) {
      const above = Math.max(...(targets[i - 1] ?? []).map((r) => r.bottom));
      const below = Math.min(...(targets[i] ?? []).map((r) => r.top));
      expect(below, `link ${i + 1}`).toBeGreaterThanOrEqual(above);
    }
    await page.context().close();
  });

  it('on a phone wraps the repeated table’s narrow columns between words, never inside one', async () => {
    const page = await openOnPhone('#/功能体验-对比', 390, 844);
    const table = scrollPageOf(page, '功能体验-对比').locator('table.reader-copy');
    await table.waitFor();
    const breaks = (await Promise.all((await table.locator('td').all()).map(lineBreaks))).flat();
    // The columns are narrow enough that many cells wrap.
    expect(breaks.length).toBeGreaterThan(4);
    expect(breaks.filter((b) => b.insideAWord).map((b) => b.at)).toEqual([]);
    await page.context().close();
  });

  it('offers an upright phone no slide view too small to read, and a window as narrow its way back', async () => {
    const phone = await openOnPhone('#/物理形态-要点', 390, 844);
    await phone.waitForSelector('.reveal-viewport.reveal-scroll');
    expect(await phone.getByRole('button', { name: '目录' }).isVisible()).toBe(true);
    expect(await phone.locator('.deck-toolbar [data-action="view"]').isVisible()).toBe(false);
    // Turned sideways, the phone shows the slide view by itself, and offers the reader view.
    await phone.setViewportSize({ width: 844, height: 390 });
    await phone.waitForSelector('.reveal-viewport:not(.reveal-scroll)');
    expect(await phone.getByRole('link', { name: '阅读模式', includeHidden: true }).count()).toBe(1);
    await phone.context().close();
    // A laptop window as narrow has a pointer to come back with: its toolbar keeps 演示模式.
    const narrow = await session().open('#/物理形态-要点', { width: 390, height: 844 });
    await narrow.waitForSelector('.reveal-viewport.reveal-scroll');
    expect(await narrow.getByRole('link', { name: '演示模式' }).isVisible()).toBe(true);
    await narrow.context().close();
  });

  it('keeps a phone turned upright mid-slide on that slide, one screen per page, every point shown', async () => {
    // Held sideways a phone gets the slide view, builds and all; two points are out.
    const page = await session().open('#/物理形态-要点', { width: 844, height: 390 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // (Its toolbar is folded into 更多 there, the link inside it.)
    const toReader = page.getByRole('link', { name: '阅读模式', includeHidden: true });
    expect(await toReader.count()).toBe(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    await expect.poll(async () => (await currentSlide(page)).id).toBe('物理形态-要点');
    expect(await page.locator('.reveal .slides .fragment').count()).toBe(0);
    // The points still to come were hidden from screen readers; now they are all on screen.
    expect(await page.locator('.reveal .slides section li[aria-hidden]').count()).toBe(0);
    const pages = await page.$$eval('.scroll-page', (els) =>
      els.map((el) => el.getBoundingClientRect().height),
    );
    expect(pages.length).toBeGreaterThan(1);
    expect(Math.max(...pages)).toBeLessThanOrEqual(844 + 1);
    const points = page.locator('section#物理形态-要点 ul.points li');
    expect(await points.count()).toBe(5);
    for (const point of await points.all())
      expect(await point.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    // The toolbar now offers the way back.
    expect(await page.getByRole('link', { name: '演示模式' }).count()).toBe(1);
    // The URL names that slide, and still does once reveal's held-back URL writes (≤ 1 s) are in.
    await page.waitForTimeout(1300);
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe('#/物理形态-要点');
    // Turned sideways again: the slide view, without the reader's styles. The slide just read
    // keeps every point; the slides ahead build step by step again.
    await page.setViewportSize({ width: 844, height: 390 });
    await expect.poll(() => page.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    await expect.poll(() => page.locator('.deck-reader').count()).toBe(0);
    expect(await toReader.count()).toBe(1);
    expect((await currentSlide(page)).id).toBe('物理形态-要点');
    for (const point of await points.all()) expect(await point.isVisible()).toBe(true);
    // On through the next section's divider to its key points, and their first step. (Points
    // given back their build fade out over reveal's 0.2 s: polled, not read once.)
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect((await currentSlide(page)).id).toBe('功能体验-要点');
    await expect.poll(() => stepsShown(page, '功能体验-要点')).toEqual([true, false, false, false, false]);
    await page.context().close();
  });

  it('tells a touch-screen reader on the cover to swipe, not which keys to press, where the full text is and that a diagram opens large', async () => {
    const page = await openOnPhone('#/cover', 844, 390);
    expect(await page.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    // Held sideways, the toolbar's buttons are folded into 更多: the hint says where to look.
    expect(await page.locator('#cover .deck-hint').textContent()).toBe(
      '向左滑动翻页；点图表可放大；点“更多”里的“阅读模式”读全文',
    );
    expect(await page.getByRole('button', { name: '更多' }).isVisible()).toBe(true);
    // As large as the notes' smallest text, though the slide is drawn at half its size.
    expect(await page.locator('#cover .deck-hint').evaluate(drawnFontSize)).toBeGreaterThanOrEqual(14);
    const folded = page.getByRole('link', { name: '阅读模式', includeHidden: true });
    expect(await folded.count()).toBe(1);
    expect(await folded.isVisible()).toBe(false);
    await page.context().close();
    // A tablet's screen is tall enough for the toolbar's whole row: the hint names the button.
    const tablet = await openOnPhone('#/cover', 1024, 768);
    expect(await tablet.locator('#cover .deck-hint').textContent()).toBe(
      '向左滑动翻页；点图表可放大；点“阅读模式”读全文',
    );
    expect(await tablet.getByRole('link', { name: '阅读模式' }).isVisible()).toBe(true);
    await tablet.context().close();
    // A large tablet shows the slides at full size, where a tap opens no diagram: the hint says none.
    const large = await openOnPhone('#/cover', 1366, 1024);
    expect(await large.locator('#cover .deck-hint').textContent()).toBe('向左滑动翻页；点“阅读模式”读全文');
    await large.context().close();
  });

  it('spares a phone the presenter tools, and gives them to a reader whose window grows wide', async () => {
    const page = await session().open('', { width: 390, height: 844 });
    const tools = () => page.evaluate(() => document.documentElement.dataset.presenterTools);
    expect(await tools()).toBe('not-needed');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(async () => page.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    await expect.poll(tools, { timeout: 10_000 }).toBe('ready');
    expect(await page.locator('#cover .deck-hint').textContent()).toBe(
      '按 → 或空格键翻页，按 R 进入阅读模式（附全文），按 ? 查看快捷键',
    );
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await expect
      .poll(async () => (await speaker.locator('.speaker-controls-notes .value').textContent()) ?? '', {
        timeout: 15_000,
      })
      .toContain('开场：点出题目');
    // The reader view showed every point at once; the slide view builds them step by step.
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    expect((await currentSlide(page)).id).toBe('引言');
    expect(await stepsShown(page, '引言')).toEqual([true, false, false, false, false]);
    await page.context().close();
  });

  it('tells a diagram in plain words, then its steps and flow, under it in the reader view, without the presenter’s cue', async () => {
    const page = await session().open('#/功能体验-esim-order', { width: 390, height: 844 });
    const notes = scrollPageOf(page, '功能体验-esim-order').locator('.reader-notes');
    expect(await notes.textContent()).toContain('LPA:1$SM-DP+ 地址$匹配 ID');
    expect(await notes.isVisible()).toBe(true);
    // A reader alone first gets the drawing in plain words, then its steps, then the same in full,
    // its interfaces and keys named, said to be the technical detail.
    expect(await notes.locator('.notes-gist').textContent()).toMatch(/^简单说：第一步像买卡：/);
    const order = await notes.evaluate((el) =>
      Array.from(
        el.querySelectorAll('.notes-gist, ol.notes-steps, .notes-explanation'),
        (n) => n.classList[0],
      ),
    );
    expect(order.slice(0, 2)).toEqual(['notes-gist', 'notes-steps']);
    expect(order.length).toBeGreaterThan(2);
    expect(order.slice(2).every((name) => name === 'notes-explanation')).toBe(true);
    expect(await notes.locator('.notes-explanation').first().textContent()).toMatch(/^技术细节：/);
    // Its arrows one to a numbered line, before the flow; a note unnumbered, with whom it is over.
    const steps = notes.getByRole('list', { name: '图中的步骤' });
    expect(await steps.isVisible()).toBe(true);
    const lines = await steps
      .locator('li')
      .evaluateAll((items) => items.map((li) => [li.textContent, getComputedStyle(li).listStyleType]));
    expect(lines[0]).toEqual(['用户 → 运营商 (MNO)：办理套餐、实名核验', 'decimal']);
    expect(lines[5]).toEqual(['标注（本地配置文件助手）：或不扫码：手机查发现服务器 (SM-DS)', 'none']);
    expect(lines.filter(([, style]) => style === 'decimal')).toHaveLength(7);
    // The presenter's cue (time to spend, what to say over the drawing) is not for a reader alone.
    expect(await notes.textContent()).not.toContain('建议用时');
    expect(await notes.textContent()).not.toContain('开通分三步');
    await page.context().close();
  });

  it('on a phone heads a diagram’s notes with its title, large enough to read, broken between words there and when enlarged', async () => {
    const title = '实体 SIM 卡：密钥事先写进卡里';
    const page = await openOnPhone('#/功能体验-sim-provisioning', 390, 844);
    const notes = scrollPageOf(page, '功能体验-sim-provisioning').locator('.reader-notes');
    // Drawn above at a third of its size, the slide's own title is about 10 px: the notes open
    // with it at their size and up, then the button that enlarges the drawing, then its caption.
    const heading = notes.locator('p.diagram-title');
    expect(await heading.isVisible()).toBe(true);
    expect(await heading.textContent()).toBe(title);
    expect(
      await heading.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(17);
    const order = await notes.evaluate((el) =>
      Array.from(el.querySelectorAll('p.diagram-title, button, p.diagram-caption'), (n) => n.localName),
    );
    expect(order).toEqual(['p', 'button', 'p']);
    expect((await lineBreaks(heading)).filter((line) => line.insideAWord)).toEqual([]);
    // The enlarged view's title wraps too, on its words: not 实体 SIM 卡：密 / 钥事先写进卡里.
    await notes.getByRole('button', { name: `放大查看图表：${title}` }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const dialogTitle = dialog.getByRole('heading', { name: title });
    const breaks = await lineBreaks(dialogTitle);
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks.filter((line) => line.insideAWord)).toEqual([]);
    await page.keyboard.press('Escape');
    // On a laptop the slide beside the notes is large enough to read its own title.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => heading.isVisible()).toBe(false);
    await page.context().close();
  });

  it('opens on a slow phone with nothing jumping once drawn: the toolbar appears in its bar at the foot', async () => {
    const context = await session().browser.newContext({
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 1.75,
    });
    const page = await context.newPage();
    // A phone's slower CPU, as Lighthouse's mobile run has it: the page paints before the deck is ready.
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const shifts: { value: number; nodes: string[] }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          sources: { node?: Node }[];
        }[])
          shifts.push({
            value: entry.value,
            nodes: entry.sources.map((s) => (s.node instanceof Element ? s.node.className : '')),
          });
      }).observe({ type: 'layout-shift', buffered: true });
      // When the deck's fonts came in, to tell a late font (the deck starts after 1 s without it)
      // from a layout that jumps.
      document.fonts.addEventListener('loadingdone', () => {
        (window as unknown as { __fontsAt: number }).__fontsAt = performance.now();
      });
    });
    await page.goto(session().server.url);
    await page.waitForSelector('.reveal.ready');
    await page.waitForTimeout(1000);
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts,
    );
    // What moved, and when the fonts and the deck were ready, for a run that fails.
    const timing = await page.evaluate(() => ({
      fontsAt: (window as unknown as { __fontsAt?: number }).__fontsAt,
      readyAt: performance.getEntriesByName('deck-ready')[0]?.startTime,
    }));
    const seen = JSON.stringify({ shifts, ...timing });
    expect(
      shifts.filter((s) => s.nodes.includes('deck-toolbar')),
      seen,
    ).toEqual([]);
    expect(
      shifts.reduce((sum, s) => sum + s.value, 0),
      seen,
    ).toBeLessThan(0.01);
    const bar = await page.locator('.deck-toolbar').boundingBox();
    expect(bar && bar.y + bar.height).toBeCloseTo(823, 0);
    await context.close();
  });

  it('on a phone wraps each repeated point and source between words, never leaving one character on a line', async () => {
    const page = await session().open(
      '#/总结',
      { width: 390, height: 844 },
      { isMobile: true, hasTouch: true },
    );
    await page.waitForSelector('ul.reader-copy li');
    // Each point that wraps, as its lines: their text, whether the generator marked a word break
    // (<wbr>) where the line starts, and the character before it.
    const wrapped = await page.evaluate(() =>
      Array.from(document.querySelectorAll('ul.reader-copy li'), (li) => {
        const chars: { c: string; top: number; marked: boolean }[] = [];
        let marked = false;
        const walker = document.createTreeWalker(li, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeName === 'WBR') marked = true;
          if (node.nodeType !== Node.TEXT_NODE) continue;
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            chars.push({
              c: text[i] as string,
              top: Math.round(range.getClientRects()[0]?.top ?? -1),
              marked,
            });
            marked = false;
          }
        }
        const lines: { text: string; marked: boolean; before: string }[] = [];
        for (const [i, ch] of chars.entries()) {
          const before = chars[i - 1];
          if (!before || ch.top > before.top + 2)
            lines.push({ text: '', marked: ch.marked, before: before?.c ?? '' });
          (lines.at(-1) as { text: string }).text += ch.c;
        }
        return lines;
      }).filter((lines) => lines.length > 1),
    );
    expect(wrapped.length).toBeGreaterThanOrEqual(5);
    const split = wrapped.flatMap((lines) =>
      lines
        .slice(1)
        .filter(
          (line) =>
            !(line.marked || /[\s\p{P}\p{S}]/u.test(line.before) || /^[\s\p{P}]/u.test(line.text)) ||
            line.text.trim().length < 2,
        )
        .map((line) => `${lines[0]?.text}… / ${line.text}`),
    );
    expect(split).toEqual([]);
    await page.context().close();
  });

  it('closes the chapter menu on a click beside it, but not on one inside its margin', async () => {
    const page = await session().open('#/物理形态');
    await page.keyboard.press('m');
    const menu = page.locator('dialog#chapter-menu[open]');
    await expect.poll(() => menu.count()).toBe(1);
    const box = await menu.evaluate((dialog) => {
      const { left, top, height } = dialog.getBoundingClientRect();
      return { left, top, height, padding: Number.parseFloat(getComputedStyle(dialog).paddingLeft) };
    });
    expect(box.padding).toBeGreaterThan(8);
    // Within the dialog's padding, beside its list: a near miss of a chapter, not a wish to leave.
    await page.mouse.click(box.left + box.padding / 2, box.top + box.height / 2);
    expect(await menu.count()).toBe(1);
    await page.mouse.click(box.left / 2, box.top + box.height / 2);
    await expect.poll(() => menu.count()).toBe(0);
    await page.context().close();
  });

  it('gives a reader the deck’s note on the article’s words after them, said ahead, without the presenter’s cue', async () => {
    const page = await session().open('#/挑战与争议-要点', { width: 390, height: 844 });
    const notes = scrollPageOf(page, '挑战与争议-要点').locator('.reader-notes');
    await notes.scrollIntoViewIfNeeded();
    const last = notes.locator(':scope > :last-child');
    expect(await last.textContent()).toMatch(
      /^注：文中“政府出于国家安全考虑，要求所有设备必须使用本地生产的SIM卡”一例没有给出出处。实际的限制多是：.+。$/,
    );
    expect(await last.isVisible()).toBe(true);
    expect(await notes.textContent()).toContain('要求所有设备必须使用本地生产的SIM卡');
    expect(await notes.textContent()).not.toContain('不必展开');
    // Said before the article's words, so they are not read as fact before the 注 is reached.
    const ahead = notes.getByText('原文有需更正或补充之处，见下方“注”。');
    const firstWords = notes.getByText('要求所有设备必须使用本地生产的SIM卡', { exact: false }).first();
    expect((await ahead.boundingBox())?.y ?? Infinity).toBeLessThan((await firstWords.boundingBox())?.y ?? 0);
    await page.context().close();
  });

  it('on a phone repeats each slide’s list or table under it at a readable size, agenda links working', async () => {
    const page = await session().open('#/功能体验-对比', { width: 390, height: 844 });
    const copyOf = (id: string) => scrollPageOf(page, id).locator('.reader-notes .reader-copy');
    for (const [id, rows] of [
      ['功能体验-对比', 'tr'],
      ['物理形态-要点', 'li'],
      ['总结', 'li'],
      ['来源', 'li'],
      ['目录', 'li'],
      ['功能体验', 'li'],
    ] as const) {
      const original = page.locator(`section#${id}`).locator(rows);
      expect(await copyOf(id).locator(rows).allTextContents(), id).toEqual(await original.allTextContents());
      const seen = await copyOf(id).evaluate((copy) => ({
        fontPx: Number.parseFloat(getComputedStyle(copy.querySelector('td, li') as Element).fontSize),
        fits: copy.getBoundingClientRect().right <= window.innerWidth,
      }));
      expect(seen.fontPx, id).toBeGreaterThanOrEqual(14);
      expect(seen.fits, id).toBe(true);
    }
    // The copy is for the eyes: a screen reader hears the slide's own list, once.
    expect(await copyOf('目录').getAttribute('aria-hidden')).toBe('true');
    // The slide is not drawn above it, its list again at a third of its size: the slide's heading
    // heads the copy, from the page's top. A diagram's slide is its drawing, shown whole.
    for (const id of ['物理形态-要点', '功能体验-对比', '目录', '功能体验']) {
      await goToSlide(page, id);
      const look = () =>
        scrollPageOf(page, id).evaluate((sticky, id) => {
          const slide = sticky.querySelector(`section#${CSS.escape(id)}`) as HTMLElement;
          const notes = sticky.querySelector('.reader-notes') as HTMLElement;
          const title = notes.querySelector(':scope > .reader-title h2') as HTMLElement;
          const copy = notes.querySelector(':scope > .reader-copy') as HTMLElement;
          // What a tap where the slide's list is drawn reaches: the notes, not the list.
          const list = (
            slide.querySelector(':scope > :is(ul, ol, table)') as HTMLElement
          ).getBoundingClientRect();
          const hit = document.elementFromPoint(list.left + list.width / 2, list.top + list.height / 2);
          return {
            title: title.textContent,
            heading: slide.querySelector('h2')?.textContent,
            notesTop: notes.getBoundingClientRect().top - sticky.getBoundingClientRect().top,
            titleAboveCopy: title.getBoundingClientRect().bottom <= copy.getBoundingClientRect().top,
            titlePx: Number.parseFloat(getComputedStyle(title).fontSize),
            hitsNotes: notes.contains(hit),
          };
        }, id);
      // Read once the page has scrolled into place.
      await expect.poll(async () => (await look()).hitsNotes, { message: id }).toBe(true);
      const seen = await look();
      expect(seen.title, id).toBe(seen.heading);
      expect(seen.notesTop, id).toBeLessThan(2);
      expect(seen.titleAboveCopy, id).toBe(true);
      expect(seen.titlePx, id).toBeGreaterThanOrEqual(20);
      expect(seen.hitsNotes, id).toBe(true);
    }
    expect(
      await scrollPageOf(page, '功能体验-sim-provisioning').evaluate(
        (sticky) => getComputedStyle(sticky.querySelector('section') as Element).clipPath,
      ),
    ).toBe('none');
    // A screen reader still reads the slide's own list.
    expect(await page.getByRole('list').filter({ hasText: '多为焊在主板' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: '应用场景的拓展' }).count()).toBe(1);
    // Links within the page land on their slide, not on the one before it.
    await copyOf('目录').locator('a', { hasText: '应用场景的拓展' }).click();
    await expect.poll(async () => (await currentSlide(page)).id).toBe('应用场景');
    await clickInToolbar(page, page.getByRole('button', { name: '目录' }));
    await page.locator('#chapter-menu').getByRole('link', { name: '未来展望' }).click();
    await expect.poll(async () => (await currentSlide(page)).id).toBe('未来展望');
    // A keyboard on the phone sees where it is: the slide it tabs into is shown, its link on top.
    await goToSlide(page, '目录');
    const link = page.locator('section#目录 a').first();
    await link.focus();
    await expect
      .poll(() =>
        link.evaluate((a) => {
          const box = a.getBoundingClientRect();
          return a.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
        }),
      )
      .toBe(true);
    await page.context().close();
  });

  it('on a phone keeps a sideways swipe in the deck, never the browser’s Back, on a reader’s page and in a diagram opened large', async () => {
    const swipe = async (page: Page, from: number, to: number): Promise<void> => {
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined ? [] : [{ x, y: 400 }] });
      await touch('touchStart', from);
      for (let i = 1; i <= 10; i++) {
        await touch('touchMove', from + ((to - from) * i) / 10);
        await page.waitForTimeout(16);
      }
      await touch('touchEnd');
      await page.waitForTimeout(1200);
    };
    for (const inDialog of [false, true]) {
      // Arrived from another page, which Back would return to.
      const page = await session().open(
        '?from',
        { width: 390, height: 844 },
        { hasTouch: true, isMobile: true },
      );
      await page.goto(`${session().server.url}#/功能体验-sim-provisioning`);
      await page.waitForSelector('.reveal.ready');
      await page.waitForTimeout(800);
      if (inDialog) {
        await page
          .getByRole('button', { name: /放大查看图表：/ })
          .first()
          .click();
        expect(await page.locator('.diagram-zoom-view').evaluate((view) => view.scrollLeft)).toBe(0);
      }
      await swipe(page, 100, 350);
      expect(new URL(page.url()).search, inDialog ? 'in the dialog' : 'on the page').toBe('');
      if (inDialog)
        expect(
          await page.locator('dialog.diagram-dialog').evaluate((d) => (d as HTMLDialogElement).open),
        ).toBe(true);
      await page.context().close();
    }
    // Pinched larger, the page pans sideways again, so a reader can follow a line; back at its
    // size, it pans down only.
    const page = await session().open('', { width: 390, height: 844 }, { hasTouch: true, isMobile: true });
    const pans = () => page.evaluate(() => getComputedStyle(document.body).touchAction);
    expect(await pans()).toBe('pan-y pinch-zoom');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await expect.poll(pans).toBe('auto');
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
    await expect.poll(pans).toBe('pan-y pinch-zoom');
    await page.context().close();
  });

  it('on a phone opens a diagram large enough to read from the reader view, on its first step, and puts it back on close', async () => {
    const page = await session().open(
      '#/功能体验-esim-order',
      { width: 390, height: 844 },
      { hasTouch: true, isMobile: true },
    );
    const title = 'eSIM 开通（一）：订购与扫码';
    const button = page.getByRole('button', { name: `放大查看图表：${title}` });
    await button.click();
    const dialog = page.getByRole('dialog', { name: title });
    expect(await dialog.isVisible()).toBe(true);
    const seen = await enlargedDiagram(page);
    expect(seen.id).toBe('diagram-esim-order');
    // Never smaller than on a full-size slide, where the diagram tests hold every label to 16 px (here measured by its box, at least 15).
    expect(seen.smallestLabel).toBeGreaterThanOrEqual(15);
    expect(seen.scrollsSideways).toBe(true);
    expect(seen.pageScrollsSideways).toBe(false);
    expect(await dialog.getByText('可左右滑动查看').isVisible()).toBe(true);
    // Upright, the phone shows a lifeline or two: the hint says turning it shows more.
    expect(await dialog.locator('.diagram-zoom-hint').textContent()).toContain('把屏幕横过来');
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    // The dialog's close event, which puts the drawing back, comes a moment after it closes.
    await expect
      .poll(() => page.locator('section#功能体验-esim-order .diagram-svg svg#diagram-esim-order').count())
      .toBe(1);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    // Left scrolled to its end, the one view the dialog has must open the next diagram at its start.
    await button.click();
    await page.locator('.diagram-zoom-view').evaluate((view) => view.scrollTo(view.scrollWidth, 0));
    await page.keyboard.press('Escape');
    const next = page.getByRole('button', { name: '放大查看图表：eSIM 开通（二）：双向认证与用户确认' });
    await next.scrollIntoViewIfNeeded();
    await next.click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'eSIM 开通（二）：双向认证与用户确认' }).isVisible())
      .toBe(true);
    expect(
      await page.locator('.diagram-zoom-view').evaluate((view) => [view.scrollLeft, view.scrollTop]),
    ).toEqual([0, 0]);
    await page.keyboard.press('Escape');
    // The download's first step runs between its two right-hand lifelines: the dialog opens on it.
    const install = page.getByRole('button', { name: '放大查看图表：eSIM 开通（三）：下载、安装、启用' });
    await install.scrollIntoViewIfNeeded();
    await install.click();
    await expect.poll(() => page.locator('dialog[open] svg#diagram-esim-install').count()).toBe(1);
    await expect.poll(() => firstStepInView(page)).toBe(true);
    await page.context().close();
  });

  it('in a laptop’s reader view scrolls the notes beside the slide below the toolbar, never between its buttons', async () => {
    const page = await session().open('?view=scroll#/功能体验-要点', { width: 1024, height: 640 });
    const notes = page.locator('.scroll-page:has(#功能体验-要点) .reader-notes');
    await notes.evaluate((box) => box.scrollTo(0, box.scrollHeight));
    const [box, bar] = await Promise.all([notes.boundingBox(), page.locator('.deck-toolbar').boundingBox()]);
    expect(box && bar && box.y >= bar.y + bar.height).toBe(true);
    expect(await notes.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await page.context().close();
  });

  it('in a window wider than high but too narrow for notes beside the slide, gives the notes under it a good part of the screen', async () => {
    for (const [width, height] of [
      [800, 600],
      [860, 540],
    ] as const) {
      const page = await session().open('?view=scroll#/物理形态-要点', { width, height });
      const scrollPage = scrollPageOf(page, '物理形态-要点');
      const notes = scrollPage.locator('.reader-notes');
      await notes.waitFor();
      const [slide, box, bar] = await Promise.all([
        scrollPage.locator('section').boundingBox(),
        notes.boundingBox(),
        page.locator('.deck-toolbar').boundingBox(),
      ]);
      // The slide across the width left the notes a strip of two lines above the toolbar.
      expect(box && bar && bar.y - box.y, `${width} × ${height}`).toBeGreaterThan(height * 0.3);
      // The slide, smaller, is whole above them, and its points still readable.
      expect(
        slide && box && slide.y >= 0 && slide.y + slide.height <= box.y + 1,
        `${width} × ${height}`,
      ).toBe(true);
      const point = await scrollPage
        .locator('section ul.points li')
        .first()
        .evaluate((li) => li.getBoundingClientRect().height);
      expect(point, `${width} × ${height}`).toBeGreaterThan(12);
      await page.context().close();
      // A slide with nothing under it to read (the sources) keeps its size.
      const end = await session().open('?view=scroll#/来源', { width, height });
      const sources = scrollPageOf(end, '来源').locator('section');
      await sources.waitFor();
      const whole = await sources.boundingBox();
      expect(whole?.height, `${width} × ${height}: the sources`).toBeGreaterThan(height * 0.6);
      await end.context().close();
    }
  });

  it('in a laptop’s reader view starts short notes level with the slide’s top edge, and long ones at the column’s top', async () => {
    const page = await session().open('?view=scroll#/功能体验-对比', { width: 1366, height: 768 });
    const tops = (id: string) =>
      scrollPageOf(page, id).evaluate((scrollPage) => {
        const slide = scrollPage.querySelector('section') as Element;
        const notes = scrollPage.querySelector('.reader-notes:not(.reader-copy-only)') as Element;
        const first = notes.querySelector(':scope > .reader-notes-label') as Element;
        return {
          slide: slide.getBoundingClientRect().top,
          notes: notes.getBoundingClientRect().top,
          first: first.getBoundingClientRect().top,
        };
      });
    // A two-line note beside the table: beside the slide, not under the toolbar far above it.
    const short = await tops('功能体验-对比');
    expect(Math.abs(short.first - short.slide)).toBeLessThan(16);
    // Notes taller than the room below that edge take the column from its top.
    await goToSlide(page, '物理形态-要点');
    await expect.poll(async () => (await currentSlide(page)).id).toBe('物理形态-要点');
    const long = await tops('物理形态-要点');
    expect(long.first - long.notes).toBeLessThan(16);
    expect(long.slide - long.first).toBeGreaterThan(60);
    await page.context().close();
  });

  it('in a small laptop’s reader view reads notes longer than the screen to their end with the keys, then goes on', async () => {
    const page = await session().open('?view=scroll#/功能体验-要点', { width: 1280, height: 720 });
    const notes = page.locator('.scroll-page:has(#功能体验-要点) .reader-notes');
    const end = () => notes.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
    expect(await end()).toBe(false);
    // Under the shortcut list the keys are the list's: the notes behind it stay where they are.
    await page.keyboard.press('Shift+Slash');
    await expect.poll(() => page.getByRole('dialog', { name: '快捷键' }).isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(400);
    expect(await notes.evaluate((el) => el.scrollTop)).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: '快捷键' }).isVisible()).toBe(false);
    // The first Tab starts at the slide in view, not at the top of the page: once the deep link
    // has brought it into view (under load, the reader view may still be scrolling there).
    await expect.poll(async () => (await currentSlide(page)).id).toBe('功能体验-要点');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('.scroll-page')?.querySelector('section')?.id,
      ),
    ).toBe('功能体验-要点');
    expect((await currentSlide(page)).id).toBe('功能体验-要点');
    // Each key read once its scroll has come to rest: a key pressed while the notes still glide
    // to their end would, rightly, go on to the next slide.
    const top = () => notes.evaluate((el) => el.scrollTop);
    const scrolledFrom = async (from: number) => {
      await expect.poll(top).not.toBe(from);
      let last = -1;
      await expect
        .poll(
          async () => {
            const now = await top();
            const still = now === last;
            last = now;
            return still;
          },
          { interval: 150 },
        )
        .toBe(true);
    };
    for (let i = 0; i < 20 && !(await end()); i++) {
      const from = await top();
      await page.keyboard.press(i % 2 === 0 ? 'ArrowDown' : 'PageDown');
      await scrolledFrom(from);
      expect((await currentSlide(page)).id).toBe('功能体验-要点');
    }
    expect(await end()).toBe(true);
    // The deck's note on the article's words, at the notes' end, is in sight.
    const last = notes.locator(':scope > *').last();
    const [seen, box] = await Promise.all([last.boundingBox(), notes.boundingBox()]);
    expect(seen && box && seen.y + seen.height <= box.y + box.height + 1).toBe(true);
    // Back up scrolls them up first; then on, past their end, to the next slide.
    const bottom = await top();
    await page.keyboard.press('ArrowUp');
    await scrolledFrom(bottom);
    expect((await currentSlide(page)).id).toBe('功能体验-要点');
    expect(await end()).toBe(false);
    // Space on a focused button presses it, notes to scroll or not.
    await notes.evaluate((el) => el.scrollTo(0, 0));
    await page.getByRole('button', { name: '切换到深色主题' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await notes.evaluate((el) => el.scrollTop)).toBe(0);
    await notes.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await currentSlide(page)).id).toBe('功能体验-对比');
    await page.context().close();
  });

  it('on a small laptop says which ways an enlarged diagram scrolls, in words for a mouse, and opens it on its first step', async () => {
    const page = await session().open('?view=scroll#/功能体验-esim-install', { width: 1024, height: 640 });
    await page.locator('section#功能体验-esim-install .diagram-svg').click();
    const dialog = page.getByRole('dialog', { name: 'eSIM 开通（三）：下载、安装、启用' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const seen = await enlargedDiagram(page);
    const ways = `${seen.scrollsDown ? '上下' : ''}${seen.scrollsSideways ? '左右' : ''}`;
    expect(ways).not.toBe('');
    // Said to a mouse and keyboard: no swiping or pinching.
    expect(await dialog.locator('.diagram-zoom-hint').textContent()).toBe(
      `可${ways}滚动查看：用滚轮、滚动条或方向键。`,
    );
    await expect.poll(() => firstStepInView(page)).toBe(true);
    expect(await dialog.locator('.diagram-zoom-hint').isVisible()).toBe(true);
    await page.context().close();
  });

  it('in a laptop’s reader view opens a diagram whole at a click on it, with no scrolling', async () => {
    const page = await session().open('?view=scroll#/功能体验-euicc-inside');
    await page.locator('section#功能体验-euicc-inside .diagram-svg').click();
    const dialog = page.getByRole('dialog', { name: 'eSIM 芯片里有什么' });
    expect(await dialog.isVisible()).toBe(true);
    const seen = await enlargedDiagram(page);
    expect(seen.id).toBe('diagram-euicc-inside');
    expect(seen.smallestLabel).toBeGreaterThanOrEqual(15);
    expect(seen.scrollsSideways || seen.scrollsDown).toBe(false);
    expect(await dialog.locator('.diagram-zoom-hint').isVisible()).toBe(false);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect
      .poll(() => page.locator('section#功能体验-euicc-inside svg#diagram-euicc-inside').count())
      .toBe(1);
    await page.context().close();
  });

  it('opens a diagram large from the keyboard in the slide view, small or full size, and gives focus back', async () => {
    for (const viewport of [
      { width: 844, height: 390 },
      { width: 1280, height: 720 },
    ]) {
      const page = await session().open('?transition=none#/功能体验-esim-order', viewport);
      const drawing = page.getByRole('button', { name: '放大查看图表：eSIM 开通（一）：订购与扫码' });
      // Reached with Tab from the slide's own content; seen once it has focus.
      await page.locator('section#功能体验-esim-order h2').click();
      await page.keyboard.press('Tab');
      expect(await drawing.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await drawing.isVisible()).toBe(true);
      // It shows in the heading's row, over none of the drawing.
      const [button, svg] = await Promise.all([
        drawing.boundingBox(),
        page.locator('section#功能体验-esim-order svg').boundingBox(),
      ]);
      expect(button && svg && button.y + button.height <= svg.y).toBe(true);
      // A resize (full screen, a window dragged) leaves the focus where it is.
      await page.setViewportSize({ width: viewport.width - 40, height: viewport.height });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
      expect(await drawing.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('dialog[open] svg#diagram-esim-order').count()).toBe(1);
      expect((await currentSlide(page)).id).toBe('功能体验-esim-order');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
      expect(await drawing.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => page.locator('section#功能体验-esim-order .diagram-svg svg').count()).toBe(1);
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
      await page.context().close();
    }
  });

  it('on a phone held sideways opens a diagram large at a tap on it, but leaves a full-size slide alone', async () => {
    const phone = await session().open('#/功能体验-esim-install', { width: 844, height: 390 });
    expect(await phone.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    // reveal's number box would sit on the small slide's corner; the progress bar says as much.
    expect(await phone.locator('.reveal .slide-number').isVisible()).toBe(false);
    await phone.locator('section#功能体验-esim-install .diagram-svg').click();
    expect(await phone.getByRole('dialog', { name: 'eSIM 开通（三）：下载、安装、启用' }).isVisible()).toBe(
      true,
    );
    const seen = await enlargedDiagram(phone);
    expect(seen.id).toBe('diagram-esim-install');
    expect(seen.smallestLabel).toBeGreaterThanOrEqual(15);
    // Turned already: no word about turning it.
    expect(await phone.locator('.diagram-zoom-hint').textContent()).not.toContain('横过来');
    await phone.context().close();

    const laptop = await session().open('#/功能体验-esim-install');
    await laptop.locator('section#功能体验-esim-install .diagram-svg').click();
    expect(await laptop.locator('dialog[open]').count()).toBe(0);
    await laptop.context().close();
  });

  it('on a tablet held sideways opens a diagram large at a tap on it, a third larger than the slide draws it', async () => {
    const tablet = await openOnPhone('#/功能体验-sim-provisioning', 1024, 768);
    expect(await tablet.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    const onSlide = await tablet
      .locator('section#功能体验-sim-provisioning .diagram-svg svg')
      .evaluate(smallestLabelOf);
    await tablet.locator('section#功能体验-sim-provisioning .diagram-svg').tap();
    await expect
      .poll(() => tablet.getByRole('dialog', { name: '实体 SIM 卡：密钥事先写进卡里' }).isVisible())
      .toBe(true);
    // The slide is drawn at 0.77 of its size there; enlarged, at full size.
    expect((await enlargedDiagram(tablet)).smallestLabel).toBeGreaterThan(onSlide * 1.25);
    await tablet.context().close();
  });

  it('in a small window shows a mouse that a click opens a diagram large, and says so in the shortcut list', async () => {
    const page = await session().open('#/功能体验-esim-install', { width: 800, height: 480 });
    const help = await shortcutList(page);
    expect(await help.getByRole('row', { name: /点击图表/ }).textContent()).toContain('放大查看');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    const drawing = page.locator('section#功能体验-esim-install .diagram-svg');
    const pointer = () => drawing.evaluate((el) => getComputedStyle(el).cursor);
    expect(await pointer()).toBe('zoom-in');
    // Grown to where the slide is shown at full size, a click opens nothing: no pointer says it would.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(pointer).toBe('auto');
    await drawing.click();
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.setViewportSize({ width: 800, height: 480 });
    await expect.poll(pointer).toBe('zoom-in');
    await drawing.click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'eSIM 开通（三）：下载、安装、启用' }).isVisible())
      .toBe(true);
    await page.context().close();
  });

  it('keeps a diagram opened large when the phone is turned upright into the reader view, and puts it back on close', async () => {
    const phone = await session().open('#/功能体验-esim-install', { width: 844, height: 390 });
    await phone.locator('section#功能体验-esim-install .diagram-svg').click();
    const dialog = phone.getByRole('dialog', { name: 'eSIM 开通（三）：下载、安装、启用' });
    expect(await dialog.isVisible()).toBe(true);
    // A resize that keeps the view leaves the drawing where it is, scrolled as it was.
    const view = phone.locator('.diagram-zoom-view');
    await view.evaluate((el) => el.scrollTo(40, 0));
    const scrolled = await view.evaluate((el) => el.scrollLeft);
    await phone.setViewportSize({ width: 800, height: 380 });
    await phone.waitForTimeout(300);
    expect(await dialog.locator('svg#diagram-esim-install').count()).toBe(1);
    expect(await view.evaluate((el) => el.scrollLeft)).toBe(scrolled);
    await phone.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => phone.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    await phone.waitForTimeout(500);
    // Still open, the drawing in it; the slide's own place empty until it is closed.
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.locator('svg#diagram-esim-install').count()).toBe(1);
    await phone.keyboard.press('Escape');
    await expect.poll(() => phone.locator('dialog[open]').count()).toBe(0);
    expect(
      await phone.locator('section#功能体验-esim-install .diagram-svg > svg#diagram-esim-install').count(),
    ).toBe(1);
    // And back sideways, into the slide view: the drawing is on its slide.
    await phone.setViewportSize({ width: 844, height: 390 });
    await expect.poll(() => phone.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    expect(
      await phone.locator('section#功能体验-esim-install .diagram-svg > svg#diagram-esim-install').count(),
    ).toBe(1);
    await phone.context().close();
  });

  it('leaves a diagram opened large in place when a 590 px phone’s address bar hides, the view unchanged', async () => {
    const page = await session().open(
      '#/功能体验-esim-install',
      { width: 590, height: 800 },
      { hasTouch: true, isMobile: true },
    );
    await expect.poll(() => page.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    const install = page.getByRole('button', { name: '放大查看图表：eSIM 开通（三）：下载、安装、启用' });
    await install.scrollIntoViewIfNeeded();
    await install.click();
    await expect.poll(() => page.locator('dialog[open] svg#diagram-esim-install').count()).toBe(1);
    // Whatever takes the drawing out of the dialog, even for a moment, is counted.
    await page.evaluate(() => {
      const holder = document.querySelector('dialog[open] svg#diagram-esim-install')?.parentElement;
      const moves = new MutationObserver((records) => {
        document.body.dataset.drawingMoves = String(
          Number(document.body.dataset.drawingMoves ?? 0) +
            records.filter((r) => r.removedNodes.length).length,
        );
      });
      if (holder) moves.observe(holder, { childList: true });
    });
    await page.setViewportSize({ width: 590, height: 720 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.body.dataset.drawingMoves ?? '0')).toBe('0');
    expect(await page.locator('dialog[open] svg#diagram-esim-install').count()).toBe(1);
    await page.context().close();
  });

  it('on a phone held sideways in the reader view sets the notes beside the slide, in reach, the toolbar folded clear of both', async () => {
    const page = await session().open(
      '?view=scroll#/物理形态-要点',
      { width: 667, height: 375 },
      { hasTouch: true, isMobile: true },
    );
    await page.waitForSelector('html[data-presenter-tools]', { state: 'attached' });
    const sticky = scrollPageOf(page, '物理形态-要点');
    const slide = await sticky.locator('section#物理形态-要点').boundingBox();
    const notes = sticky.locator('.reader-notes');
    const box = await notes.boundingBox();
    const bar = await page.locator('.deck-toolbar').boundingBox();
    if (!slide || !box || !bar) throw new Error('the slide, its notes or the toolbar is not laid out');
    // Beside the slide and on the screen, below the toolbar, which shows only 更多 and where the reader is.
    expect(box.x).toBeGreaterThanOrEqual(slide.x + slide.width);
    expect(box.y).toBeLessThan(375 / 2);
    expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(bar.x).toBeGreaterThanOrEqual(slide.x + slide.width);
    expect(await page.locator('.deck-toolbar .reader-counter').textContent()).toBe('5 / 22');
    // The slide's points again at a readable size, then the article's words, read to their end.
    expect(await notes.locator('ul.reader-copy').isVisible()).toBe(true);
    expect(
      await notes
        .locator('ul.reader-copy li')
        .first()
        .evaluate((li) => Number.parseFloat(getComputedStyle(li).fontSize)),
    ).toBeGreaterThanOrEqual(16);
    await notes.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const last = await notes.locator('p').last().boundingBox();
    expect(last && last.y + last.height).toBeLessThanOrEqual(375);
    expect(await notes.locator('p').last().textContent()).toContain('没有锁网');
    // The comparison table again, its cells at 14 px (on the slide beside it they are under 9),
    // within the notes' column.
    const table = scrollPageOf(page, '功能体验-对比').locator('.reader-notes table.reader-copy');
    await table.scrollIntoViewIfNeeded();
    expect(await table.isVisible()).toBe(true);
    const fit = await table.evaluate((el) => ({
      size: Number.parseFloat(getComputedStyle(el.querySelector('td') as Element).fontSize),
      within: el.scrollWidth <= (el.parentElement as HTMLElement).clientWidth,
    }));
    expect(fit).toEqual({ size: 14, within: true });
    await page.context().close();
  });

  it('offers a diagram enlarged in the reader view on a laptop with a button as wide as its words, beside the slide', async () => {
    const page = await session().open('#/功能体验-euicc-inside');
    await clickInToolbar(page, page.getByRole('link', { name: '阅读模式' }));
    await page.waitForSelector('.reveal-viewport.reveal-scroll');
    const button = scrollPageOf(page, '功能体验-euicc-inside').getByRole('button', {
      name: '放大查看图表：eSIM 芯片里有什么',
    });
    await expect.poll(() => button.isVisible()).toBe(true);
    // The notes beside the slide are a column that stretches what it holds: the button is not a
    // bar the column's width, which read as a box to type in.
    const widths = await button.evaluate((el) => ({
      button: el.getBoundingClientRect().width,
      column: el.parentElement?.getBoundingClientRect().width ?? 0,
    }));
    expect(widths.column).toBeGreaterThan(400);
    expect(widths.button).toBeLessThan(widths.column / 2);
    await page.context().close();
  });

  it('in a tablet’s reader view held sideways repeats the table beside its notes, where the slide draws it small', async () => {
    const tableSizes = async (page: Page) => {
      const pageOfTable = scrollPageOf(page, '功能体验-对比');
      await pageOfTable.scrollIntoViewIfNeeded();
      const cell = async (where: string) => {
        const td = pageOfTable.locator(where).first();
        const shown = await td.evaluate((el) => el.getBoundingClientRect().height > 0);
        return { shown, size: shown ? await td.evaluate(drawnFontSize) : 0 };
      };
      return {
        slide: await cell('section table.comparison td'),
        copy: await cell('.reader-notes table.reader-copy td'),
      };
    };
    const tablet = await openOnPhone('?view=scroll#/功能体验-对比', 1024, 768);
    await tablet.waitForSelector('.reveal-viewport.reveal-scroll');
    const sideways = await tableSizes(tablet);
    expect(sideways.slide.size).toBeLessThan(14);
    expect(sideways.copy).toEqual({ shown: true, size: 14 });
    await tablet.context().close();
    // A laptop's reader view draws the table large enough: no copy.
    const laptop = await session().open('?view=scroll#/功能体验-对比', { width: 1280, height: 800 });
    await laptop.waitForSelector('.reveal-viewport.reveal-scroll');
    const wide = await tableSizes(laptop);
    expect(wide.slide.size).toBeGreaterThanOrEqual(15);
    expect(wide.copy.shown).toBe(false);
    await laptop.context().close();
  });

  it('switches between slide and reader view from the toolbar, keeping the slide', async () => {
    const page = await session().open('#/未来展望');
    await clickInToolbar(page, page.getByRole('link', { name: '阅读模式' }));
    await page.waitForSelector('.reveal-viewport.reveal-scroll');
    await expect.poll(async () => (await currentSlide(page)).id).toBe('未来展望');
    await page.getByRole('link', { name: '演示模式' }).click();
    await page.waitForSelector('.reveal.ready');
    expect(await page.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    expect((await currentSlide(page)).id).toBe('未来展望');
    // The choice holds for the tab, through a reload, but stays out of the address: a link
    // copied from there opens on a phone in the reader view, as a phone needs.
    expect(new URL(page.url()).search).toBe('');
    await clickInToolbar(page, page.getByRole('link', { name: '阅读模式' }));
    await page.waitForSelector('.reveal-viewport.reveal-scroll');
    expect(new URL(page.url()).search).toBe('');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: '演示模式' }).click();
    await page.waitForSelector('.reveal.ready');
    await page.reload();
    await page.waitForSelector('.reveal.ready');
    expect(await page.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    const copied = new URL(page.url());
    expect(copied.search).toBe('');
    await page.context().close();
    const phone = await openOnPhone(`${copied.search}${copied.hash}`, 390, 844);
    expect(await phone.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    await phone.context().close();
  });

  it('prints one whole slide per page with Ctrl+P from the slide view, every point shown, light on paper', async () => {
    // Mid-way through a slide's build steps, in the dark theme: paper gets neither.
    const page = await session().open('#/物理形态-要点', undefined, { colorScheme: 'dark' });
    await page.keyboard.press('ArrowRight');
    const { pdf, slides, paper } = await printedAsIs(page);
    expect(pdf.pages).toBe(slides.length);
    expect(pdf.sizes.every((s) => s.width === 960 && s.height === 540)).toBe(true);
    slides.forEach((slide, i) => {
      expect(pdf.text[i]).toContain(squeeze(slide.heading));
      for (const point of slide.points) expect(pdf.text[i]).toContain(squeeze(point));
    });
    // Keyboard hints and the screen's chrome stay off paper.
    expect(pdf.text[0]).not.toContain('翻页');
    expect(paper).toBe('rgb(247, 249, 252)');
    await page.context().close();
  });

  it('lays out the print view light, as paper is, on a system set to the dark theme', async () => {
    const context = await session().browser.newContext({
      viewport: { width: 1280, height: 720 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    await page.goto(`${session().server.url}?print-pdf`);
    await page.waitForSelector('.reveal .pdf-page .deck-title');
    const colours = await page.evaluate(() => {
      const sheet = document.querySelector('.reveal .pdf-page') as HTMLElement;
      const diagram = document.querySelector('.reveal .pdf-page .diagram-svg') as Element;
      return {
        page: getComputedStyle(sheet).backgroundColor,
        title: getComputedStyle(sheet.querySelector('.deck-title') as Element).color,
        // Diagrams too: a white card, dark labels.
        card: getComputedStyle(diagram).backgroundColor,
        label: getComputedStyle(diagram.querySelector('text.messageText') as Element).fill,
      };
    });
    expect(colours).toEqual({
      page: 'rgb(247, 249, 252)',
      title: 'rgb(20, 35, 58)',
      card: 'rgb(255, 255, 255)',
      label: 'rgb(15, 37, 64)',
    });
    await context.close();
  });

  it('switches the print view between the slides and notes pages, each saying how to print it', async () => {
    const context = await session().browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${session().server.url}?print-pdf`);
    const hint = page.getByRole('note');
    await expect.poll(() => hint.textContent()).toContain('横向');
    await hint.getByRole('link', { name: /改为打印讲稿/ }).click();
    await page.waitForSelector('html.print-handout');
    expect(await hint.textContent()).toContain('A4');
    // Each sheet holds one slide, drawn within the sheet's width, and that slide's notes below it.
    const sheets = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.reveal .slides > .pdf-page'), (sheet) => {
        const frame = (sheet.querySelector('.handout-frame') as Element).getBoundingClientRect();
        const notes = sheet.querySelector('.speaker-notes-pdf')?.getBoundingClientRect();
        return {
          slides: sheet.querySelectorAll('section[data-kind]').length,
          inside: frame.right <= sheet.getBoundingClientRect().right,
          below: notes !== undefined && notes.top >= frame.bottom,
        };
      }),
    );
    expect(sheets.length).toBe(await page.locator('.reveal .slides section[data-kind]').count());
    for (const sheet of sheets) expect(sheet).toEqual({ slides: 1, inside: true, below: true });
    // The hint sits above the first sheet, and scrolls away with it: it covers none of them.
    const clear = await page.evaluate(() => {
      const first = document.querySelector('.reveal .slides > .pdf-page') as Element;
      const note = document.querySelector('.print-hint') as Element;
      return first.getBoundingClientRect().top - note.getBoundingClientRect().bottom;
    });
    expect(clear).toBeGreaterThan(0);
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect(await hint.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    // The same sheets for readers: the notes without the presenter's cues, and where a slide's
    // notes were only its cue, the slide without a "讲稿" label over nothing.
    await hint.getByRole('link', { name: /改为打印讲义/ }).click();
    await page.waitForURL(/cues=off/);
    await page.waitForSelector('html.print-handout');
    const forReaders = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.reveal .slides > .pdf-page'), (sheet) => {
        const notes = sheet.querySelector('.speaker-notes-pdf');
        return {
          ids: Array.from(sheet.querySelectorAll('section[data-kind]'), (slide) => slide.id),
          notes: notes instanceof HTMLElement && notes.offsetHeight > 0,
          cue: Array.from(sheet.querySelectorAll<HTMLElement>('.notes-cue')).some((c) => c.offsetHeight > 0),
          blocks: sheet.querySelectorAll('.speaker-notes-pdf').length,
        };
      }),
    );
    expect(forReaders.some((s) => s.cue)).toBe(false);
    // The agenda, whose notes were its cue alone, goes under the introduction's notes (at half
    // size): no notes block of its own over nothing.
    expect(forReaders.find((s) => s.ids.includes('目录'))).toMatchObject({
      ids: ['引言', '目录'],
      notes: true,
      blocks: 1,
    });
    // A part's divider heads the sheet of its first slide, whose notes are under both.
    expect(forReaders.find((s) => s.ids.includes('物理形态-要点'))).toMatchObject({
      ids: ['物理形态', '物理形态-要点'],
      notes: true,
      blocks: 1,
    });
    // A slide printed at half size keeps a slide number as large as a whole slide's: on a loose
    // sheet it is what ties the slide to its place in the deck.
    const numbers = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.handout-frame'), (frame) => ({
        half: frame.classList.contains('handout-half'),
        height: (frame.querySelector('.slide-number-pdf') as Element).getBoundingClientRect().height,
      })),
    );
    const whole = numbers.filter((n) => !n.half).map((n) => n.height);
    const halves = numbers.filter((n) => n.half).map((n) => n.height);
    expect(halves.length).toBeGreaterThan(0);
    for (const height of halves) expect(height).toBeCloseTo(whole[0] ?? 0, 0);
    expect(await hint.getByRole('link').allTextContents()).toEqual([
      expect.stringMatching(/^只打印幻灯片/),
      expect.stringMatching(/^改为打印讲稿/),
    ]);
    await hint.getByRole('link', { name: '只打印幻灯片' }).click();
    await page.waitForSelector('html.reveal-print .reveal .pdf-page');
    expect(await page.locator('html.print-handout').count()).toBe(0);
    await context.close();
  });

  it('prints reveal’s separate notes pages for readers with no page left blank, and offers every layout', async () => {
    // A laptop's window narrower than the print view's 16:9 page.
    const context = await session().browser.newContext({ viewport: { width: 1024, height: 700 } });
    // Marked as the export does: reveal's pages are laid out, and the deck has fitted the notes'.
    await context.addInitScript(() =>
      document.addEventListener(
        'pdf-ready',
        () => document.documentElement.setAttribute('data-pdf-ready', ''),
        true,
      ),
    );
    const page = await context.newPage();
    const printView = async (url: string) => {
      await page.goto(url);
      await page.waitForSelector('html[data-pdf-ready]', { state: 'attached' });
      await page.evaluate(() => document.fonts.ready);
    };
    await printView(`${session().server.url}?print-pdf&showNotes=separate-page&cues=off`);
    const slides = await page.locator('.reveal .slides section[data-kind]').count();
    expect(await page.locator('.reveal .slides > .pdf-page').count()).toBe(slides);
    const notesPages = await page.locator('.reveal .slides > .speaker-notes-pdf').count();
    // Only the slides with words for readers have a notes page; the agenda's was its cue alone.
    expect(notesPages).toBeGreaterThan(5);
    expect(notesPages).toBeLessThan(slides);
    expect(await page.locator('.notes-cue').count()).toBe(0);
    const { pdf } = await printedAsIs(page);
    // Every notes page on one page: the longest (the SIM flow's, told twice) set smaller to fit.
    expect(pdf.pages).toBe(slides + notesPages);
    expect(pdf.text.filter((text) => text === '')).toEqual([]);
    expect(await notesPageSizes(page)).toContainEqual(expect.objectContaining({ fits: true, smaller: true }));
    // reveal's own layout is none of the three the hint names: it offers all three.
    expect(await page.getByRole('note').getByRole('link').allTextContents()).toEqual([
      expect.stringMatching(/^只打印幻灯片/),
      expect.stringMatching(/^改为打印讲稿/),
      expect.stringMatching(/^改为打印讲义/),
    ]);
    // The hint, links and all, within the window, not centred on the wider page.
    const hint = await page.getByRole('note').boundingBox();
    expect(hint && hint.x >= 0 && hint.x + hint.width <= 1024).toBe(true);
    // With the presenter's cue lines too, each notes page still fits its page, never under 14 px.
    await printView(`${session().server.url}?print-pdf&showNotes=separate-page`);
    expect(await page.locator('.reveal .slides > .speaker-notes-pdf').count()).toBe(slides);
    await expect.poll(async () => (await notesPageSizes(page)).filter((page) => !page.fits)).toEqual([]);
    const sizes = await notesPageSizes(page);
    expect(sizes.length).toBe(slides);
    expect(Math.min(...sizes.map((page) => page.px))).toBeGreaterThanOrEqual(14);
    await context.close();
  });

  it('prints what the reader view shows with Ctrl+P, on a phone or a laptop: an A4 sheet per slide, its notes under it', async () => {
    for (const [size, options] of [
      [{ width: 390, height: 844 }, { colorScheme: 'dark' }],
      [{ width: 1280, height: 720 }, {}],
    ] as const) {
      const page = await session().open('?view=scroll', size, options);
      expect(await page.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
      const { pdf, slides, paper } = await printedAsIs(page);
      expect(pdf.pages).toBe(slides.length);
      expect(pdf.sizes.every((s) => Math.round(s.width) === 595 && Math.round(s.height) === 842)).toBe(true);
      // White paper, under the last sheet's notes too (printed with background graphics).
      expect(paper).toBe('rgb(255, 255, 255)');
      slides.forEach((slide, i) => {
        expect(pdf.text[i]).toContain(squeeze(slide.heading));
      });
      // The notes the reader reads (详解), on the sheet of their slide, without the presenter's cues.
      const intro = slides.findIndex((slide) => slide.heading === '什么是 eSIM 卡？');
      expect(pdf.text[intro]).toContain('详解');
      expect(pdf.text[intro]).toContain(squeeze('提到手机通信，大多数人第一反应就是插卡'));
      expect(pdf.text.join('')).not.toMatch(/建议用时|讲稿/);
      // The slide's list is printed once: its copy for a phone's screen stays off paper.
      const point = slides[intro]?.points[0] ?? '';
      expect(pdf.text[intro]?.split(squeeze(point)).length).toBe(2);
      await page.context().close();
    }
  });

  it('moves the search box out of the way of a match it would cover, and back for one it does not', async () => {
    const page = await session().open('#/功能体验-esim-install');
    const input = await openSearch(page);
    /** Whether a highlighted match and the search box overlap, once the slide has come to rest. */
    const overlap = () =>
      page.evaluate(() => {
        const panel = (document.querySelector('.deck-search') as Element).getBoundingClientRect();
        const ranges = Array.from(CSS.highlights.get('deck-search') ?? []) as Range[];
        if (ranges.length === 0) return 'no match highlighted';
        return ranges.some((range) => {
          const r = range.getBoundingClientRect();
          return r.left < panel.right && r.right > panel.left && r.top < panel.bottom && r.bottom > panel.top;
        });
      });
    // The eUICC's lifeline heads the drawing's right edge, under the box's usual place; a match
    // at the left of a slide leaves the box where it was.
    for (const [query, moved] of [
      ['eSIM 芯片', true],
      ['卡槽', false],
    ] as const) {
      await input.fill(query);
      await page.keyboard.press('Enter');
      await expect.poll(overlap).toBe(false);
      const low = await page
        .locator('.deck-search')
        .evaluate((el) => el.classList.contains('deck-search-low'));
      expect(low, query).toBe(moved);
    }
    await page.context().close();
  });

  it('goes from match to match with Enter and back with Shift+Enter, finding only what the slides show', async () => {
    const page = await session().open('?transition=none#/cover');
    const input = await openSearch(page);
    const order = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => el.id));
    const at = async () => order.indexOf((await currentSlide(page)).id);
    await input.fill('卡槽');
    await page.keyboard.press('Enter');
    await expect.poll(at).toBeGreaterThan(0);
    const first = await at();
    await page.keyboard.press('Enter');
    await expect.poll(at).toBeGreaterThan(first);
    const second = await at();
    await page.keyboard.press('Shift+Enter');
    await expect.poll(at).toBe(first);
    expect(second).toBeGreaterThan(first);
    // Words only the notes say, and words that run from one point into the next, are not found.
    const status = page.getByRole('status').filter({ hasText: '没有幻灯片' });
    // Said as typed, $& and $' too.
    for (const words of ['第一反应', '插进卡槽eSIM', "$&$' 无此词"]) {
      await input.fill(words);
      await page.keyboard.press('Enter');
      await expect.poll(() => status.textContent()).toBe(`没有幻灯片含有“${words}”`);
    }
    expect(await at()).toBe(first);
    await page.context().close();
  });

  it('searches the slides from a box below the toolbar, named in Chinese, and shows focus on the arrows', async () => {
    const page = await session().open('#/物理形态');
    await page.mouse.move(500, 400);
    const input = await openSearch(page);
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    const [box, bar] = await Promise.all([input.boundingBox(), page.locator('.deck-toolbar').boundingBox()]);
    expect(box && bar && box.y >= bar.y + bar.height).toBe(true);
    const highlighted = () =>
      page.evaluate(() =>
        Array.from(CSS.highlights.get('deck-search') ?? [], (range) => (range as Range).toString()),
      );
    await input.fill('卡托');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentSlide(page)).id).not.toBe('物理形态');
    expect(await page.getByRole('status').filter({ hasText: '这是其中第 1 张' }).count()).toBe(1);
    expect((await highlighted()).length).toBeGreaterThan(0);
    expect(new Set(await highlighted())).toEqual(new Set(['卡托']));
    // Case, width and spacing aside: “sim卡” finds and marks “SIM 卡”, starting on this slide.
    await input.fill('ｓｉｍ卡');
    await page.keyboard.press('Enter');
    expect((await highlighted()).length).toBeGreaterThan(0);
    for (const words of await highlighted()) expect(words.replace(/\s/g, '').toLowerCase()).toBe('sim卡');
    // A word in a diagram: the slide is found, and the drawing still draws every word of its labels.
    const drawing = page.locator('section#功能体验-euicc-inside svg');
    const drawnLength = () =>
      drawing.evaluate((svg) =>
        Array.from(svg.querySelectorAll('text')).reduce((sum, t) => sum + t.getComputedTextLength(), 0),
      );
    await input.fill('私钥与证书');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentSlide(page)).id).toBe('功能体验-euicc-inside');
    const whileFound = await drawnLength();
    await input.fill('卫星电话');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('status').textContent()).toBe('没有幻灯片含有“卫星电话”');
    // Esc closes the box, and the slide stays; Ctrl+Shift+F from inside it closes it too.
    await page.keyboard.press('Escape');
    expect(await input.isVisible()).toBe(false);
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => input.isVisible()).toBe(true);
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => input.isVisible()).toBe(false);
    expect((await currentSlide(page)).id).toBe('功能体验-euicc-inside');
    expect(whileFound).toBeGreaterThan(0);
    expect(await drawnLength()).toBeCloseTo(whileFound, 1);
    // reveal's arrows switch off their outline; keyboard focus on them must still show.
    const next = page.locator('.reveal .controls .navigate-right');
    await next.focus();
    expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.context().close();
  });

  it('gives a slide with nothing to read beside it the whole width of a wide reader view, clear of the toolbar', async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 900, height: 600 },
    ]) {
      const page = await session().open('?view=scroll#/cover', viewport);
      const buttons = await Promise.all(
        (await page.locator('.deck-toolbar > *').all()).map((el) => el.boundingBox()),
      );
      for (const [id, alone] of [
        ['cover', true],
        ['目录', true],
        ['总结', true],
        ['引言', false],
        // The table's note (注：…) is read beside it.
        ['功能体验-对比', false],
      ] as const) {
        await page.evaluate((target) => {
          location.hash = `#/${target}`;
        }, id);
        await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#/${id}`);
        const slide = await page.locator(`section#${id}`).boundingBox();
        if (!slide) throw new Error(`${id} is not drawn`);
        const share = slide.width / viewport.width;
        if (alone) {
          expect(share, `${viewport.width}: ${id} spans the screen`).toBeGreaterThan(0.75);
          expect(slide.x >= 0 && slide.x + slide.width <= viewport.width, `${id} fits`).toBe(true);
          expect(slide.y + slide.height, `${id} fits`).toBeLessThanOrEqual(viewport.height);
          for (const button of buttons)
            if (button?.width)
              expect(
                button.y + button.height <= slide.y || button.x + button.width <= slide.x,
                `${viewport.width}: ${id} clear of the toolbar`,
              ).toBe(true);
        } else expect(share, `${viewport.width}: ${id} leaves room for its notes`).toBeLessThan(0.65);
      }
      await page.context().close();
    }
  });

  it('keeps the toolbar and the slide counter off the slide and off each other in the reader view', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 700, height: 900 },
      { width: 1366, height: 768 },
    ]) {
      const page = await session().open('?view=scroll#/功能体验-sim-provisioning', viewport);
      const boxes = async (selector: string) =>
        Promise.all((await page.locator(selector).all()).map((el) => el.boundingBox()));
      const [counter] = await boxes('.reader-counter');
      const buttons = await boxes('.deck-toolbar > :not(.reader-counter)');
      const [slide] = await boxes('section#功能体验-sim-provisioning');
      const apart = (a: typeof counter, b: typeof counter): boolean =>
        !!a &&
        !!b &&
        (a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y);
      const ids = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => el.id));
      expect(await page.locator('.reader-counter').textContent()).toBe(
        `${ids.indexOf('功能体验-sim-provisioning') + 1} / ${ids.length}`,
      );
      for (const [i, button] of buttons.entries()) {
        if (!button?.width) continue;
        expect(apart(button, counter), `${viewport.width}: counter and button ${i}`).toBe(true);
        expect(apart(button, slide), `${viewport.width}: slide and button ${i}`).toBe(true);
      }
      expect(apart(counter, slide), `${viewport.width}: counter and slide`).toBe(true);
      // The counter says where the reader is; unlike the buttons beside it it has no frame to tap.
      const frame = (el: Element) => getComputedStyle(el).borderTopColor;
      expect(await page.locator('.reader-counter').evaluate(frame)).toBe('rgba(0, 0, 0, 0)');
      expect(await page.getByRole('button', { name: '目录' }).evaluate(frame)).not.toBe('rgba(0, 0, 0, 0)');
      // Where the toolbar is a bar across the bottom, the notes scroll behind it, not through it.
      if (viewport.width < 900)
        expect(
          await page.locator('.deck-toolbar').evaluate((bar) => getComputedStyle(bar).backgroundColor),
        ).not.toBe('rgba(0, 0, 0, 0)');
      await page.context().close();
    }
  });

  it('on a phone holds the bottom bar’s buttons still as the slide number grows from 9 to 10, never cutting it off', async () => {
    const page = await session().open('', { width: 390, height: 844 }, { isMobile: true, hasTouch: true });
    const ids = await page.$$eval('.reveal .slides section[data-kind]', (els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThanOrEqual(10);
    const counter = page.locator('.deck-toolbar .reader-counter');
    const where = () =>
      page.locator('.deck-toolbar').evaluate((bar) => ({
        buttons: Array.from(bar.children)
          .filter((el) => !el.matches('.reader-counter') && el.getBoundingClientRect().width > 0)
          .map((el) => ({ name: el.textContent ?? '', x: el.getBoundingClientRect().x })),
        cut: Array.from(bar.querySelectorAll('.reader-counter'), (el) => el.scrollWidth > el.clientWidth),
      }));
    const first = await where();
    expect(first.buttons.length).toBeGreaterThan(0);
    for (const [i, id] of ids.entries()) {
      await goToSlide(page, id);
      await expect.poll(() => counter.textContent()).toBe(`${i + 1} / ${ids.length}`);
      const now = await where();
      const at = `#/${id} (${i + 1} / ${ids.length})`;
      expect(now.cut, `${at}: the number cut off`).toEqual([false]);
      expect(now.buttons.map((b) => b.name)).toEqual(first.buttons.map((b) => b.name));
      for (const [j, { name, x }] of now.buttons.entries()) {
        const was = first.buttons[j]?.x ?? Number.NaN;
        expect(Math.abs(x - was), `${at}: ${name} moved from x ${was} to ${x}`).toBeLessThanOrEqual(0.5);
      }
    }
    await page.context().close();
  });
});
