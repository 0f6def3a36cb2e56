import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** Reads a file under tests/fixtures/. */
export function fixture(path: string): string {
  return readFileSync(join(projectRoot, 'tests', 'fixtures', path), 'utf8');
}

/** Reads a file of the real deck under slides/. */
export function slidesFile(path: string): string {
  return readFileSync(join(projectRoot, 'slides', path), 'utf8');
}
