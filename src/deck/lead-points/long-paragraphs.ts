import type { DeckLimits } from '../limits.ts';
import { length, sentences } from '../sentences.ts';
import { LONG_PARAGRAPH, leadPoint } from './lead-sentence.ts';
import { fitsOneSlide, groupPoint, type PointGroup } from './point-groups.ts';
import { REFERS_BACK } from './questions.ts';

// A section of one or two long paragraphs: each gives a point per stretch of its sentences.

/**
 * Fewer points than this from a section's leads, and its long paragraphs give more: a section
 * written as one or two long paragraphs (as many articles are) is not left one line on its slide.
 */
export const FEW_POINTS = 3;

/** Each stretch of about this many characters of a long paragraph gives a point: its lead. */
const STRETCH = 120;

/**
 * The groups with each long paragraph's point followed by the leads of its further stretches,
 * so that the section's points stay within one slide's `maxPoints`.
 */
export function withStretches(groups: readonly PointGroup[], limits: DeckLimits): PointGroup[] {
  const isLong = (g: PointGroup) => !g.from.within && length(g.from.text) >= LONG_PARAGRAPH;
  const long = groups.filter(isLong).length;
  if (long === 0) return [...groups];
  // As many as fit one slide: a further point on a slide of its own would have no notes.
  for (let most = Math.floor((limits.maxPoints - (groups.length - long)) / long); most > 1; most--) {
    const stretched = stretchedBy(groups, isLong, most, limits);
    if (fitsOneSlide(stretched, limits)) return stretched;
  }
  // Where not every long paragraph can give one more point, as many as can, in order; one that
  // gives none says its lead's teaser with the sentence after it (制动的平稳同样是门学问：…).
  let best = [...groups];
  for (const target of groups.filter(isLong)) {
    const tried = stretchedBy(best, (g) => g === target, 2, limits);
    if (fitsOneSlide(tried, limits)) best = tried;
  }
  const joined = best.map((g) =>
    isLong(g) && !g.further && !best.some((other) => other.further && other.from === g.from)
      ? { ...g, point: groupPoint(g, limits, undefined, true) }
      : g,
  );
  return fitsOneSlide(joined, limits) ? joined : best;
}

/** The groups with each long one followed by up to `most` - 1 further points of its paragraph. */
function stretchedBy(
  groups: readonly PointGroup[],
  isLong: (group: PointGroup) => boolean,
  most: number,
  limits: DeckLimits,
): PointGroup[] {
  return groups.flatMap((group) => {
    if (!isLong(group)) return [group];
    const size = Math.max(STRETCH, length(group.from.text) / most);
    const [first, ...more] = stretches(sentences(group.from.text), size)
      .slice(0, most)
      .map((run, i) =>
        // The first stretch's teaser is said with the sentence after it in that stretch: the
        // further stretches start after it, so that sentence is shown nowhere else.
        i === 0
          ? groupPoint(group, limits, run, run.length > 1)
          : leadPoint(group.from, limits, standingAlone(run)),
      );
    return [
      { ...group, point: first ?? group.point },
      ...more.map((point): PointGroup => ({ point, from: group.from, paragraphs: [], further: true })),
    ];
  });
}

/**
 * The sentences of a stretch that stand alone, from the first: a stretch's point is read without
 * the sentences before it (the first stretch's lead is the paragraph's, as written). All of them
 * when none does.
 */
function standingAlone(run: readonly string[]): string[] {
  const alone = run.filter((sentence) => !REFERS_BACK.test(sentence));
  return alone.length > 0 ? alone : [...run];
}

/** Sentences in stretches of at least `size` characters; a short last one joins the one before. */
function stretches(all: readonly string[], size: number): string[][] {
  const runs: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const sentence of all) {
    current.push(sentence);
    used += length(sentence);
    if (used >= size) {
      runs.push(current);
      current = [];
      used = 0;
    }
  }
  const last = runs.at(-1);
  if (current.length > 0 && last && used < size / 2) last.push(...current);
  else if (current.length > 0) runs.push(current);
  return runs;
}
