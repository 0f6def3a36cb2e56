import { launchChromium } from '../src/browser/chromium.ts';
import { buildFigures, runtimeFigures, sizeFigures } from './budget.ts';
import { exportFigures } from './export-speed.ts';
import { lighthouseFigures } from './lighthouse.ts';
import { type Figure, report } from './stats.ts';

/**
 * `npm run bench`: prints the deck's size, speed and quality figures with their budgets, measured
 * in one run on this machine. Exits non-zero when a budget is broken; no test times anything.
 */
async function main(): Promise<number> {
  const root = process.cwd();
  const broken: Figure[] = [];
  broken.push(...report('Build', buildFigures(root)));
  broken.push(...report('Size of what the page loads', sizeFigures(root)));
  const browser = await launchChromium();
  try {
    broken.push(
      ...report(
        'Start-up and stepping through (headless Chromium, medians)',
        await runtimeFigures(browser, root),
      ),
    );
  } finally {
    await browser.close();
  }
  broken.push(...report('PDF export (medians of 3)', await exportFigures(root)));
  broken.push(...report('Lighthouse (production build, system Chromium)', await lighthouseFigures(root)));
  if (broken.length > 0) {
    console.log(`\n${broken.length} budget(s) broken: ${broken.map((f) => f.name).join('; ')}`);
    return 1;
  }
  console.log('\nall budgets kept');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
