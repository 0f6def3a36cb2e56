import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { withCleanup } from './cleanup.ts';
import { builtLook, builtSlides, revealOnlyPage } from './reference-pages.ts';
import { comparison, type Figure, kb, median } from './stats.ts';

/** Start-up runs per page; on a small shared machine single runs vary by ±30 %. */
const RUNS = 9;
/** Passes through every slide for the longest-task figure. */
const STEPPING_RUNS = 3;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Sizes of what the built page loads, measured from dist/. */
export function sizeFigures(root: string): Figure[] {
  const dist = join(root, 'dist');
  const files = filesUnder(dist);
  const gz = (ext: string): number =>
    files
      .filter((f) => f.endsWith(ext))
      .reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const fonts = files.filter((f) => f.endsWith('.woff2'));
  const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
  return [
    { name: 'JavaScript (gzipped)', value: kb(gz('.js')), unit: 'KB', budget: 90 },
    { name: 'CSS (gzipped)', value: kb(gz('.css')), unit: 'KB', budget: 30 },
    { name: 'font files', value: fonts.length, unit: 'files', budget: 2 },
    {
      name: 'fonts in total',
      value: kb(fonts.reduce((s, f) => s + statSync(f).size, 0)),
      unit: 'KB',
      budget: 400,
    },
    { name: 'dist/ in total', value: kb(total), unit: 'KB' },
  ];
}

/**
 * Milliseconds from navigation start to reveal's `ready`, in a fresh context each run. The page is
 * asked for its mark only once it has loaded and the mark is set: Playwright's selector engine,
 * injected into a page still starting, would add its own work to the time measured.
 */
async function readyTime(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const timer = setInterval(() => {
          const mark = performance.getEntriesByName('deck-ready')[0];
          if (mark) resolve(mark.startTime);
          else if (performance.now() - started > 30_000)
            reject(new Error(`${location.href} never became ready (no deck-ready mark in 30 s)`));
          else return;
          clearInterval(timer);
        }, 20);
      }),
  );
  await context.close();
  return ms;
}

/** The longest task (ms, 0 if none ≥ 50 ms) while stepping through every slide, in a fresh context. */
async function longestTaskStepping(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const longest = { value: 0 };
    (window as unknown as { __longest: typeof longest }).__longest = longest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.value = Math.max(longest.value, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.goto(url);
  // The presenter tools' chunk loads just after `ready`; wait for it, as only slide changes count.
  await page.waitForSelector('html[data-presenter-tools]', { state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => {
    (window as unknown as { __longest: { value: number } }).__longest.value = 0;
  });
  const steps = await page.locator('.reveal .slides section').count();
  for (let i = 0; i < steps * 6; i += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(60);
  }
  const longest = await page.evaluate(
    () => (window as unknown as { __longest: { value: number } }).__longest.value,
  );
  await context.close();
  return longest;
}

/** A reference page's ready time and its ratio to the bare page; figures without a budget. */
function referenceFigures(name: string, times: number[], bareTimes: number[]): Figure[] {
  return [
    { name: `${name}, ready`, value: Math.round(median(times)), unit: 'ms' },
    {
      name: `${name} / bare`,
      value: Math.round((median(times) / median(bareTimes)) * 100) / 100,
      unit: '×',
    },
  ];
}

/** The deck's start-up against the bare reveal.js page, and long tasks while stepping through. */
export function runtimeFigures(browser: Browser, root: string): Promise<Figure[]> {
  // Each server and folder is undone as soon as it exists: should a later one fail (a build with
  // no slides), none is left listening, which would keep `npm run bench` from ever exiting.
  return withCleanup(async ({ serve, temporary }) => {
    const deck = await serve(join(root, 'dist'));
    const bare = await serve(temporary(revealOnlyPage('<section></section>')));
    const slides = builtSlides(root);
    const reference = await serve(temporary(revealOnlyPage(slides)));
    const styled = await serve(temporary(revealOnlyPage(slides, builtLook(root))));
    const deckTimes: number[] = [];
    const bareTimes: number[] = [];
    const referenceTimes: number[] = [];
    const styledTimes: number[] = [];
    // One uncounted round first, so no page pays for a cold disk cache.
    for (const server of [bare, reference, styled, deck]) await readyTime(browser, server.url);
    for (let i = 0; i < RUNS; i += 1) {
      bareTimes.push(await readyTime(browser, bare.url));
      referenceTimes.push(await readyTime(browser, reference.url));
      styledTimes.push(await readyTime(browser, styled.url));
      deckTimes.push(await readyTime(browser, deck.url));
    }
    const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
    const firstSlideMissing = /<section id="cover"[^>]*>\s*<h1[^>]*>[^<]+<\/h1>/.test(html) ? 0 : 1;

    // Like the start-up times, a median of several passes: one pass's longest task swings by
    // ±20 ms on a small shared machine.
    const longestTasks: number[] = [];
    for (let i = 0; i < STEPPING_RUNS; i += 1)
      longestTasks.push(await longestTaskStepping(browser, deck.url));
    const longestTask = median(longestTasks);

    return [
      // A budget like the others: broken (1 > 0) when the served page lacks the cover's title.
      {
        name: 'first slide text missing from the served HTML',
        value: firstSlideMissing,
        unit: '(0 = no)',
        budget: 0,
      },
      ...comparison(
        {
          measured: 'deck ready (median)',
          yardstick: 'bare reveal.js ready (median)',
          ratio: 'deck / bare reveal.js',
        },
        deckTimes,
        bareTimes,
        { budget: 1.2 },
      ),
      // Not budgets: what reveal.js itself needs for these slides, drawn plainly and as the deck
      // draws them (its CSS and fonts, no deck code), to read the ratio above by.
      ...referenceFigures('reveal.js alone with the deck’s slides', referenceTimes, bareTimes),
      ...referenceFigures('… and with the deck’s CSS and fonts', styledTimes, bareTimes),
      // The deck's own code: the deck against the page that draws the same slides the same way.
      {
        name: 'deck / that page',
        value: Math.round((median(deckTimes) / median(styledTimes)) * 100) / 100,
        unit: '×',
      },
      {
        name: `longest task stepping through, median of ${STEPPING_RUNS} passes (0: none ≥ 50 ms)`,
        value: Math.round(longestTask),
        unit: 'ms',
        budget: 50,
      },
    ];
  });
}

/** Time of `npm run build` and the size of the single-file deck it can also make. */
export function buildFigures(root: string): Figure[] {
  const started = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'pipe' });
  const buildMs = performance.now() - started;
  const dir = mkdtempSync(join(tmpdir(), 'deck-single-'));
  let singleKb: number;
  try {
    const single = join(dir, 'deck.html');
    execFileSync('npx', ['tsx', 'src/build/build-single.ts', '--out', single], { cwd: root, stdio: 'pipe' });
    singleKb = kb(statSync(single).size);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    { name: 'npm run build', value: Math.round(buildMs), unit: 'ms' },
    { name: 'deck.html (single file)', value: singleKb, unit: 'KB', budget: 1024 },
  ];
}
