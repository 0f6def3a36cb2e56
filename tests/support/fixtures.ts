import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** Reads a file under tests/fixtures/. */
export function fixture(path: string): string {
  return readFileSync(join(projectRoot, 'tests', 'fixtures', path), 'utf8');
}

/** Reads a file of the real deck under slides/. */
export function slidesFile(path: string): string {
  return readFileSync(join(projectRoot, 'slides', path), 'utf8');
}

/** A fresh temporary folder, removed again when the current test finishes. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
