import type { Paragraph } from '../../article/types.ts';
import type { DeckLimits } from '../limits.ts';
import { pointsToOriginal } from '../original-link.ts';
import { asPoint, letters, measuresQuantity, sentences } from '../sentences.ts';
import { width } from '../text-width.ts';
import { askedBefore } from './answers.ts';
import { BELIEF, GRANTS, refutesBelief, statesBelief } from './beliefs.ts';
import { headsNext } from './bold-labels.ts';
import { withInlineLists } from './inline-list-points.ts';
import { leadPoint } from './lead-sentence.ts';
import { FEW_POINTS, withStretches } from './long-paragraphs.ts';
import { asks, makesNoPoint, onlyLinks } from './no-point.ts';
import { groupPoint, type PointGroup, withOpenersSaid, withRoom } from './point-groups.ts';
import { withQuestionsTakenUp } from './questions-taken-up.ts';
import { introducesQuote, LEAD_IN_LETTERS, onlySaysWhoSpeaks, SAID_AFTER } from './quotations.ts';
import { isShortOpener, isTeaser } from './teasers.ts';
import { withoutTurn } from './turns.ts';

// The points a section's paragraphs make, in order, each with the paragraphs that go in its notes.

/**
 * Whether who speaks (`leadIn`) would crowd the quotation in `quote` as its label: the
 * quotation, said whole, leaves no room for it.
 */
function crowds(leadIn: string, quote: Paragraph | undefined, limits: DeckLimits): boolean {
  if (!quote || !onlySaysWhoSpeaks(leadIn)) return false;
  const whole = leadPoint(quote, { ...limits, maxPointChars: Number.POSITIVE_INFINITY });
  return width(leadIn) + 1 + width(whole) > limits.maxPointChars;
}

/**
 * The points the paragraphs make when the spec curates none, each with the paragraphs that go in
 * the notes of the slide showing it: a paragraph's lead sentence, except that a paragraph of
 * links only, or one that says too little (a stray “), makes no point and goes with the
 * paragraph before it (or, first, the one after). None when no paragraph makes one.
 */
export function derivedPoints(
  paragraphs: readonly Paragraph[],
  limits: DeckLimits,
  heading?: string,
): PointGroup[] {
  // Links and nothing else that says something (a reading list): each link is what there is to
  // show, but not one that only points at the original (查看原文), which the sources slide names.
  const makesPoint = paragraphs.some((p) => !makesNoPoint(p))
    ? (p: Paragraph) => !makesNoPoint(p)
    : (p: Paragraph) =>
        onlyLinks(p) && !(p.links ?? []).every((l) => pointsToOriginal(p.text.slice(l.start, l.end)));
  const groups: PointGroup[] = [];
  let waiting: Paragraph[] = [];
  let label: string | undefined;
  for (const [i, paragraph] of paragraphs.entries()) {
    const last = groups.at(-1);
    const next = paragraphs[i + 1];
    const leadIn = introducesQuote(paragraph, next);
    // A quotation that only asks (> 手环到底有没有用？) makes no point to label: its lead-in goes
    // with it, beside the answer after them.
    const asking = leadIn !== undefined && next !== undefined && makesNoPoint(next);
    // Who speaks labels the quotation only where it leaves the quotation room to be said whole.
    const short =
      leadIn !== undefined && letters(leadIn) <= LEAD_IN_LETTERS && !crowds(leadIn, next, limits)
        ? leadIn
        : undefined;
    const heads = headsNext(paragraph) ?? (asking ? undefined : short);
    // Who said the quotation just before, named after it (这是我一位同事的话，…): its point names
    // them after a dash where the line has room, and the paragraph goes in its notes.
    const speaker =
      last?.from.within?.kind === 'quote' && waiting.length === 0 && !paragraph.within
        ? SAID_AFTER.exec(paragraph.text)?.slice(1).find(Boolean)
        : undefined;
    if (last && speaker) {
      // As a dash at the quotation's end names who said it (…可预期。——我一位同事).
      const from = { ...last.from, text: `${last.from.text.trim()}——${speaker}` };
      groups[groups.length - 1] = {
        ...last,
        from,
        point: groupPoint({ ...last, from }, limits),
        paragraphs: [...last.paragraphs, paragraph],
      };
    }
    // A lead-in too long to label that only says who speaks (一位…干了二十多年的管理员说得很实在：)
    // goes in the quotation's notes all the same: the quotation says the point.
    else if (asking || (heads === undefined && leadIn !== undefined && onlySaysWhoSpeaks(leadIn)))
      waiting.push(paragraph);
    else if (heads !== undefined) {
      // A bold line the writer used as a heading (**价格**) heads the paragraph after it, as a
      // lead-in heads its quotation: it goes in that one's notes, and labels its point.
      waiting.push(paragraph);
      label = heads;
    } else if (
      last &&
      waiting.length === 0 &&
      (refutesBelief(paragraph, last.from) ||
        (onlyTeases(last) && !paragraph.within && makesPoint(paragraph)))
    ) {
      // Said with the belief it refutes, as one paragraph: on a slide alone, 恰恰相反 refutes nothing.
      // A paragraph that only teases (秘密藏在水分子里。) is said with the one after it, which says what.
      const from = { ...last.from, text: `${last.from.text}${paragraph.text}` };
      groups[groups.length - 1] = {
        ...last,
        from,
        point: groupPoint({ ...last, from }, limits),
        paragraphs: [...last.paragraphs, paragraph],
      };
    } else if (makesPoint(paragraph)) {
      const labels = !paragraph.within || paragraph.within.kind === 'quote';
      const labelled = label !== undefined && labels ? { label } : {};
      const before = waiting.at(-1);
      // A paragraph that opens by granting the view a question before it put (…为什么不收集起来发电？
      // then 听起来很有道理，但…) says its turn: the view it grants is in the notes only.
      // So does the first that defines what the heading asks about (汇算到底在算什么？ then 平时…。
      // 年度汇算，就是把一整年的收入合在一起…), from the definition: what came before only sets it up.
      const from =
        before &&
        asks(before) &&
        !paragraph.within &&
        !paragraph.bold?.length &&
        !paragraph.links?.length &&
        GRANTS.test(paragraph.text)
          ? { ...paragraph, text: withoutTurn(paragraph.text.replace(GRANTS, '')) }
          : ((groups.length === 0
              ? (definitionIn(paragraph, heading) ?? measureIn(paragraph, heading))
              : undefined) ?? paragraph);
      const asked = askedBefore(before, paragraph);
      const group = { from, ...labelled, ...(asked ? { asked } : {}) };
      groups.push({
        ...group,
        point: correctingPoint(paragraph, last, waiting, limits) ?? groupPoint(group, limits),
        paragraphs: [...waiting, paragraph],
      });
      waiting = [];
      label = undefined;
    } else if (last && waiting.length === 0 && !asks(paragraph)) last.paragraphs.push(paragraph);
    // A question goes with the answer after it, not with the point before it.
    else waiting.push(paragraph);
  }
  // A bold heading line with nothing after it to head stays beside the last point.
  const last = groups.at(-1);
  if (waiting.length > 0 && last) last.paragraphs.push(...waiting);
  withQuestionsTakenUp(groups, limits);
  const listed = withInlineLists(groups, limits);
  if (listed) return withOpenersSaid(listed, limits);
  return withRoom(
    withOpenersSaid(groups.length < FEW_POINTS ? withStretches(groups, limits) : groups, limits),
    limits,
  );
}

/**
 * `paragraph` from the first sentence after its lead that defines a term the heading asks about
 * (年度汇算，就是…, under 汇算到底在算什么？); undefined where none does, or where the heading asks no what.
 */
function definitionIn(paragraph: Paragraph, heading: string | undefined): Paragraph | undefined {
  if (
    !heading ||
    !ASKS_WHAT.test(heading) ||
    paragraph.within ||
    paragraph.bold?.length ||
    paragraph.links?.length
  )
    return undefined;
  const all = sentences(paragraph.text);
  const at = all.findIndex(
    (sentence, i) =>
      i > 0 &&
      (sharesTerm(DEFINES.exec(sentence)?.[1], heading) || sharesTerm(NAMED_AS.exec(sentence)?.[1], heading)),
  );
  return at > 0 ? { ...paragraph, text: all.slice(at).join('') } : undefined;
}
/**
 * `paragraph` from its first sentence that gives a measured figure (一般来说，PP棉滤芯3到6个月更换一次…),
 * where the heading asks how long or how much (滤芯多久换一次？) and the lead gives none (滤芯是净水器
 *的核心，也是最容易被忽视的部分。); undefined otherwise: the figure is what the heading asks for.
 */
function measureIn(paragraph: Paragraph, heading: string | undefined): Paragraph | undefined {
  if (!heading || !ASKS_HOW_MUCH.test(heading) || paragraph.within || paragraph.bold?.length)
    return undefined;
  const all = sentences(paragraph.text);
  // Not where the lead counts something itself (全套共65件), says its answer after a colon (法律的规定
  // 是：…), or is short enough to be said with the next sentence (速度是固态硬盘最大的优势。).
  const lead = all[0] ?? '';
  if (/\d|[：:]/u.test(lead) || isTeaser(lead) || isShortOpener(lead)) return undefined;
  const at = all.findIndex((sentence, i) => i > 0 && measuresQuantity(sentence) && !statesBelief(sentence));
  return at > 0 ? { ...paragraph, text: all.slice(at).join('') } : undefined;
}
/** A heading that asks how long, how much or how many (多久, 多少, 多快, 几年). */
const ASKS_HOW_MUCH = /多久|多长时间|多少|多大|多远|多快|多高|多重|几(?:年|天|个月|周|次|小时|分钟|岁|度)/u;
/** A heading that asks what something is (汇算到底在算什么？ 什么是潮汐？ 这是怎么回事？). */
const ASKS_WHAT = /什么|怎么回事/u;
/** A sentence that names what it has described (…这部分远视就叫“远视储备”): the term, quoted. */
const NAMED_AS = /(?:就|便)?(?:叫做|叫作|叫|称为|被称为)[“"]([^”"]{2,10})[”"]/u;
/** A sentence that defines a term: the term, then 就是, 是指 or 指的是 (所谓潮汐，是指…). */
const DEFINES = /^(?:所谓)?([^，,。：:“”]{2,10})[，,]?(?:就是|是指|指的是)/u;
/** Whether a term shares two letters in a row with the heading (年度汇算 with 汇算到底在算什么). */
const sharesTerm = (term: string | undefined, heading: string): boolean =>
  term !== undefined &&
  [...term].some(
    (_, i) => /\p{Script=Han}{2}/u.test(term.slice(i, i + 2)) && heading.includes(term.slice(i, i + 2)),
  );

/** Whether a group's paragraph is one short teaser and no more (秘密藏在水分子里。). */
const onlyTeases = (group: PointGroup): boolean =>
  !group.from.within &&
  !group.further &&
  group.label === undefined &&
  group.paragraphs.length === 1 &&
  sentences(group.from.text).length === 1 &&
  isTeaser(group.from.text.trim());

/** Words that open a correction of what came before (事实上，…): said, they mark it one. */
const CORRECTION_OPENS = /^(?:事实上|其实|实际上)[，,]\s*/u;

/**
 * The point of a paragraph that opens by correcting the belief of one sentence, a paragraph of
 * its own just before it (很多人相信，用微波炉热过的菜“没营养了”。 then 事实上，任何加热方式都会…),
 * with its opening kept (事实上，任何加热方式都会…): without it, the two read as a claim and its
 * support. Undefined for any other paragraph, or where its point is not its first sentence.
 */
function correctingPoint(
  paragraph: Paragraph,
  before: PointGroup | undefined,
  waiting: readonly Paragraph[],
  limits: DeckLimits,
): string | undefined {
  const opening = CORRECTION_OPENS.exec(paragraph.text)?.[0];
  if (!opening || !before || waiting.length > 0 || paragraph.within || before.from.within) return undefined;
  if (sentences(before.from.text).length !== 1 || !BELIEF.test(before.from.text)) return undefined;
  const said = opening.trim().replace(/[，,]$/u, '，');
  const point = leadPoint(paragraph, { ...limits, maxPointChars: limits.maxPointChars - width(said) });
  const first = asPoint(sentences(paragraph.text)[0] ?? '');
  return first.startsWith(point.replace(/…+$/u, '').slice(0, 6)) ? `${said}${point}` : undefined;
}
