import type { Paragraph } from '../article/types.ts';
import type { Notes } from './types.ts';

// A slide's speaker notes: the article's paragraphs it carries, and the curated cue and note.

export const notes = (
  paragraphs: readonly Paragraph[],
  {
    cue,
    note,
    noteLater,
    gist,
    explanation,
  }: {
    cue?: string | undefined;
    note?: string | undefined;
    noteLater?: boolean | undefined;
    gist?: string | undefined;
    explanation?: string;
  } = {},
): Notes => ({
  paragraphs,
  ...(cue ? { cue } : {}),
  ...(note ? { note } : {}),
  ...(noteLater ? { noteLater: true as const } : {}),
  ...(gist ? { gist } : {}),
  ...(explanation ? { explanation } : {}),
  seconds: 0,
});

/**
 * For slide `i` of the `count` one curated piece runs over: its cue where it starts, its note
 * where it ends, after all the words it notes (the slides before say that it comes).
 */
export const cueAndNote = (i: number, count: number, curated?: { cue?: string; note?: string }) => ({
  ...(i === 0 ? { cue: curated?.cue } : {}),
  ...(i === count - 1 ? { note: curated?.note } : { noteLater: Boolean(curated?.note) }),
});
