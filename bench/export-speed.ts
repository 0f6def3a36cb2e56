import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../src/browser/chromium.ts';
import { exportPdf } from '../src/export/export-pdf.ts';
import { withCleanup } from './cleanup.ts';
import { comparison, type Figure } from './stats.ts';

const RUNS = 3;

/** The yardstick: launch Chromium, print one blank page to PDF, close. */
async function blankPrint(out: string): Promise<number> {
  const started = performance.now();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>blank</title>');
    await page.pdf({ path: out, width: '1280px', height: '720px' });
  } finally {
    await browser.close(); // a browser left running would keep the bench from exiting
  }
  return performance.now() - started;
}

async function deckExport(root: string, out: string): Promise<number> {
  const started = performance.now();
  await exportPdf(root, { out, notes: false, cues: true, fragments: false });
  return performance.now() - started;
}

/** Wall time of `npm run export:pdf` for this deck (already built) against a bare Chromium print. */
export async function exportFigures(root: string): Promise<Figure[]> {
  const bare: number[] = [];
  const deck: number[] = [];
  await withCleanup(async ({ temporary }) => {
    const dir = temporary(mkdtempSync(join(tmpdir(), 'deck-bench-')));
    // Alternate the two so that machine noise falls on both alike.
    for (let i = 0; i < RUNS; i += 1) {
      bare.push(await blankPrint(join(dir, `blank-${i}.pdf`)));
      deck.push(await deckExport(root, join(dir, `deck-${i}.pdf`)));
    }
  });
  // The issue asks to aim for 1.3×; it is printed, not enforced.
  return comparison(
    {
      measured: 'PDF export of the deck (median)',
      yardstick: 'bare Chromium, one blank page (median)',
      ratio: 'export / bare Chromium',
    },
    deck,
    bare,
    { aim: 1.3 },
  );
}
