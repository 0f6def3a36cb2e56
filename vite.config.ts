import { defineConfig } from 'vitest/config';
import { deckPlugin } from './src/build/deck-plugin.ts';
import { dropStockPrintCss } from './src/build/drop-stock-print-css.ts';

/** The tests that drive the production build in dist/. */
const BUILT_DECK_TESTS = ['tests/browser/**/*.test.ts', 'tests/export/export-pdf.test.ts'];

export default defineConfig({
  // Relative URLs, so the build works from any sub-path of a static host.
  base: './',
  plugins: [deckPlugin()],
  // The deck prints its slide and reader views itself; reveal's stock style for that would fight it.
  css: { postcss: { plugins: [dropStockPrintCss()] } },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // The page links no modulepreload (its one module is the entry; lazy chunks go through Vite's
    // preload helper), so the polyfill would only cost start-up time.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // Drawing the diagrams in Chromium is the build's slowest step by design; no need to warn.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  test: {
    testTimeout: 60_000,
    // A poll returns as soon as it passes; what it waits for in a browser (a speaker view's
    // once-a-second heartbeat, reveal's 0.8 s zoom, its 500 ms held-back step to the room) can
    // take all of Vitest's default second on a busy 2-core machine.
    expect: { poll: { timeout: 5_000 } },
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: false,
    // Only the tests of the built deck wait for a production build; a unit test file runs alone
    // in a second or two (`npx vitest run tests/deck`).
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...BUILT_DECK_TESTS] },
      },
      {
        extends: true,
        test: {
          name: 'built deck',
          include: [...BUILT_DECK_TESTS],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
