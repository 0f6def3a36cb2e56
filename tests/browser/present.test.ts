import { describe, expect, it } from 'vitest';
import { currentSlide, useDeckSession } from '../support/browser.ts';

describe('presenting and reading the built deck', () => {
  const session = useDeckSession();

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
    expect(await speaker.title()).toBe('演讲者视图');
    await page.context().close();
  });

  it('jumps to each section from the chapter menu', async () => {
    const page = await session().open('?transition=none');
    const sections = await page.$$eval('.slides > section[data-kind="section"]', (els) =>
      els.map((el) => ({ id: el.id, name: (el as HTMLElement).dataset.section ?? '' })),
    );
    expect(sections).toHaveLength(5);
    for (const { id, name } of sections) {
      await page.getByRole('button', { name: '目录' }).click();
      await page.getByRole('dialog').getByRole('link', { name, exact: true }).click();
      await expect.poll(async () => (await currentSlide(page)).id).toBe(id);
      expect(await page.getByRole('dialog').isVisible()).toBe(false);
    }
    await page.context().close();
  });

  it('links the agenda’s items to their sections', async () => {
    const page = await session().open('#/目录');
    await page
      .getByRole('link', { name: /挑战与争议/ })
      .first()
      .click();
    await expect.poll(async () => (await currentSlide(page)).id).toBe('挑战与争议');
    await page.context().close();
  });

  it('shows shortcut help in Chinese on ?', async () => {
    const page = await session().open();
    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: '快捷键' });
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('演讲者视图');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    await page.context().close();
  });

  it('on a phone opens the reader view with the notes under each slide, scrolls on, and never scrolls sideways', async () => {
    const page = await session().open('', { width: 390, height: 844 });
    expect(await page.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    const notes = page.locator('.scroll-page').first().locator('.reader-notes');
    expect(await notes.isVisible()).toBe(true);
    expect(await notes.textContent()).toContain('提到手机通信，大多数人第一反应就是插卡');
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

  it('spares a phone the presenter tools, and gives them to a reader whose window grows wide', async () => {
    const page = await session().open('', { width: 390, height: 844 });
    const tools = () => page.evaluate(() => document.documentElement.dataset.presenterTools);
    expect(await tools()).toBe('not-needed');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(async () => page.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    await expect.poll(tools, { timeout: 10_000 }).toBe('ready');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await expect
      .poll(async () => (await speaker.locator('.speaker-controls-notes .value').textContent()) ?? '', {
        timeout: 15_000,
      })
      .toContain('提到手机通信');
    await page.context().close();
  });

  it('tells a diagram’s flow in words under it in the reader view', async () => {
    const page = await session().open('#/功能体验-esim-order', { width: 390, height: 844 });
    const notes = page
      .locator('.scroll-page', { has: page.locator('svg#diagram-esim-order') })
      .locator('.reader-notes');
    expect(await notes.textContent()).toContain('LPA:1$SM-DP+地址$匹配ID');
    expect(await notes.isVisible()).toBe(true);
    await page.context().close();
  });

  it('switches between slide and reader view from the toolbar, keeping the slide', async () => {
    const page = await session().open('#/未来展望');
    await page.getByRole('link', { name: '阅读模式' }).click();
    await page.waitForSelector('.reveal-viewport.reveal-scroll');
    await expect.poll(async () => (await currentSlide(page)).id).toBe('未来展望');
    await page.getByRole('link', { name: '演示模式' }).click();
    await page.waitForSelector('.reveal.ready');
    expect(await page.locator('.reveal-viewport.reveal-scroll').count()).toBe(0);
    expect((await currentSlide(page)).id).toBe('未来展望');
    await page.context().close();
  });

  it('logs no console error and requests nothing beyond its origin', () => {
    expect(session().errors).toEqual([]);
    expect(session().foreignRequests).toEqual([]);
  });
});
