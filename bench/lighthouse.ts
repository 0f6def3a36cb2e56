import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, chromiumPath } from '../src/browser/chromium.ts';
import { withCleanup } from './cleanup.ts';
import { builtSlides, revealOnlyPage } from './reference-pages.ts';
import type { Figure } from './stats.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse scores of the production build, desktop and mobile, with the system Chromium. */
export async function lighthouseFigures(root: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const failing: string[] = [];
  // The server is closed and Chromium stopped whatever fails after them (no browser, a broken
  // build): either left running would keep `npm run bench` from ever exiting.
  await withCleanup(async ({ defer, serve, temporary }) => {
    const server = await serve(join(root, 'dist'));
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    defer(() => chrome.kill());
    for (const [form, config] of [
      ['desktop', desktopConfig],
      ['mobile', undefined],
    ] as const) {
      const result = await lighthouse(
        server.url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        config,
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${form}`);
      const { categories, audits } = result.lhr;
      for (const id of CATEGORIES) {
        const score = Math.round((categories[id]?.score ?? 0) * 100);
        figures.push({ name: `${form} ${id}`, value: score, unit: '/ 100' });
        if (score < 100) {
          for (const ref of categories[id]?.auditRefs ?? []) {
            const audit = audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              failing.push(`${form} ${id}: ${audit.id} (${audit.title}) ${audit.displayValue ?? ''}`.trim());
            }
          }
        }
      }
    }
    // Not scored against anything: the same slides under reveal.js alone (no deck code, no
    // webfont), so the mobile score above can be read against what reveal.js itself allows.
    const reference = await serve(temporary(revealOnlyPage(builtSlides(root))));
    const result = await lighthouse(reference.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result?.lhr;
    figures.push({
      name: 'mobile performance of reveal.js alone with the deck’s slides',
      value: Math.round((lhr?.categories.performance?.score ?? 0) * 100),
      unit: '/ 100',
    });
    const tbt = lhr?.audits['total-blocking-time']?.displayValue;
    if (tbt) console.log(`  reveal.js alone with the deck’s slides, mobile total blocking time: ${tbt}`);
  });
  for (const line of failing) console.log(`  below 100 because of: ${line}`);
  return figures;
}
