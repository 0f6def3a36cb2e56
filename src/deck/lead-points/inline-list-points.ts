import type { Paragraph } from '../../article/types.ts';
import { inlineList } from '../inline-lists.ts';
import type { DeckLimits } from '../limits.ts';
import { asPoint, sentences, withoutConnective } from '../sentences.ts';
import { sum } from '../slide-chunks.ts';
import { width } from '../text-width.ts';
import { WARNS } from './bold-labels.ts';
import { leadPoint } from './lead-sentence.ts';
import { onOneSlide, type PointGroup, slideCount } from './point-groups.ts';
import { askedIn, endsAsQuestion, pointsBack } from './questions.ts';
import { isThin } from './thin-sentences.ts';

// A list counted in a paragraph's prose, given as one point per item.

/**
 * The groups with each paragraph that counts a list in its prose (要注意三点：第一，…；第二，…)
 * shown as that list: the words before it, then one point per item, numbered, and drawn under
 * them where they lead into it with a colon, as a list written as one is. Only where the section
 * needs no more slides so, or one more where it must (the point said only the first item); undefined
 * where none does.
 */
export function withInlineLists(groups: readonly PointGroup[], limits: DeckLimits): PointGroup[] | undefined {
  let best = [...groups];
  let listed = false;
  for (const group of groups) {
    const { from } = group;
    const list = from.within || from.links || group.label !== undefined ? undefined : inlineList(from.text);
    if (!list || list.items.length + 1 > limits.maxPoints) continue;
    // A point that says every item already (有两种情况要当心：一是加油站；二是…) says the list.
    if (list.items.every((text) => group.point.includes(text))) continue;
    const { bold: _, ...plain } = from;
    // A lead-in that is only a connective (需要特别提醒的是：) leads into nothing a slide shows.
    // So is one that only says a conclusion follows (如果只记一句话，那就是：).
    // So is a question that only asks why the point before holds (为什么这么说？第一，…).
    const saysNothing =
      withoutConnective(`${list.leadIn}，`) === '' ||
      asPoint(`${list.leadIn}：`) === '' ||
      (endsAsQuestion(list.leadIn) && pointsBack(askedIn(list.leadIn)));
    const leadIn = saysNothing ? '' : list.leadIn;
    const under = leadIn !== '' && list.leadsIn;
    const item = (text: string, i: number): Paragraph => ({
      ...plain,
      text: `${text}。`,
      within: { kind: 'list', line: from.position.line, ordered: true, number: i + 1 },
    });
    const items = (room: DeckLimits) =>
      list.items.map((text, i): PointGroup => {
        const numbered = item(text, i);
        // Drawn under a lead-in; after a sentence that says a point of its own, the items stand as peers.
        const { within: __, ...peer } = numbered;
        return {
          point: leadPoint(numbered, room),
          from: under ? numbered : peer,
          paragraphs: [],
          further: true,
        };
      });
    // A list its lead-in's last sentence introduces, after a sentence of its own (…凌阴遗址…。冰窖的
    // 原理其实很朴素：挖在地下…；…), is drawn under that sentence: under the first, its items would
    // seem to say what that one is about.
    const leadSentences = under ? sentences(leadIn) : [];
    // Not after a label (注意！冬季用车建议做到以下三点：) or a sentence that says nothing itself.
    const before = leadSentences.slice(0, -1).join('');
    const introduces =
      leadSentences.length > 1 && !WARNS.test(before) && !leadSentences.slice(0, -1).every(isThin)
        ? leadSentences.at(-1)
        : undefined;
    const plainLead: PointGroup[] = leadIn
      ? [{ ...group, point: leadPoint({ ...plain, text: `${leadIn}。` }, limits) }]
      : [];
    const bothLeads: PointGroup[] = introduces
      ? [
          { ...group, point: leadPoint({ ...plain, text: before }, limits) },
          {
            ...group,
            point: leadPoint({ ...plain, text: `${introduces}。` }, limits),
            paragraphs: [],
            further: true,
            leadsIn: true,
          },
        ]
      : [];
    const own = (room: DeckLimits, leadPoints: PointGroup[]): PointGroup[] => {
      const [first, ...rest] = items(room);
      if (!first) return [];
      return leadIn ? [...leadPoints, first, ...rest] : [{ ...group, point: first.point }, ...rest];
    };
    // Items said at length where they fit, else each in its share of the slide (违约金：部分银行规定…).
    const ways = (introduces ? [bothLeads, plainLead] : [plainLead]).flatMap((leadPoints) => {
      const share = Math.floor(
        (limits.maxChars - sum(leadPoints.map((g) => width(g.point)))) / list.items.length,
      );
      const rooms = [limits, { ...limits, maxPointChars: Math.min(share, limits.maxPointChars) }];
      return rooms.map((room) => {
        const mine = own(room, leadPoints);
        const groups = best.flatMap((g) => (g === group ? mine : [g]));
        const at = groups.indexOf(mine[0] as PointGroup) + mine.length - list.items.length;
        return {
          groups,
          whole: slideCount(mine, limits) === 1,
          together: onOneSlide(groups, at, at + list.items.length, limits),
          introduced: leadPoints === bothLeads,
        };
      });
    });
    // One more slide rather than items left off it (the point said only the first of them), the
    // list still whole on one.
    const fewest = (way: (typeof ways)[number]) => slideCount(way.groups, limits) <= slideCount(best, limits);
    // Whole on one slide first, under the sentence that introduces it where that keeps it so.
    const tried = (
      ways.find((way) => fewest(way) && way.together) ??
      ways.find((way) => fewest(way)) ??
      ways.find(
        (way) =>
          !way.introduced && way.whole && slideCount(way.groups, limits) === slideCount(best, limits) + 1,
      )
    )?.groups;
    if (!tried) continue;
    best = tried;
    listed = true;
  }
  return listed ? best : undefined;
}
