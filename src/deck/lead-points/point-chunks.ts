import type { Paragraph } from '../../article/types.ts';
import type { DeckLimits } from '../limits.ts';
import { letters, sentences, shorten } from '../sentences.ts';
import { CONTINUED_MARK, chunk, chunkPoints, pointsFit, sum } from '../slide-chunks.ts';
import { width } from '../text-width.ts';
import { derivedPoints } from './derived-points.ts';
import { leadPoint } from './lead-sentence.ts';
import { FURTHER_BREAK, fitsOneSlide, groupPoint, type PointGroup, ROOMY_LINES } from './point-groups.ts';

// A section's points shared out over its slides, each slide with the paragraphs for its notes.

/** One slide's points, the paragraphs for its notes, and which points sit under a lead-in. */
export interface PointChunk {
  readonly points: string[];
  readonly paragraphs: Paragraph[];
  readonly underLeadIn?: number[];
  /** The first point is the lead-in of a list begun on the slide before, said again over its items. */
  readonly continuesList?: true;
}

/** The starting line of the list whose item gives the group's point, if it is one. */
const listLine = (group: PointGroup | undefined): number | undefined =>
  group?.from.within?.kind === 'list' ? group.from.within.line : undefined;

/**
 * Where, among the groups, the point is that leads into the list whose item group `i` gives: the
 * point just before the list's first item (区别在于预热时间： then its items), not an item itself
 * nor a further point of a paragraph (unless said as the list's lead-in). None for a point that is
 * no list's item, or a list whose lead-in is not among the groups.
 */
function leadInOf(groups: readonly PointGroup[], i: number): number | undefined {
  const line = listLine(groups[i]);
  if (line === undefined) return undefined;
  const first = groups.findIndex((g) => listLine(g) === line);
  const leadIn = groups[first - 1];
  return leadIn && listLine(leadIn) === undefined && (!leadIn.further || leadIn.leadsIn)
    ? first - 1
    : undefined;
}

/** The points of one slide that are items of a list led into by a point before them there: drawn under it. */
const underLeadIn = (taken: readonly PointGroup[]): number[] =>
  taken.flatMap((_, i) => (leadInOf(taken, i) === undefined ? [] : [i]));

/**
 * What it costs to start a slide at a list's item, in the units of the evenness chunk() weighs
 * (squared slide sizes): a list read in one piece, with the sentence that leads into it, is
 * worth a slide a few points shorter than its neighbour.
 */
const LIST_BREAK = 12;
/** Fewest letters of a list's lead-in said again, cut short: fewer would say nothing of it. */
const CONTINUED_LETTERS = 6;

/**
 * The summary's points from the article's own conclusion, as a section's, except that a conclusion
 * of one paragraph that gives one point gives one for each sentence after it too, as many as one
 * slide holds: its lead alone (雷电是大自然中一种既壮观又危险的现象) left the takeaway after it
 * (了解它的原理…，我们就能…保护好自己的安全) on no slide, a summary of one line.
 */
export function conclusionChunks(paragraphs: readonly Paragraph[], limits: DeckLimits): PointChunk[] {
  const groups = derivedPoints(paragraphs, limits);
  const [only] = groups;
  if (groups.length !== 1 || only === undefined || only.from.within || only.label !== undefined)
    return chunksOf(groups, limits);
  let best: PointGroup[] = [...groups];
  for (const sentence of sentences(only.from.text).slice(1)) {
    const point = leadPoint(only.from, limits, [sentence]);
    // Not one the lead's point says already (said with the sentence after it).
    if (point === '' || best.some((g) => g.point.includes(point.replace(/…+$/u, '')))) continue;
    const tried = [...best, { point, from: only.from, paragraphs: [], further: true as const }];
    if (!fitsOneSlide(tried, limits)) break;
    best = tried;
  }
  return chunksOf(best, limits);
}

/**
 * Derived points over as many slides as they need, each slide's notes holding their paragraphs;
 * a list stays on one slide with its lead-in where it can.
 */
export function derivedChunks(
  paragraphs: readonly Paragraph[],
  limits: DeckLimits,
  breaks: readonly number[] = [],
  heading?: string,
): PointChunk[] {
  const all = derivedPoints(paragraphs, limits, heading);
  // A slide ends at each break (the line of a table the section holds, shown between its points).
  const runs = [...breaks, Number.POSITIVE_INFINITY].map((line, i, lines) =>
    all.filter((g) => g.from.position.line < line && (i === 0 || g.from.position.line > (lines[i - 1] ?? 0))),
  );
  return runs.flatMap((groups) => chunksOf(groups, limits));
}

/**
 * A slide's points, each one cut short (……) said whole where the slide, as it was decided, has room
 * for it, up to three lines: a cut leaves out what the slide could show (第二步：…四十三度之间…… without
 * 发酵六到八个小时; a web address too, which a cut would leave out). A further point of a paragraph
 * and a list's item keep their cut, and so does a point said longer but still cut, which may stop
 * on a bare subject (…一台30升左右的烤箱……).
 */
function saidWhole(
  points: readonly string[],
  taken: readonly PointGroup[],
  limits: DeckLimits,
  kept = 0,
): string[] {
  const said = [...points];
  // Points cut at their end first: they lose their conclusion, one cut in its middle only a part.
  const order = [...taken.entries()].sort(
    ([i], [j]) => Number(!(points[i] ?? '').endsWith('…')) - Number(!(points[j] ?? '').endsWith('…')),
  );
  for (const [i, group] of order) {
    const point = said[i] ?? '';
    if (i < kept || !point.includes('…') || group.further || group.from.within?.kind === 'list') continue;
    if (taken.some((other) => other !== group && other.from === group.from)) continue;
    const others = sum(said.filter((_, j) => j !== i).map((p) => width(p)));
    const room = Math.min(ROOMY_LINES * limits.pointLineChars, limits.maxChars - others);
    if (room <= limits.maxPointChars) continue;
    const longer = groupPoint(group, { ...limits, maxPointChars: room }, undefined, false, group.opener);
    // A point cut in its middle (很多人以为……其实…) takes a longer one only where it says more.
    if (longer.endsWith('…') || (!point.endsWith('…') && !saysMore(longer, point))) continue;
    const tried = said.map((p, j) => (j === i ? longer : p));
    if (chunkPoints(tried, limits).length === 1) said[i] = longer;
  }
  return said;
}

/** Whether a point said longer leaves fewer cuts, or says six letters more (not 夏天板温过……). */
const saysMore = (longer: string, point: string): boolean =>
  cuts(longer) < cuts(point) || letters(longer) - letters(point) >= ROOMY_GAIN_LETTERS;
const cuts = (point: string): number => point.match(/…+/gu)?.length ?? 0;
/** Letters a point cut in its middle gains at least where it is said longer. */
const ROOMY_GAIN_LETTERS = 6;

/** The groups' points over as many slides as they need. */
function chunksOf(groups: readonly PointGroup[], limits: DeckLimits): PointChunk[] {
  // A slide that starts inside a list whose lead-in is on the slide before says the lead-in again
  // over the rest of its items: alone, 4. 每次连续测量… would stand on a slide as a point of its own.
  const again = (slide: readonly number[]): number | undefined => {
    const lead = leadInOf(groups, slide[0] ?? -1);
    return lead === undefined || slide.includes(lead) ? undefined : lead;
  };
  const said = groups.map((g) => g.point);
  const mark = CONTINUED_MARK;
  // The slides are shared out as without it (no more slides, no list parted the more for it); it
  // is said again where the slide has room for it, measured with its mark (（续）) as drawn, and
  // cut short (在微重力环境里……（续）) where only that fits.
  return chunk(
    groups.map((_, i) => i),
    (slide) =>
      pointsFit(
        slide.map((i) => said[i] ?? ''),
        limits,
      ),
    (index) =>
      groups[index]?.further ? FURTHER_BREAK : listLine(groups[index]) !== undefined ? LIST_BREAK : 0,
    // One slide more rather than a list parted from its lead-in (看这件陶灶时，不妨留意三个细节 | 1. | 2. 3.).
    true,
  ).map((slide) => {
    const items = slide.map((i) => said[i] ?? '');
    const lead = again(slide);
    const whole = lead === undefined ? undefined : (said[lead] ?? '');
    const room = limits.maxChars - sum(items.map(width)) - width(mark);
    const short = whole === undefined ? undefined : shorten(whole, Math.min(room, width(whole)), width);
    const leadText = [whole, short].find(
      (text) =>
        text !== undefined &&
        letters(text) >= CONTINUED_LETTERS &&
        pointsFit([`${text}${mark}`, ...items], limits),
    );
    const kept = leadText === undefined ? 0 : 1;
    const order = [...(leadText === undefined || lead === undefined ? [] : [lead]), ...slide];
    const taken = order.map((i) => groups[i] as PointGroup);
    const measured = saidWhole(
      [...(leadText === undefined ? [] : [`${leadText}${mark}`]), ...items],
      taken,
      limits,
      kept,
    );
    const points = leadText === undefined ? measured : [leadText, ...measured.slice(1)];
    // As the slide says them: a lead-in said again is said in its first slide's words.
    for (const [k, i] of slide.entries()) said[i] = points[k + kept] ?? '';
    const under = underLeadIn(taken);
    return {
      points,
      paragraphs: slide.flatMap((i) => groups[i]?.paragraphs ?? []),
      ...(under.length > 0 ? { underLeadIn: under } : {}),
      ...(kept === 1 ? { continuesList: true as const } : {}),
    };
  });
}
