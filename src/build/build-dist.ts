import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';

/** The production build's folder: where `vite preview`, export:pdf and the browser tests look. */
export const DIST = 'dist';

const missing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * The production build into dist/, made in a folder beside it and renamed into place once
 * complete. Vite empties its output folder before it fills the page (transformIndexHtml), so a
 * build that failed there, or in anything after, left dist/ empty instead of the last good deck.
 */
export async function buildDist(root: string, config: InlineConfig = {}): Promise<void> {
  const dist = join(root, DIST);
  // Beside dist/, on its file system, so that each rename is one step; *.tmp is git-ignored.
  const building = join(root, `.${DIST}.${process.pid}.tmp`);
  const previous = join(root, `.${DIST}.${process.pid}.old.tmp`);
  try {
    await build({ ...config, root, build: { ...config.build, outDir: building, emptyOutDir: true } });
    await rename(dist, previous).catch((error: unknown) => {
      if (!missing(error)) throw error;
    });
    try {
      await rename(building, dist);
    } catch (error) {
      // Put the last good build back before its copy is removed below.
      await rename(previous, dist).catch(() => {});
      throw error;
    }
  } finally {
    await rm(building, { recursive: true, force: true });
    await rm(previous, { recursive: true, force: true });
  }
}
