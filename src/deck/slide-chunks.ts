import { type DeckLimits, wrappedLines } from './limits.ts';
import { width } from './text-width.ts';
import type { Part } from './types.ts';

// Sharing what a slide cannot hold over as few slides as hold it.

/** Splits items, in order, into slides: each takes as many as `fits` allows, and at least one. */
function greedyChunks<T>(items: readonly T[], fits: (slide: readonly T[]) => boolean): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (current.length > 0 && !fits([...current, item])) {
      chunks.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Splits items, in order, over as few slides as `fits` allows, shared out as evenly as they fit
 * (the first slides take the odd ones out), so that no slide is left with one item where its
 * neighbour could give one: 4 + 3, not 6 + 1; 3 + 3 + 3, not 3 + 5 + 1. With `oneMore`, where
 * the fewest slides must start one at an item that `breakCost` says should not start one (a list's
 * item, parted from its lead-in) and one slide more need not, that one slide more.
 */
export function chunk<T>(
  items: readonly T[],
  fits: (slide: readonly T[]) => boolean,
  breakCost: (index: number) => number = () => 0,
  oneMore = false,
): T[][] {
  const greedy = greedyChunks(items, fits);
  if (greedy.length < 2) return greedy;
  const fewest = evenest(items, greedy.length, fits, breakCost);
  if (fewest === undefined) return greedy;
  if (!oneMore || fewest.breaks === 0 || greedy.length + 1 > items.length) return fewest.chunks;
  const more = evenest(items, greedy.length + 1, fits, breakCost);
  return more !== undefined && more.breaks === 0 ? more.chunks : fewest.chunks;
}

/**
 * The evenest split of items over `count` slides that each fit, and the sum of `breakCost` over
 * the slides it starts; undefined where none fits.
 */
function evenest<T>(
  items: readonly T[],
  count: number,
  fits: (slide: readonly T[]) => boolean,
  breakCost: (index: number) => number,
): { chunks: T[][]; breaks: number } | undefined {
  const n = items.length;
  // cost[j][i]: the least sum of squared slide sizes (evenest when least), and of `breakCost` for
  // each slide started at an item, that puts the first i items on j slides that each fit;
  // from[j][i]: where that split's last slide starts.
  const cost = Array.from({ length: count + 1 }, () =>
    new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY),
  );
  const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(0));
  (cost[0] as number[])[0] = 0;
  for (let j = 1; j <= count; j++) {
    for (let i = j; i <= n; i++) {
      for (let start = j - 1; start < i; start++) {
        const before = cost[j - 1]?.[start] ?? Number.POSITIVE_INFINITY;
        const total = before + (i - start) ** 2 + (start > 0 ? breakCost(start) : 0);
        // On a tie, the later start: the slides before take the odd ones out.
        if (total <= (cost[j]?.[i] ?? 0) && fits(items.slice(start, i))) {
          (cost[j] as number[])[i] = total;
          (from[j] as number[])[i] = start;
        }
      }
    }
  }
  if (!Number.isFinite(cost[count]?.[n] ?? Number.POSITIVE_INFINITY)) return undefined;
  const chunks: T[][] = [];
  let breaks = 0;
  for (let j = count, end = n; j > 0; j--) {
    const start = from[j]?.[end] ?? 0;
    chunks.unshift(items.slice(start, end));
    if (start > 0) breaks += breakCost(start);
    end = start;
  }
  return { chunks, breaks };
}

/**
 * What follows a list's lead-in said again on the slide its items run onto (types.ts ListMarks):
 * the chunking measures it, the slide shows it.
 */
export const CONTINUED_MARK = '（续）';

export const sum = (numbers: readonly number[]): number => numbers.reduce((a, b) => a + b, 0);

/**
 * Splits points into slides of at most `maxPoints` points, `maxChars` characters and
 * `maxPointLines` lines (a few long points wrap onto more lines than their characters suggest),
 * as evenly as they fit.
 */
export function chunkPoints(
  points: readonly string[],
  limits: DeckLimits,
  breakCost?: (index: number) => number,
  oneMore = false,
): string[][] {
  return chunk(points, (slide) => pointsFit(slide, limits), breakCost, oneMore);
}

/** Whether points share one slide. */
// By width, as the points are drawn: Latin words take about half a Chinese character's room.
export const pointsFit = (slide: readonly string[], limits: DeckLimits): boolean =>
  slide.length <= limits.maxPoints &&
  sum(slide.map(width)) <= limits.maxChars &&
  sum(slide.map((p) => wrappedLines(p, limits.pointLineChars))) <= limits.maxPointLines;

/** Slide `index` (from 0) of `total` that one piece of content takes: its part, if it has parts. */
export const partOf = (index: number, total: number): { part?: Part } =>
  total > 1 ? { part: { index: index + 1, total } } : {};
