import { existsSync } from 'node:fs';
import { isSourceError, type SourceError } from '../article/source-error.ts';

/**
 * What a failed build prints. A problem in the article, the spec or a diagram is the author's to
 * mend: its `file:line:column: reason` alone, without the bundler's stack under it. Anything else
 * is the generator's own fault and keeps its stack.
 */
export function buildErrorMessage(error: unknown): string {
  const sources = sourceErrorsIn(error);
  // Made from its fields: a bundler may dress the message up (colours, a plugin's name).
  const line = (e: SourceError): string => `error: ${e.file}:${e.line}:${e.column}: ${e.reason}`;
  if (sources.length > 0) return sources.map(line).join('\n');
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** The SourceErrors in an error: itself, or those the bundler gathered into one (`errors`). */
export function sourceErrorsIn(error: unknown): SourceError[] {
  if (isSourceError(error)) return [error];
  const gathered = (error as { errors?: unknown } | null)?.errors;
  return Array.isArray(gathered) ? gathered.flatMap(sourceErrorsIn) : [];
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
