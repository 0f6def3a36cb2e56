import { type DeckLimits, wrappedLines } from './limits.ts';
import { width } from './text-width.ts';
import type { Part } from './types.ts';

// Sharing what a slide cannot hold over as few slides as hold it.

/** Splits items, in order, into slides: each takes as many as `fits` allows, and at least one. */
export function chunk<T>(items: readonly T[], fits: (slide: readonly T[]) => boolean): T[][] {
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

export const sum = (numbers: readonly number[]): number => numbers.reduce((a, b) => a + b, 0);

/**
 * Splits points into slides of at most `maxPoints` points, `maxChars` characters and
 * `maxPointLines` lines: a few long points wrap onto more lines than their characters suggest.
 */
export function chunkPoints(points: readonly string[], limits: DeckLimits): string[][] {
  return chunk(points, (slide) => pointsFit(slide, limits));
}

// By width, as the points are drawn: Latin words take about half a Chinese character's room.
const pointsFit = (slide: readonly string[], limits: DeckLimits): boolean =>
  slide.length <= limits.maxPoints &&
  sum(slide.map(width)) <= limits.maxChars &&
  sum(slide.map((p) => wrappedLines(p, limits.pointLineChars))) <= limits.maxPointLines;

/**
 * Points over as few slides as hold them, as evenly as they fit (the first slides take the odd
 * ones out), so that no slide is left with one point: 4 + 3, not 6 + 1.
 */
export function evenPointChunks(points: readonly string[], limits: DeckLimits): string[][] {
  const greedy = chunkPoints(points, limits);
  const count = greedy.length;
  const even: string[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(points.length / count) + (i < points.length % count ? 1 : 0);
    even.push(points.slice(at, at + size));
    at += size;
  }
  return even.every((slide) => pointsFit(slide, limits)) ? even : greedy;
}

/** Slide `index` (from 0) of `total` that one piece of content takes: its part, if it has parts. */
export const partOf = (index: number, total: number): { part?: Part } =>
  total > 1 ? { part: { index: index + 1, total } } : {};
