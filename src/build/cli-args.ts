import { statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

/**
 * Raised for arguments a command cannot follow; its CLI prints it, with the usage when the
 * arguments themselves are wrong (`withUsage`), and exits with 2.
 */
export class UsageError extends Error {
  readonly withUsage: boolean;
  constructor(message: string, { withUsage = true }: { withUsage?: boolean } = {}) {
    super(message);
    this.name = 'UsageError';
    this.withUsage = withUsage;
  }
}

/** What a CLI prints for a usage error: its message, and the usage when the arguments were wrong. */
export const usageErrorText = (error: UsageError, usage: string): string =>
  error.withUsage ? `${error.message}\n\n${usage}` : error.message;

/**
 * The folder the user ran npm in: npm runs a script in the project's root and says in INIT_CWD
 * where it was started, so a relative `--out` is read from there.
 */
export function invokingFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD ?? process.cwd();
}

/** An `--out` as given, taken from `from` when it is relative and `from` is known. Pure. */
export function fromFolder(out: string, from: string | undefined): string {
  return from !== undefined && !isAbsolute(out) ? join(from, out) : out;
}

/** A path as the user reaches it from `from`, unless it lies outside (/tmp/deck.pdf): then whole. */
export function shownFrom(path: string, from: string): string {
  const inside = relative(from, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/**
 * Refuses a destination whose folder is missing (a writer that creates it would also create any
 * misspelt path) or that is itself a folder, before anything is built or started.
 */
export function checkDestination(out: string): void {
  const folder = dirname(out);
  const info = statSync(folder, { throwIfNoEntry: false });
  const fix = 'create it first, or give another --out';
  const once = { withUsage: false };
  if (!info) throw new UsageError(`there is no folder ${folder} to write ${basename(out)} in; ${fix}`, once);
  if (!info.isDirectory())
    throw new UsageError(`${folder} is a file, not a folder to write ${basename(out)} in; ${fix}`, once);
  if (statSync(out, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`${out} is a folder; give --out a file name`, once);
}
