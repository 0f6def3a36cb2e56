import { defineConfig } from 'vitest/config';
import { deckPlugin } from './src/build/deck-plugin.ts';

export default defineConfig({
  // Relative URLs, so the build works from any sub-path of a static host.
  base: './',
  plugins: [deckPlugin()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: false,
  },
});
