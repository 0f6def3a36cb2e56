import { length } from './sentences.ts';
import { termRuns } from './terms.ts';
import { advance, width } from './text-width.ts';

/**
 * Limits that keep every slide readable at 1280×720; passed in so tests can tighten them. The
 * sizes in characters are measured in the deck's theme with the widest characters (CJK, 1 em),
 * by the browser test that builds a deck at every limit.
 */
export interface DeckLimits {
  /** Most bullet points on one slide. */
  readonly maxPoints: number;
  /**
   * Most point text on one slide, in Chinese characters' width (text-width.ts), and most
   * characters in one curated point (counted as characters: a curated point is refused by it).
   */
  readonly maxChars: number;
  /** Chinese characters one line of a point holds (34 px text beside its marker); Latin is measured by width. */
  readonly pointLineChars: number;
  /** Most lines the points of one slide take, under a heading of two lines. */
  readonly maxPointLines: number;
  /** Most width, in Chinese characters, of one point derived automatically from a lead sentence. */
  readonly maxPointChars: number;
  /** Speaking rate used to estimate a talk's length when the spec gives none. */
  readonly charsPerMinute: number;
  /**
   * Most characters in a section heading (one line of the agenda, two of a slide's heading) and
   * in any slide title the spec gives (the introduction's, the summary's, a table's, a diagram's).
   */
  readonly maxHeadingChars: number;
  /** Most characters in the deck's title: two lines on the cover. */
  readonly maxTitleChars: number;
  /** Most characters in the cover's subtitle and in its author line: one line each. */
  readonly maxSubtitleChars: number;
  readonly maxAuthorChars: number;
  /** Most sections: the agenda lists them all on one slide. */
  readonly maxSections: number;
  /** Most rows of a table on one slide; a longer table continues on the next. */
  readonly maxTableRows: number;
  /** Characters of table text one line across the slide holds, the cells' padding included. */
  readonly tableLineChars: number;
  /** Most characters in a diagram's caption: two lines, clear of reveal.js's slide number. */
  readonly maxCaptionChars: number;
  /** Characters one line of a source holds; a source takes at most two. */
  readonly sourceLineChars: number;
  /** Most sources on one slide, and most lines they take; more continue on the next. */
  readonly maxSources: number;
  readonly maxSourceLines: number;
}

export const defaultLimits: DeckLimits = {
  maxPoints: 5,
  maxChars: 120,
  pointLineChars: 31,
  maxPointLines: 7,
  maxPointChars: 48,
  charsPerMinute: 240,
  maxHeadingChars: 28,
  maxTitleChars: 32,
  maxSubtitleChars: 32,
  maxAuthorChars: 40,
  maxSections: 7,
  maxTableRows: 7,
  tableLineChars: 40,
  maxCaptionChars: 72,
  sourceLineChars: 38,
  maxSources: 8,
  maxSourceLines: 9,
};

/**
 * Lines a point takes where a line holds `perLine` Chinese characters, wrapped as the browser
 * wraps it and measured by width (text-width.ts): Chinese breaks between any two characters; a
 * Latin word or address, and a term the theme keeps on one line (Wi-Fi 7, 10万: terms.ts), go
 * whole to the next line (one longer than a line breaks inside); spaces at a line's end take no
 * room. For Chinese alone it is ⌈characters / perLine⌉.
 */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  const place = (token: string): void => {
    const room = width(token);
    if (/^\s/.test(token)) {
      if (used > 0) used += room;
    } else if (used + room <= perLine) used += room;
    else if (room <= perLine) {
      lines += 1;
      used = room;
    } else {
      for (const char of token) {
        if (used + advance(char) > perLine) {
          lines += 1;
          used = 0;
        }
        used += advance(char);
      }
    }
  };
  for (const run of termRuns(text)) {
    if (run.term) place(run.text);
    else for (const [token] of run.text.matchAll(/[\x21-\x7e]+|\s+|[\s\S]/gu)) place(token);
  }
  return lines;
}

/** Lines a text takes where a line holds `perLine` characters. */
export const lineCount = (text: string, perLine: number): number =>
  Math.max(1, Math.ceil(length(text) / perLine));

/** A table cell's padding (18 px a side, in 28 px text) takes the width of this many characters. */
const CELL_PADDING_CHARS = 36 / 28;

/**
 * Most characters a table's widest cells, one a column, may hold together, so that every row
 * stays on one line: what one line across the slide holds, less each column's padding.
 */
export const tableRowChars = (columns: number, limits: DeckLimits): number =>
  Math.floor(limits.tableLineChars - columns * CELL_PADDING_CHARS);
