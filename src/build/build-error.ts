import { existsSync } from 'node:fs';
import { isSourceError, type SourceError } from '../article/source-error.ts';
import { isBrowserProblem } from '../browser/chromium.ts';

/**
 * What a failed build prints. A problem in the article, the spec or a diagram is the author's to
 * mend: its `file:line:column: reason` alone, without the bundler's stack under it; so is a
 * missing browser, or one that does not start, the machine's to mend: that line and its hint
 * alone. Anything else is the generator's own fault and keeps its stack.
 */
export function buildErrorMessage(error: unknown): string {
  const sources = sourceErrorsIn(error);
  // Made from its fields: a bundler may dress the message up (colours, a plugin's name).
  const line = (e: SourceError): string => `error: ${e.file}:${e.line}:${e.column}: ${e.reason}`;
  if (sources.length > 0) return sources.map(line).join('\n');
  const noBrowser = browserProblemIn(error);
  if (noBrowser) return noBrowser.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

// Deep enough for any bundler's wrapping; a cause that loops back on itself ends here.
const MAX_DEPTH = 8;

/** The errors inside one: those a bundler gathered (`errors`) and the one it wraps (`cause`). */
function inside(error: unknown): unknown[] {
  if (typeof error !== 'object' || error === null) return [];
  const { errors, cause } = error as { errors?: unknown; cause?: unknown };
  return [...(Array.isArray(errors) ? errors : []), ...(cause === undefined ? [] : [cause])];
}

/** The SourceErrors in an error: itself, or those inside it, however deep. */
export function sourceErrorsIn(error: unknown, depth = 0): SourceError[] {
  if (isSourceError(error)) return [error];
  if (depth >= MAX_DEPTH) return [];
  return inside(error).flatMap((e) => sourceErrorsIn(e, depth + 1));
}

/**
 * The "no Chromium found" or "Chromium did not start" error in an error: itself, or one inside it,
 * however deep.
 */
export function browserProblemIn(error: unknown, depth = 0): Error | undefined {
  if (isBrowserProblem(error)) return error;
  if (depth >= MAX_DEPTH) return undefined;
  for (const e of inside(error)) {
    const found = browserProblemIn(e, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * A failed build leaves the last good output in place (a deck that still presents); the note
 * before its errors says so, so that nobody previews or sends it taking it for the new one.
 */
export function keptOutputNote(path: string, shown: string): string | undefined {
  return existsSync(path)
    ? `note: ${shown} still holds the previous build; this one was not written`
    : undefined;
}
