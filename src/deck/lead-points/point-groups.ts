import type { Paragraph } from '../../article/types.ts';
import type { DeckLimits } from '../limits.ts';
import { sentences } from '../sentences.ts';
import { chunkPoints } from '../slide-chunks.ts';
import { width } from '../text-width.ts';
import { labelledPoint } from './lead-sentence.ts';

// A point with the paragraphs for its notes, and how many slides the points of a run of them take.

/** A point, the paragraph it comes from and the paragraphs that go in the notes beside it. */
export interface PointGroup {
  readonly point: string;
  readonly from: Paragraph;
  readonly paragraphs: Paragraph[];
  /** The bold line that heads `from` in the article (**价格**), shown as the point's label. */
  readonly label?: string;
  /** A further point of `from`, whose words are in the notes beside its first: it stays with it. */
  readonly further?: true;
  /** Said as the lead-in of the list after it, a further point though it is (冰窖的原理其实很朴素：). */
  readonly leadsIn?: true;
  /** Said with the sentence after its short lead (找到漏点还不够：…), where the slides had room. */
  readonly opener?: true;
  /** The short question asked in a paragraph of its own just before `from` (问：还有别的方法吗？). */
  readonly asked?: string;
  /** `asked` is the question the point takes up (这些问题…), said with it: never left out. */
  readonly takenUp?: true;
}

/**
 * A group's point, with the short question asked just before its paragraph where both fit whole:
 * alone, an answer (比我刚入行时好多了) answers nothing the slide asks.
 */
export function groupPoint(
  group: Pick<PointGroup, 'from' | 'label' | 'asked'>,
  limits: DeckLimits,
  all = sentences(group.from.text),
  joinsTeaser = false,
  joinsOpener = false,
): string {
  const point = labelledPoint(group.from, group.label, limits, all, joinsTeaser, joinsOpener);
  const { asked } = group;
  if (!asked || point.endsWith('…') || /[？?]/u.test(point)) return point;
  const said = `${asked}${point}`;
  return width(said) <= limits.maxPointChars ? said : point;
}

/**
 * The groups with each point whose lead only opens its paragraph in a few words (找到漏点还不够。)
 * said with the sentence after it (…：扎胎的东西还留在外胎里), as a teaser is, where the section
 * needs no more slides so: alone, such a lead leaves out what it opens.
 */
export function withOpenersSaid(groups: readonly PointGroup[], limits: DeckLimits): PointGroup[] {
  const slides = slideCount(groups, limits);
  let best = [...groups];
  for (const [i, group] of groups.entries()) {
    // Only a point its paragraph's lead gives: not one of a stretch, a list's lead-in or item, nor
    // one said at a roomy slide's length.
    const shared = groups.some((other) => other !== group && other.from.position === group.from.position);
    if (group.further || shared || group.point !== groupPoint(group, limits)) continue;
    const point = groupPoint(group, limits, undefined, false, true);
    // Not where the cut leaves out what the lead opens and keeps only a later turn (真正需要在意的是废水……
    // 但还是比超滤费水): the figures between are what it opened.
    if (point === group.point || point.startsWith(`${group.point}……`)) continue;
    // Nor where it would leave out the question asked before it (问：…？ or …这些问题…): too long for both.
    if (group.takenUp && !point.startsWith(group.asked ?? '')) continue;
    const tried = best.map((g, j) => (j === i ? { ...group, point, opener: true as const } : g));
    if (slideCount(tried, limits) <= slides) best = tried;
  }
  return best;
}

/** Whether the groups' points from `start` up to `end` fall on one slide. */
export function onOneSlide(
  groups: readonly PointGroup[],
  start: number,
  end: number,
  limits: DeckLimits,
): boolean {
  let at = 0;
  for (const chunk of slidesOf(groups, limits)) {
    const next = at + chunk.length;
    if (start >= at && start < next) return end <= next;
    at = next;
  }
  return false;
}

/** The groups' points as their slides share them, a further point kept with the one before. */
const slidesOf = (groups: readonly PointGroup[], limits: DeckLimits): string[][] =>
  chunkPoints(
    groups.map((g) => g.point),
    limits,
    (index) => (groups[index]?.further ? FURTHER_BREAK : 0),
  );

/** How many slides the groups' points take. */
export const slideCount = (groups: readonly PointGroup[], limits: DeckLimits): number =>
  slidesOf(groups, limits).length;

/** A section that makes this many points or fewer leaves its slide room for longer ones. */
const ROOMY_POINTS = 2;
/** Most lines a point takes on such a slide: a sentence whole, not a wall of text. */
export const ROOMY_LINES = 3;

/**
 * One or two points alone on their slide, each taken from its own paragraph: each may then run to
 * three lines, within the slide's share, so a lead sentence cut at one line's width (a
 * recommendation cut before it is made, 如果你住在……) is kept whole where it fits.
 */
export function withRoom(groups: PointGroup[], limits: DeckLimits): PointGroup[] {
  if (groups.length > ROOMY_POINTS || groups.some((g) => g.further)) return groups;
  const share = Math.min(ROOMY_LINES * limits.pointLineChars, Math.floor(limits.maxChars / groups.length));
  if (share <= limits.maxPointChars) return groups;
  const roomy = groups.map((g) => ({
    ...g,
    point: groupPoint(g, { ...limits, maxPointChars: share }, undefined, false, g.opener),
  }));
  // Kept only if they still share one slide, as the shorter points did.
  return fitsOneSlide(roomy, limits) ? roomy : groups;
}

/** Whether the groups' points share one slide. */
export const fitsOneSlide = (groups: readonly PointGroup[], limits: DeckLimits): boolean =>
  chunkPoints(
    groups.map((g) => g.point),
    limits,
  ).length === 1;

/** A further point of a long paragraph starts no slide: its words are in the notes of the one before. */
export const FURTHER_BREAK = 1000;
