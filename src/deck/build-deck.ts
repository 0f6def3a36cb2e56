import { SourceError } from '../article/source-error.ts';
import type { Article, Paragraph, Section } from '../article/types.ts';
import { checkFits, checkIds, checkPoints, checkSpecSections } from './deck-checks.ts';
import { DEPENDS, DEPENDS_LETTERS } from './inline-lists.ts';
import {
  conclusionChunks,
  derivedChunks,
  endsAsQuestion,
  headingAsks,
  makesNoPoint,
  onlyOpens,
  opensOnTeaser,
  opensWithBoldLabel,
  type PointChunk,
  saysNo,
  shortLeadOf,
  statesBelief,
  withoutTurn,
} from './lead-points.ts';
import { type DeckLimits, defaultLimits, wrappedLines } from './limits.ts';
import { asPoint, corrects, letters, PARTLY_WRONG, shorten } from './sentences.ts';
import { chunkPoints, partOf } from './slide-chunks.ts';
import { isTakenId, nthId, OWN, slug } from './slide-ids.ts';
import { cueAndNote, notes } from './slide-notes.ts';
import { sourcesSlides } from './sources-slides.ts';
import type { DeckSpec, SectionSpec } from './spec.ts';
import { checkSpecFits } from './spec-fits.ts';
import { articleTableSlides, leadsIntoTable, tableSlides } from './table-slides.ts';
import { width } from './text-width.ts';
import { checkTalkLength, spokenChars, withTimings } from './timings.ts';
import type { Deck, IntroSlide, PartContent, PointsSlide, SectionRef, Slide, SummarySlide } from './types.ts';

// The limits live in their own module; the deck's callers know them from here.
export { type DeckLimits, defaultLimits } from './limits.ts';

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** A count said in Chinese: 两个部分, not 二个 (二 is the ordinal's: 第二部分). */
const countOf = (n: number): string => (n === 2 ? '两' : (CHINESE_NUMBERS[n - 1] ?? String(n)));

/** Headings an article gives a closing list of its references. */
const REFERENCES_HEADING =
  /^(?:参考资料|参考文献|参考链接|参考来源|资料来源|引用来源|延伸阅读|扩展阅读|拓展阅读|相关阅读|推荐阅读|references?|sources|further reading)[：:]?$/i;

/**
 * The article without its last section when that section is no part of the talk but shown
 * elsewhere: headed as `heading` matches (参考资料 …, 总结 …), with no spec entry of its own and
 * `curatedElsewhere` false; and that section.
 */
function splitClosing(
  article: Article,
  spec: DeckSpec,
  heading: RegExp,
  curatedElsewhere = false,
): { body: Article; closing?: Section } {
  const last = article.sections.at(-1);
  const curated = curatedElsewhere || spec.sections.some((s) => s.heading === last?.heading);
  // One with a table stays a part of the talk: neither the summary nor the sources would show it.
  if (!last || curated || last.tables || article.sections.length < 2 || !heading.test(last.heading))
    return { body: article };
  return { body: { ...article, sections: article.sections.slice(0, -1) }, closing: last };
}

/** Words that open a paragraph summing up what came before (总之，… 总而言之，…). */
// Not 总的来说 or 归根结底, which as often sum up the section they end.
const SUMS_UP_ALL = /^(?:总之|总而言之|综上所述|综上)[，,：:]/u;
/** A closing word after it (最后还要提醒大家，…). */
const LAST_WORD = /^最后/u;

/**
 * An article with no closing section of its own that ends its last section on a paragraph summing
 * up (总之，候鸟能飞越万里不迷路，靠的是…), or on one more after it: those are its conclusion, the
 * deck's summary, where the section says something besides and neither it nor a summary is
 * curated. A recap of the headings would say less: questions without their answers.
 */
function closingParagraph(article: Article, spec: DeckSpec): { body: Article; closing?: Section } {
  const last = article.sections.at(-1);
  if (!last || spec.summary?.points || spec.sections.some((s) => s.heading === last.heading) || last.tables)
    return { body: article };
  // The last paragraph or the one before it, whose closing word (最后还要提醒大家，…) closes with it.
  const count = last.paragraphs.length;
  const at = [count - 1, count - 2].find((i) => {
    const closes = i === count - 1 || LAST_WORD.test(last.paragraphs[count - 1]?.text.trim() ?? '');
    return i >= 1 && closes && SUMS_UP_ALL.test(last.paragraphs[i]?.text.trim() ?? '');
  });
  const paragraphs = at === undefined ? [] : last.paragraphs.slice(at);
  const [first] = paragraphs;
  // Not part of a list or a quotation: those are the section's.
  if (!first || paragraphs.some((p) => p.within)) return { body: article };
  const kept = { ...last, paragraphs: last.paragraphs.slice(0, at) };
  return {
    body: { ...article, sections: [...article.sections.slice(0, -1), kept] },
    closing: { heading: '总结', position: first.position, paragraphs },
  };
}

/** The mark a Q&A article asks each heading's question with (问：…？ Q1：…？). */
const ASKS_MARK = /^(?:问|Q\s?\d{0,2})\s*[：:]\s*(?=\S)/u;

/**
 * A section's heading as the deck shows it: without the 问： or Q1： that only says it asks,
 * which the agenda would show before its own number (the spec still names it as written).
 */
const shownHeading = (heading: string): string => {
  const rest = heading.replace(ASKS_MARK, '');
  // Q1：开局平稳 names a quarter, not a question: the mark goes only before one that asks.
  return rest !== heading && (heading.startsWith('问') || headingAsks(rest)) ? rest : heading;
};

/** A heading said as a sentence: with a full stop, unless it ends on a mark of its own (？！。). */
const sentenceOf = (heading: string): string => (/[。？！?!…]$/.test(heading) ? heading : `${heading}。`);

/** Headings an article gives its own closing section: it is then the deck's summary. */
const CLOSING_HEADING =
  /^(?:(?:我的|个人)(?:结论|总结)|总结|结语|结论|小结|结束语|写在最后|写在后面|写在文末|最后的(?:话|建议|提醒)|最后说(?:两|几)句|最后多说(?:两|几)句|尾声|后记|全文总结|总结一下|最后总结|最后|给[^，,：:]{1,6}的(?:话|几句话|一句话|寄语))(?:[：:].*)?$/;

/**
 * A summary point for a section, when the spec curates no summary: its heading, the deck's recap
 * of what the talk covered, with the section's first curated point if the spec gives it points
 * and both fit. A lead sentence is no summary (it is often a teaser: 最常被拿来宣传的是…), so
 * none is made up from the article, except where the heading asks a question (静电到底是什么？):
 * a recap of questions answers nothing, and the section's first point is its answer.
 */
function summaryPoint(section: Section, spec: SectionSpec | undefined, limits: DeckLimits): string {
  const heading = shownHeading(section.heading);
  // A myth the section refutes (误区一：…) recapped alone would list it as a takeaway.
  const refuted = spec?.points ? undefined : mythRecap(section, heading, limits);
  if (refuted) return refuted;
  const asks = headingAsks(heading);
  const first =
    spec?.points?.[0] ??
    (asks ? answerOf(section, limits, RECAP_LINES * limits.pointLineChars - width(heading)) : undefined);
  if (!first) return heading;
  if (asks && !spec?.points) {
    // A heading with a colon of its own (下一步：我们还需要什么) sets its answer off with ；, as a
    // label with one does: two colons in a row read as one list.
    // So does one before an answer with a colon of its own (测试怎么做；我们的测试分三部分：…).
    const joint = endsAsQuestion(heading) ? '' : /[：:]/u.test(heading + first) ? '；' : '：';
    const answered = `${heading}${joint}${first}`;
    if (wrappedLines(answered, limits.pointLineChars) <= RECAP_LINES) return answered;
    // An answer without its question reads as a stray fact: the question alone, then.
    return verdictAnswer(heading, first) ?? heading;
  }
  // The topic its heading names (速度：从…到… is about 速度); 该不该升级？… reads on without a colon.
  const topic = heading.split(/[：:]/)[0] || heading;
  const point = `${topic}${/[？！?!]$/.test(topic) ? '' : '：'}${first}`;
  return width(point) <= limits.maxPointChars ? point : heading;
}

/**
 * Lines a question heading and its answer take in the recap, at most: a question recapped without
 * its answer (它和胃癌有什么关系？) reads as one the talk left open.
 */
const RECAP_LINES = 2;

/** A heading that names a myth its section refutes (误区一：…, 流言三：…), up to the myth. */
const MYTH = /^(?:误区|流言|谣言|误解|传言|谣传)[一二三四五六七八九十\d]*[：:、]\s*/u;
/** A label that says what is true (真相：…). */
const TRUTH = /^(?:真相|事实|正解|真实情况)(?:是)?[：:]\s*/u;
/** What a point that corrects after the belief it keeps says (很多人以为……其实…, …；这话只对了一半：…). */
// After a comma, only a verdict that labels what follows (…倒霉，其实不然：召回针对的是…).
const AFTER_BELIEF =
  /^.*?(?:(?:……|；)(?=其实|但|事实上|实际上|可是|可问题是|这(?:话|句话|个说法|种说法|种做法))|[，,](?=其实[^，,：:；;]{1,8}[：:]))/u;
/** A point that calls what came before useless or harmful (这种做法不仅没用，还有害：…). */
const CALLS_USELESS = /^这(?:种|个|样)?[^，。]{0,6}(?:不仅)?(?:没用|无效|有害)/u;
/** Letters of what is true, at least: 这句话只对了一小半 only calls the myth wrong. */
const MYTH_ANSWER_LETTERS = 10;
/** A point that says the claim a myth heading names holds (这一条，是真的。): the section confirms it. */
const CONFIRMS =
  /^(?:这(?:一)?条|这个说法|这种说法|这话|这句话|此说)?[，,]?\s*(?:还)?(?:确实|的确|倒)?(?:是真的|属实|没说错|说得没错|没错|确有其事|不是谣言|并非谣言)[。！!]?$/u;

/**
 * A question of yes or no answered by the verdict its answer is labelled with (召回要不要花钱？不要), or
 * by a label that calls a belief wrong (这个说法没有根据), for when the answer is too long beside its
 * question. A verdict answers no question of why or what (父亲为什么停不下来？其实不完全是这样).
 */
function verdictAnswer(heading: string, answer: string): string | undefined {
  const verdict = verdictOf(answer) ?? echoOf(answer, heading);
  return verdict && endsAsQuestion(heading) && ASKS_YES_OR_NO.test(heading)
    ? `${heading}${verdict}`
    : undefined;
}

/**
 * The yes an answer is labelled with by echoing its question's word (这行是不是特别缺人？ then
 * 缺，一直缺：…), if any.
 */
function echoOf(answer: string, heading: string): string | undefined {
  const [, word, again] = /^([^，,：:。]{1,2})[，,]([^，,：:。]{1,6})[：:]/u.exec(answer) ?? [];
  return word && again?.includes(word) && heading.includes(word) ? `${word}，${again}` : undefined;
}

/** The verdict an answer is labelled with (不要：…, 其实不然：…, 这个说法没有根据：…), if any. */
function verdictOf(answer: string): string | undefined {
  const verdict = /^([^：:，,。]{1,10})[：:]/u.exec(answer)?.[1];
  return verdict && ((letters(verdict) <= 6 && saysNo(verdict)) || corrects(verdict)) ? verdict : undefined;
}

/**
 * A myth heading's recap: the myth asked, with what the section says is true (每人每天必须喝8杯水？
 * 喝多少水因人而异…), where a point labels or corrects it; else undefined.
 */
function mythRecap(section: Section, heading: string, limits: DeckLimits): string | undefined {
  const myth = MYTH.exec(heading);
  const points = derivedChunks(section.paragraphs, limits, [], section.heading).flatMap(
    (chunk) => chunk.points,
  );
  // A heading that states the myth bare (阴天不用防晒) over a section that labels it so first
  // (**误区：**阴天太阳不大，…) names a myth as much.
  if (!myth && !labelsOneMyth(points)) return undefined;
  const claim = heading.slice(myth?.[0].length ?? 0).replace(/[。？?！!]$/u, '');
  // A myth the section confirms (流言三：鸡蛋不能放进微波炉 … 这一条，是真的。) is recapped as true, with
  // why where it fits: bare, its 流言 would call it false.
  const confirms = points.findIndex((point) => CONFIRMS.test(point));
  if (claim && confirms >= 0 && confirms < 2) {
    const said = `${claim}？是真的`;
    const why = points[confirms + 1];
    const reason = why && shorten(asPoint(why), limits.maxPointChars - width(said) - 1, width);
    return reason && letters(reason) >= MYTH_ANSWER_LETTERS && !/^\d+\.\s/u.test(reason)
      ? `${said}：${reason}`
      : said;
  }
  const labelledTruth = points.find((point) => TRUTH.test(point))?.replace(TRUTH, '');
  const truth =
    labelledTruth ??
    points
      .map((point) => point.replace(AFTER_BELIEF, ''))
      .find((point) => corrects(point) || CALLS_USELESS.test(point));
  // Without a 误区 of its own, the heading is named a myth where nothing true is said with it.
  const named = myth ? undefined : `误区：${heading}`;
  // Not one that only leads into a list (但如果出现以下情况，…) or only calls the myth wrong.
  if (!truth || !claim || /以下|如下/u.test(truth)) return named;
  const said = shorten(withoutTurn(asPoint(truth)), limits.maxPointChars - width(claim) - 1, width);
  // What a 真相： label says is true says it, however short (紫外线能穿透云层).
  // Not one that only calls the myth wrong (真相：这句话只对了一小半).
  const labelled = labelledTruth !== undefined && !PARTLY_WRONG.test(truth);
  return letters(said) >= (labelled ? TRUTH_LETTERS : MYTH_ANSWER_LETTERS) ? `${claim}？${said}` : named;
}

/** Letters of what a 真相： label says, at least. */
const TRUTH_LETTERS = 6;

/**
 * A heading that states a myth bare (阴天不用防晒) over a section that labels it so first
 * (**误区：**…), shown as one where its recap gives way: bare, it lists the myth as a takeaway.
 */
function labelledMyth(section: Section, limits: DeckLimits): string | undefined {
  const heading = shownHeading(section.heading);
  if (MYTH.test(heading)) return undefined;
  const points = derivedChunks(section.paragraphs, limits, [], section.heading).flatMap(
    (chunk) => chunk.points,
  );
  return labelsOneMyth(points) ? `误区：${heading}` : undefined;
}

/**
 * Whether a section's points label one myth, first, and answer it with a 真相： (not 关于闪电的三个误区
 * over 误区一…误区三).
 */
const labelsOneMyth = (points: readonly string[]): boolean =>
  MYTH.test(points[0] ?? '') &&
  points.filter((point) => MYTH.test(point)).length === 1 &&
  points.some((point) => TRUTH.test(point));

/**
 * Whether a short answer says what its question asks, on the word before the question's 什么
 * (地铁靠什么跑起来？ 靠电): then it is an answer however short.
 */
function saysWhatItAsks(answer: string, heading: string): boolean {
  // A verb (靠, 用, 吃), not 是, 有, 为 or 叫, which any answer may start on (有两点, 为了…).
  const word = /(\p{Script=Han})(?:什么|啥)/u.exec(heading)?.[1];
  return (
    word !== undefined &&
    !/[是有为叫干]/u.test(word) &&
    answer.startsWith(word) &&
    letters(answer) >= 2 &&
    !/[？?]/u.test(answer)
  );
}

/** An answer says this many letters at least: 其实很简单 only says one is coming. */
const ANSWER_LETTERS = 8;

/**
 * The answer a section gives its question heading: its first point, unless that only leads into
 * what follows (主要有三种用途：, or 办法其实不少，挑几个最管用的说。 over a list) or says too little.
 */
function answerOf(section: Section, limits: DeckLimits, room: number): string | undefined {
  const [chunk] = derivedChunks(section.paragraphs, limits, [], section.heading);
  // The question an interviewer asked before it (问：还缺什么？) is the heading's own: the answer alone.
  // Not one whose answer is a verdict (检查一定要做胃镜吗？不一定：…) under a heading that asks no yes
  // or no (怎么查？怎么治？): the verdict would read as that heading's answer.
  const opening = chunk?.points[0];
  const askedFirst = opening && /^(?:[^？?“”]|“[^“”]*”)+[？?](?=[^”’」』\s])/u.exec(opening)?.[0];
  const answered = opening?.slice(askedFirst ? askedFirst.length : 0);
  const first =
    askedFirst && answered && verdictOf(answered) && !ASKS_YES_OR_NO.test(shownHeading(section.heading))
      ? undefined
      : answered;
  // A belief stated alone (网上一直有种说法：…) that the next point corrects (这个说法没有根据：…), or a
  // part granted (扫描我们也做…) the next point turns from (但扫描解决不了…): the answer is that point.
  const second = chunk?.points[1];
  const turned =
    first !== undefined &&
    second !== undefined &&
    !/^\d+\.\s/u.test(second) &&
    ((statesBelief(first) && !/[；;]|……/u.test(first) && corrects(second)) ||
      (/^(?:但是?|不过|然而|可是)(?=\p{Script=Han})/u.test(second) &&
        !/[，,；;](?:但|不过|然而|可是)/u.test(first)));
  // A belief said with its correction (很多人以为……其实不然：召回针对的是…) answers with the correction.
  const correction = first !== undefined && statesBelief(first) ? first.replace(AFTER_BELIEF, '') : first;
  const corrected = correction !== first && correction !== undefined && corrects(correction);
  const whole = turned ? withoutTurn(asPoint(second)) : corrected ? correction : first;
  const from = chunk?.paragraphs.filter((p) => !makesNoPoint(p))[turned ? 1 : 0];
  // A short lead said with the sentence after it (会，但没有想象中那么容易：目前认为…) answers alone
  // where both are cut or would not fit beside the question.
  const lead = whole && from ? shortLeadOf(whole, from) : undefined;
  const heading = shownHeading(section.heading);
  // One labelled with the question's word echoed (缺，一直缺：…) answers whole: the recap says its yes.
  if (whole && !/…$/u.test(whole) && echoOf(whole, heading)) return whole;
  const point = lead && whole && (width(whole) > room || /…$/u.test(whole)) ? lead : whole;
  // What many people fear (很多人一听…就害怕) is what the section goes on to answer, not the answer.
  // Nor is a point that only opens what follows (这个问题得分人说) or points back (这种情况还真不少见).
  // That it depends (这个问题要分情况, its cases after it) is the answer in brief: any one case would
  // answer for all of them.
  if (point && DEPENDS.test(point) && letters(point) <= DEPENDS_LETTERS) return point;
  // Cut short, a correction labelled with its verdict (其实不然：召回针对的是…缺陷……) answers a question
  // of yes or no with that.
  if (corrected && point?.endsWith('…') && verdictAnswer(heading, point)) return verdictOf(point);
  if (
    !point ||
    !from ||
    (letters(point) < ANSWER_LETTERS && !saysWhatItAsks(point, heading)) ||
    statesBelief(point) ||
    onlyOpens(point) ||
    // Nor, under a heading that asks whether to (簪花值不值得做？ 要不要装储能？), a point that weighs
    // nothing (蟳埔村的簪花现在非常火…): it reads as the verdict it is not.
    (ASKS_WHETHER_TO.test(section.heading) && !WEIGHS.test(point)) ||
    // Nor a question reported as asked (我给我妈打电话，问外婆最近是不是在学手机).
    /(?<![提疑学顾访])问(?!题)[^，。]{0,16}(?:是不是|有没有|能不能|会不会|要不要|吗)/u.test(point) ||
    // A list's first item (1. 每天保证…) answers only in part, and its number belongs to the list;
    // so does a point cut short (…贵一些……).
    /^\d+\.\s/u.test(point) ||
    /…$/u.test(point) ||
    // A teaser said with what follows it, cut short (答：主要有两种方式：一种叫…… ): no answer in brief.
    (opensOnTeaser(from) && point.includes('…'))
  )
    return undefined;
  const next = section.paragraphs[section.paragraphs.indexOf(from) + 1];
  // An item labelled in bold (**水温。**…, then **压力。**…) answers only in part, and would be
  // said with two colons. (A bold answer, **不会。**, is no label: the sentence after it answers.)
  if (opensWithBoldLabel(from)) return undefined;
  // One the items after it are drawn under (目前证据比较充分的有三类。一是…) leads into them too.
  const leadsIn =
    /[：:]\s*$/u.test(from.text) ||
    (!from.within && next?.within?.kind === 'list') ||
    // …and so does a count before items labelled in bold (主要分成两类。 then **声波式**：…).
    (!from.within && next !== undefined && opensWithLabel(next) && COUNTS.test(from.text)) ||
    (chunk?.underLeadIn?.includes(1) ?? false);
  return leadsIn ? undefined : point;
}

/** A question of yes or no (召回是不是说明车质量差？ 放糖会更好吗？), not of why or what. */
const ASKS_YES_OR_NO = /(\p{Script=Han})不\1|有没有|是否|吗[？?]?$/u;
/** A heading that asks whether a thing is worth doing (值不值得, 要不要, 该不该, 划不划算). */
const ASKS_WHETHER_TO =
  /值不值得?|值得吗|要不要|该不该|划不划算|划算吗|有没有必要|(?:还)?有必要[^，,。？?]{0,10}吗/u;
/** Words that weigh whether to (值得, 不建议, 没必要, 可以不做, 别…). */
const WEIGHS = /值得|划算|划得来|建议|推荐|可以|不必|不用|没必要|有必要|别|不要|应该|该|适合|亏|赚/u;

/** Whether a paragraph opens with a label in bold, as a sentence (**水温。**) or before a colon (**声波式**：). */
const opensWithLabel = (paragraph: Paragraph): boolean => {
  const first = paragraph.bold?.[0];
  return (
    opensWithBoldLabel(paragraph) || (first?.start === 0 && /^[：:]/u.test(paragraph.text.slice(first.end)))
  );
};

/** A sentence that counts the kinds or parts it goes on to name (主要分成两类, 有三种). */
const COUNTS = /(?:分(?:成|为)?|有)(?:两|三|四|五|六|几)(?:类|种|个|大类|部分|步|点)/u;

/** Gives each paragraph to exactly one of `count` slides, in order, as evenly as possible. */
function spread(paragraphs: readonly Paragraph[], count: number): Paragraph[][] {
  const buckets: Paragraph[][] = Array.from({ length: count }, () => []);
  paragraphs.forEach((paragraph, i) => {
    buckets[Math.floor((i * count) / paragraphs.length)]?.push(paragraph);
  });
  return buckets;
}

/**
 * Points over as many slides as they need, each with the paragraphs for its notes: curated
 * points with the paragraphs spread evenly over their slides, or each paragraph's own point.
 */
function pointChunksOf(
  curated: readonly string[] | undefined,
  paragraphs: readonly Paragraph[],
  limits: DeckLimits,
  breaks: readonly number[] = [],
  heading?: string,
): PointChunk[] {
  if (!curated) return derivedChunks(paragraphs, limits, breaks, heading);
  const pointChunks = chunkPoints(curated, limits);
  const spreadOut = spread(paragraphs, pointChunks.length);
  return pointChunks.map((points, i) => ({ points, paragraphs: spreadOut[i] ?? [] }));
}

/** Points slides for one section: curated points if the spec has them, lead sentences otherwise. */
function pointsSlides(
  section: Section,
  ref: SectionRef,
  spec: SectionSpec | undefined,
  limits: DeckLimits,
  files: { article: string; spec: string },
): PointsSlide[] {
  if (spec?.points)
    checkPoints(spec.points, spec.pointPositions, `section "${section.heading}"`, files.spec, limits);
  // A section that is a table alone (一张表看懂) shows that table.
  else if (section.paragraphs.length === 0 && section.tables) return [];
  const chunks = pointChunksOf(
    spec?.points,
    section.paragraphs,
    limits,
    (section.tables ?? []).map((t) => t.position.line),
    section.heading,
  );
  // Its paragraphs would be in no slide's notes, and its slide would show nothing.
  if (chunks.length === 0)
    throw new SourceError(
      files.article,
      section.position.line,
      section.position.column,
      `section "${section.heading}" says too little to make a point for its slide (a stray mark, a word at most, a placeholder such as 待补充, only a question or an answer such as 是的。, or only a link to the original such as 查看原文); write a sentence, or give it points in ${files.spec} (sections.${section.heading}.points)`,
    );
  return chunks.map(({ points, paragraphs, ...marks }, i) => ({
    kind: 'points',
    // As the summary's and the sources': a link to a section's points still leads there when
    // they grow onto a second slide.
    id: nthId(`${ref.id}-要点`, i),
    section: ref,
    heading: ref.heading,
    points,
    ...marks,
    ...partOf(i, chunks.length),
    notes: notes(paragraphs, cueAndNote(i, chunks.length, spec)),
  }));
}

/**
 * The introduction's slide (more than one if its points need it): curated points from the spec,
 * or each paragraph's lead sentence; its notes hold the introduction's paragraphs. None when the
 * article goes straight to its sections, or when its introduction makes no point (查看原文 and
 * nothing else): those paragraphs go in the cover's notes.
 */
function introSlides(article: Article, spec: DeckSpec, limits: DeckLimits): IntroSlide[] {
  const curated = spec.intro?.points;
  if (!curated && article.intro.every(makesNoPoint)) {
    // A title for a slide there is not would be lost without a word.
    const at = spec.intro?.titlePosition;
    if (at)
      throw new SourceError(
        spec.file,
        at.line,
        at.column,
        `intro.title: the introduction makes no slide to title (${article.intro.length === 0 ? 'the article has none' : 'it makes no point, as 查看原文 alone'}); give it points (intro.points) or remove the title`,
      );
    return [];
  }
  checkPoints(curated ?? [], spec.intro?.pointPositions, 'the introduction', spec.file, limits);
  const chunks = pointChunksOf(curated, article.intro, limits);
  const title = spec.intro?.title ?? '引言';
  return chunks.map(({ points, paragraphs, ...marks }, i) => ({
    kind: 'intro',
    id: nthId(OWN.intro, i),
    title,
    ...partOf(i, chunks.length),
    points,
    ...marks,
    notes: notes(paragraphs, cueAndNote(i, chunks.length, spec.intro)),
  }));
}

/**
 * A recap of the sections, one short point each, over as few slides as hold it, shared out
 * evenly. It is read like the agenda: as many lines as a slide holds, rather than one section
 * left on a slide of its own.
 */
function recapChunks(article: Article, spec: DeckSpec, limits: DeckLimits): string[][] {
  const specs = new Map(spec.sections.map((s) => [s.heading, s]));
  const room = { ...limits, maxPoints: limits.maxSections, maxChars: Number.POSITIVE_INFINITY };
  const recap = article.sections.map((s) => summaryPoint(s, specs.get(s.heading), limits));
  // The answers a question heading is recapped with take one slide more than the questions alone
  // at most: where they would take more, the longest give way to their questions, as the agenda
  // lists them.
  const asked = article.sections.map((s, i) =>
    specs.get(s.heading)?.points ? (recap[i] ?? '') : (labelledMyth(s, limits) ?? shownHeading(s.heading)),
  );
  const slides = chunkPoints(asked, room).length + (recap.some((point, i) => point !== asked[i]) ? 1 : 0);
  while (chunkPoints(recap, room).length > slides) {
    const longest = recap
      .map((point, i) => ({ point, i }))
      .filter(({ point, i }) => point !== asked[i])
      .sort((a, b) => width(b.point) - width(a.point))[0];
    if (!longest) break;
    // An answer labelled with its verdict (召回要不要花钱？不要：…) gives way to that first.
    const heading = asked[longest.i] ?? '';
    const verdict = longest.point.startsWith(heading)
      ? verdictAnswer(heading, longest.point.slice(heading.length))
      : undefined;
    recap[longest.i] = verdict ?? (heading || longest.point);
  }
  return chunkPoints(recap, room);
}

/**
 * The summary over as many slides as it needs: the article's own conclusion, its lead sentences
 * as points under its heading and its paragraphs in the notes; else curated points from the
 * spec, or each section's topic and what it says. None when the spec keeps the article's
 * conclusion a section and curates no summary: the deck would say it twice.
 */
function summarySlides(
  article: Article,
  spec: DeckSpec,
  limits: DeckLimits,
  conclusion?: Section,
): SummarySlide[] {
  const curated = spec.summary?.points;
  checkPoints(curated ?? [], spec.summary?.pointPositions, 'the summary', spec.file, limits);
  // A conclusion the spec keeps a section of its own still closes the talk: none is added.
  const closing = article.sections.at(-1)?.heading ?? '';
  if (!conclusion && !spec.summary && CLOSING_HEADING.test(closing)) return [];
  const chunks: PointChunk[] = conclusion
    ? conclusionChunks(conclusion.paragraphs, limits)
    : (curated ? chunkPoints(curated, limits) : recapChunks(article, spec, limits)).map((points) => ({
        points,
        paragraphs: [],
      }));
  // As a section's: its paragraphs would be in no slide's notes, and the talk would end without them.
  if (conclusion && chunks.length === 0)
    throw new SourceError(
      article.file,
      conclusion.position.line,
      conclusion.position.column,
      `the closing section "${conclusion.heading}" says too little to make a point for the summary (a stray mark, a word at most, a placeholder such as 待补充, only a question, or only a link); write a sentence, or give it points in ${spec.file} (sections.${conclusion.heading}.points)`,
    );
  return chunks.map(({ points, paragraphs, ...marks }, i) => ({
    kind: 'summary',
    id: nthId(OWN.summary, i),
    title: spec.summary?.title ?? conclusion?.heading ?? '总结',
    ...partOf(i, chunks.length),
    points,
    ...marks,
    notes: notes(
      paragraphs,
      i === 0 ? { cue: '回顾要点；讲完可请听众提问（提问时间不在建议用时里）。' } : {},
    ),
  }));
}

const MEASURE: Record<PartContent['kind'], string> = { table: '张表', diagram: '张图' };

/**
 * The agenda's counts are set at this share of its headings' size, after a gap of this many of
 * their characters (the theme's `.agenda-contents` and `ol.agenda a`).
 */
const AGENDA_COUNTS_SCALE = 0.62;
const AGENDA_GAP = 0.7;

/**
 * Names on each part's divider, and counts in the agenda, the part's tables and diagrams: where a
 * part holds more than points (a comparison, six diagrams of how it works), the audience and the
 * presenter see that coming. The divider's cue says it too. The agenda counts them where its line
 * has room after the heading: a second line would push its last part off the slide.
 */
function withContents(slides: readonly Slide[], limits: DeckLimits): Slide[] {
  // A table over several slides is one table, named once, by its first slide (as the chapter menu
  // and the PDF's bookmarks list it).
  const contentsOf = (section: SectionRef): PartContent[] =>
    slides.flatMap((s) =>
      ((s.kind === 'table' && (s.part?.index ?? 1) === 1) || s.kind === 'diagram') &&
      s.section.id === section.id
        ? [{ kind: s.kind, id: s.id, title: s.title }]
        : [],
    );
  const kinds = (contents: readonly PartContent[]) =>
    (['table', 'diagram'] as const).flatMap((kind) => {
      const n = contents.filter((c) => c.kind === kind).length;
      return n > 0 ? [{ kind, n }] : [];
    });
  return slides.map((slide): Slide => {
    if (slide.kind === 'agenda') {
      const items = slide.items.map((item) => {
        const holds = kinds(contentsOf(item))
          .map(({ kind, n }) => `${n} ${MEASURE[kind]}`)
          .join(' · ');
        const room = limits.maxHeadingChars - width(item.heading) - AGENDA_GAP;
        return holds && width(holds) * AGENDA_COUNTS_SCALE <= room ? { ...item, holds } : item;
      });
      return { ...slide, items };
    }
    if (slide.kind !== 'section') return slide;
    const contents = contentsOf(slide.section);
    if (contents.length === 0) return slide;
    const counted = kinds(contents).map(({ kind, n }) => `${countOf(n)}${MEASURE[kind]}`);
    const id = slide.section.id;
    const pointed = slides.some((s) => s.kind === 'points' && s.section.id === id);
    const cue = `${slide.notes.cue ?? ''}这一部分${pointed ? '除了要点，还' : ''}有${counted.join('和')}。`;
    return { ...slide, contents, notes: { ...slide.notes, cue } };
  });
}

/**
 * Builds the deck model from the article and the spec. Pure. Every article paragraph lands in
 * exactly one slide's notes; sections without a spec entry still get sound slides.
 */
export function buildDeck(whole: Article, spec: DeckSpec, limits: DeckLimits = defaultLimits): Deck {
  // A closing list of references goes on the sources slide; a closing conclusion, not curated
  // as a section or by a summary of the spec's, is the deck's summary: neither is a part of the talk.
  const { body: talk, closing: references } = splitClosing(whole, spec, REFERENCES_HEADING);
  // A summary the spec only titles still takes the article's conclusion as its points.
  const closed = splitClosing(talk, spec, CLOSING_HEADING, spec.summary?.points !== undefined);
  const { body: article, closing: conclusion } = closed.closing
    ? closed
    : closingParagraph(closed.body, spec);
  const specs = new Map(spec.sections.map((s) => [s.heading, s]));
  checkSpecSections(article, spec);
  checkFits(article, spec, limits);
  checkSpecFits(spec, limits);
  const refs: SectionRef[] = article.sections.map((section, index) => {
    const shown = shownHeading(section.heading);
    const derived = slug(shown);
    // An article's own closing section is often called 总结: it keeps its name, numbered apart
    // from the deck's summary, whose id it would otherwise take; so does a heading that is a year
    // (2024) or names what the page's own elements are called. A spec's id is taken as given.
    const id =
      specs.get(section.heading)?.id ?? (isTakenId(derived) ? `第${index + 1}部分-${derived}` : derived);
    // A heading of punctuation alone has no slug: its slides would have no link of their own.
    if (!id) {
      // An id would not help an emoji: the font cannot draw it, and the next build says so.
      const fix = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u.test(section.heading)
        ? 'an emoji names nothing on a slide (nor can the deck’s font draw it); write the heading in words'
        : `give it an id in ${spec.file} (sections.${section.heading}.id)`;
      throw new SourceError(
        article.file,
        section.position.line,
        section.position.column,
        `the heading "${section.heading}" has no letter or digit to name its slides by; ${fix}`,
      );
    }
    return { index: index + 1, heading: shown, id };
  });
  const title = spec.title ?? article.title;
  const intro = introSlides(article, spec, limits);
  const openingCue = spec.openingCue ?? '开场：点出题目，说明接下来要讲的内容。';

  const slides: Slide[] = [
    {
      kind: 'title',
      id: OWN.cover,
      title,
      ...(spec.subtitle ? { subtitle: spec.subtitle } : {}),
      ...(spec.author ? { author: spec.author } : {}),
      // The introduction's paragraphs (and the note on them) go with its own slide, if it makes one.
      notes: notes(intro.length === 0 ? article.intro : [], {
        // With no introduction slide, what the spec says to do there is done as the talk opens.
        cue:
          intro.length === 0 && spec.intro?.cue ? `${sentenceOf(openingCue)}${spec.intro.cue}` : openingCue,
        ...(intro.length === 0 ? { note: spec.intro?.note } : {}),
      }),
    },
    ...intro,
    {
      kind: 'agenda',
      id: OWN.agenda,
      title: '目录',
      items: refs,
      notes: notes([], { cue: `本次分享分为${countOf(refs.length)}个部分。` }),
    },
  ];

  article.sections.forEach((section, i) => {
    const ref = refs[i] as SectionRef;
    const sectionSpec = specs.get(section.heading);
    slides.push({
      kind: 'section',
      id: ref.id,
      section: ref,
      contents: [],
      // 第一部分，速度：从…到… rather than two colons in a row.
      notes: notes([], {
        cue: `第${CHINESE_NUMBERS[i] ?? ref.index}部分${/[：:]/.test(ref.heading) ? '，' : '：'}${sentenceOf(ref.heading)}`,
      }),
    });
    // A paragraph that only leads into a table with a colon (一个月按22个工作日、每天往返计算：) is said
    // with it, in its notes: a slide of its own would say nothing.
    const leadIns = (section.tables ?? []).map((table) =>
      section.paragraphs.filter((p) => p.position.line < table.position.line).at(-1),
    );
    const leading = new Set(sectionSpec?.points ? [] : leadIns.filter(leadsIntoTable));
    const spoken = { ...section, paragraphs: section.paragraphs.filter((p) => !leading.has(p)) };
    const points = pointsSlides(spoken, ref, sectionSpec, limits, { article: article.file, spec: spec.file });
    const curatedTable = sectionSpec?.table ? tableSlides(sectionSpec.table, ref, limits) : [];
    const taken = new Set(curatedTable.map((s) => s.id));
    // A table the article holds follows the slide whose notes hold the paragraph before it.
    const own: Slide[] = [...points];
    (section.tables ?? []).forEach((table, n) => {
      const before = own.filter((s) => s.notes.paragraphs.some((p) => p.position.line < table.position.line));
      const after = before.length > 0 ? own.indexOf(before.at(-1) as Slide) : -1;
      const leadIn = leadIns[n];
      own.splice(
        after + 1,
        0,
        ...articleTableSlides(table, ref, n, limits, taken, leadIn && leading.has(leadIn) ? [leadIn] : []),
      );
    });
    // A table said as points continues the section's points under the same heading: all are
    // numbered as one run (（1/4）…（4/4）), where each counted from 1 read （1/2）（1/2）（2/2）（2/2）.
    const pointed = own.filter((s) => s.kind === 'points');
    const numbered = own.map((s) => {
      if (s.kind !== 'points') return s;
      const { part: _, ...rest } = s;
      return { ...rest, ...partOf(pointed.indexOf(s), pointed.length) };
    });
    slides.push(...numbered, ...curatedTable);
    for (const diagram of sectionSpec?.diagrams ?? []) {
      slides.push({
        kind: 'diagram',
        id: `${ref.id}-${diagram.ref.name}`,
        section: ref,
        title: diagram.title,
        caption: diagram.caption,
        diagram: diagram.ref,
        // The caption is on the slide; the notes open with what to do over it (the cue, for the
        // presenter), tell it in plain words (the gist), then tell the flow step by step.
        notes: notes([], { cue: diagram.cue, gist: diagram.gist, explanation: diagram.description }),
      });
    }
  });

  slides.push(...summarySlides(article, spec, limits, conclusion));
  // The sources name what the whole talk links to, its closing conclusion too.
  slides.push(...sourcesSlides(talk, spec, limits, references));
  const all = withContents(slides, limits);

  checkIds(article, spec, all);
  checkTalkLength(spec, all.length);
  const spoken = all.reduce((sum, s) => sum + spokenChars(s), 0);
  const talkMinutes =
    spec.talkMinutes ?? Math.max(5, Math.ceil(spoken / limits.charsPerMinute + all.length / 4));
  return {
    title,
    ...(spec.author ? { author: spec.author } : {}),
    talkMinutes,
    sections: refs,
    slides: withTimings(all, talkMinutes),
  };
}
