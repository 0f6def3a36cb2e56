import type { Paragraph } from '../../article/types.ts';
import type { DeckLimits } from '../limits.ts';
import { asPoint, length, letters, sentences, shorten, withoutConnective } from '../sentences.ts';
import { width } from '../text-width.ts';
import {
  answersAsked,
  questionItAnswers,
  SHORT_QUESTION_LETTERS,
  shortQuestionBefore,
  TAKES_UP_QUESTIONS,
} from './answers.ts';
import { ADVISES, callsBeliefWrong, correctsItself, saidWithCorrection } from './beliefs.ts';
import { boldLabel, emphasised } from './bold-labels.ts';
import { withNeighbour } from './lead-neighbour.ts';
import { askedIn, endsAsQuestion, pointsBack, questionsFirst, REFERS_BACK } from './questions.ts';
import {
  labelledQuotation,
  namedSpeaker,
  onlySaysWhoSpeaks,
  QUOTED,
  quotationPoint,
  SAID_BY,
  STATES_VIEW,
  whoSpeaks,
} from './quotations.ts';
import { isTeaser } from './teasers.ts';
import { ANSWER_LABEL, isThin, saysNo, VERDICT, withoutAsideBehind } from './thin-sentences.ts';
import { CONCEDES, downsideAfter, turnAfterAnswer, withoutTurn } from './turns.ts';

// Which sentence of a paragraph says its point, and how it is said on a slide.

/** The lead sentence of a paragraph (or of a stretch of its sentences), shortened to fit on a slide. */
export function leadPoint(
  paragraph: Paragraph,
  limits: DeckLimits,
  all = sentences(paragraph.text),
  joinsTeaser = false,
  joinsOpener = false,
): string {
  const label = boldLabel(paragraph, all);
  // An item of a numbered list keeps its number (before a label too: 1. 水温：…): the order is
  // part of what it says.
  const { within } = paragraph;
  const number = within?.kind === 'list' && within.ordered ? `${within.number}. ` : '';
  if (label !== undefined) {
    const { within: _, ...plain } = paragraph;
    const room = { ...limits, maxPointChars: limits.maxPointChars - width(number) };
    return number + labelledPoint(plain, label, room, all.slice(1), joinsTeaser, joinsOpener);
  }
  // A lead that only asks, answers or announces (为什么5G更快？ 是的。 先看能源费用。) says nothing
  // on a slide read alone: the first sentence after it that says something does.
  // A sentence that sums the paragraph up (总之，… 如果只记一句话，那就是：…) says its point.
  // So does one the writer set in bold after the lead (…外人很难理解。我们的口头禅是：**差一纳秒，偏三十厘米。**).
  const bold = emphasised(paragraph, all);
  const found =
    all.slice(1).find(
      (sentence) =>
        (SUMS_UP.test(sentence) ||
          RECOMMENDS.test(sentence) ||
          LOCATES_PROBLEM.test(sentence) ||
          LEARNT.test(sentence) ||
          STATES_VIEW.test(sentence) ||
          answersAsked(sentence, all) ||
          // A belief the writer calls wrong or dangerous in its own sentence (很多人的第一反应是泼水，
          // 这是非常危险的。) is what a lead that sets the scene (油锅起火是最常见的火情之一。) leads to;
          // not one that says what to do (油锅起火时，应立即关火并盖上锅盖。), the paragraph's advice.
          (callsBeliefWrong(sentence) && !ADVISES.test(all[0] ?? '')) ||
          // In a diary's entry, a belief its own sentence corrects, or what the writer thought and how
          // it turned out, says more than the day's event.
          (DATED.test(paragraph.text) && (correctsItself(sentence) || TURNED_OUT.test(sentence)))) &&
        !isThin(asPoint(sentence)),
    ) ??
    bold ??
    // So does a tally of what it counted (算下来，…), unless the writer set a claim in bold.
    (paragraph.bold?.length
      ? undefined
      : all.slice(1).find((sentence) => TALLIES.test(sentence) && !isThin(asPoint(sentence)))) ??
    all
      .slice(0, 3 + questionsFirst(all))
      .find((sentence) => !isThin(sentence) && !VERDICT.test(withoutAsideBehind(sentence))) ??
    all[0] ??
    paragraph.text;
  // A verdict on a question the paragraph asks itself (有人问我，要不要加装储能电池…？就目前的价格来说，
  // 我不建议。) answers it only with it: alone, it could read as a verdict on the section's subject.
  const asked = questionItAnswers(found, all);
  if (asked !== undefined)
    return number + shorten(`${asked}${asPoint(found)}`, limits.maxPointChars - width(number), width);
  // So is any answer to a short question just before it (酵母怎么选？家里常用的是即发干酵母…), where
  // both fit whole: alone, it answers nothing the slide asks.
  const question = shortQuestionBefore(found, all);
  const room = limits.maxPointChars - width(number);
  // A sentence that takes up the questions before it (带着这些问题，我们请教了…) says nothing of them:
  // the questions, which the talk goes on to answer, are the point, where they fit.
  const asks = all.slice(0, all.indexOf(found));
  if (TAKES_UP_QUESTIONS.test(found) && asks.length >= 2 && questionsFirst(all) >= asks.length) {
    const questions = asks.map((sentence) => withoutConnective(sentence).trim()).join('');
    if (width(questions) <= room) return number + questions;
  }
  // An answer that grants a part, or ends its paragraph on a turn (算钱的话，…。但…这份乐趣是买不来的。),
  // answers with the turn: alone, it gives the answer the writer turns from.
  const turn = turnAfterAnswer(found, all);
  if (question !== undefined && turn !== undefined) {
    const said = saidWithCorrection(`${question}${asPoint(found)}；`, turn, {
      ...limits,
      maxPointChars: room,
    });
    if (said.startsWith(question) && width(asPoint(said)) <= room) return `${number}${asPoint(said)}`;
    // Cut, one from a point of view keeps its question and its turn (划算吗？算钱的话……但…买不来的); a
    // grant is said with its turn below, as it is without a question.
    const cut = shorten(asPoint(said), room, width);
    if (!CONCEDES.test(found) && cut.startsWith(question) && !cut.endsWith('…')) return `${number}${cut}`;
  }
  // A list's item often opens on its name alone (1. 违约金。部分银行规定…).
  const lead = withNeighbour(
    found,
    all,
    limits,
    joinsTeaser || joinsOpener || length(paragraph.text) < LONG_PARAGRAPH,
    within?.kind === 'list',
    joinsOpener,
  );
  // An answer that only opens what the next sentence says (…叫个大概？研究人员也考虑到了这一点。如果…)
  // answers with it, the question said too where all fit; with the question alone, it says nothing.
  const opensOnly =
    lead !== found &&
    lead.startsWith(found.replace(/[。！!]$/u, '')) &&
    (isTeaser(found) || REFERS_BACK.test(found));
  if (question !== undefined && turn === undefined) {
    const answer = opensOnly ? lead : found;
    if (width(`${question}${asPoint(answer)}`) <= room) return `${number}${question}${asPoint(answer)}`;
  }
  // A sentence that is only a connective (总之，) is kept as written rather than left empty.
  // One set in bold after the lead stands alone, without the turn that tied it to the lead.
  const said = asPoint(lead) || lead;
  const plain = namedSpeaker(found === bold ? withoutTurn(said) : said, found, all[0]);
  // A verdict that says no (不行。 不建议！), passed over for the reason after it, labels that reason
  // (不行：大多数拉唑类药物怕酸…): alone, the reason does not say which way the answer goes.
  const verdict =
    found === all[1] && lead === found && all[0] !== undefined && VERDICT.test(withoutAsideBehind(all[0]))
      ? asPoint(all[0].replace(ANSWER_LABEL, ''))
          .replace(/[！!。，,]+$/u, '')
          .replace(/^(?:也|并|当然|其实|确实|根本|完全)+(?=[不没别未])/u, '')
      : '';
  const point = verdict && saysNo(verdict) && !/[：:]/u.test(plain) ? `${verdict}：${plain}` : plain;
  // A verdict after the question it answers (有人会问：能不能直接用菌粉？当然可以。), passed over for the
  // sentence that says why, is said with both where they fit: the reason alone answers nothing asked.
  const at = all.indexOf(found);
  const verdictBefore = at >= 2 && lead === found ? all[at - 1] : undefined;
  const questionBefore = all[at - 2];
  if (
    verdictBefore &&
    questionBefore &&
    VERDICT.test(withoutAsideBehind(verdictBefore)) &&
    endsAsQuestion(questionBefore)
  ) {
    const question = askedIn(questionBefore);
    const yes = asPoint(verdictBefore.replace(ANSWER_LABEL, '')).replace(/[！!。，,]+$/u, '');
    const said = `${number}${question}${yes}：${plain}`;
    if (
      !pointsBack(question) &&
      letters(question) <= SHORT_QUESTION_LETTERS &&
      width(said) <= limits.maxPointChars
    )
      return said;
  }
  // A quotation's point is shown as one (“…”): on a slide alone it would read as the deck's claim.
  // Quotation marks inside it become single ones (“…菜‘隔了夜’…”), as Chinese nests them.
  // Said whole where it fits: cut to one sentence with no mark, it would read as the whole quotation.
  if (within?.kind === 'quote' && !/^[“「『"]/u.test(point)) {
    const whole = asPoint(paragraph.text);
    const fits = all.length > 1 && width(whole) + 2 <= limits.maxPointChars;
    // Where it does not, the sentence said is marked as part of it (“孩子哭，是在表达情绪，不是在求救……”).
    // Who said it, after a dash (…我该怎么办？——读者 小林), is no sentence of it.
    const quoted = SAID_BY.exec(whole)?.[1] ?? whole;
    const part = sentences(quoted).length > 1 && !point.endsWith('…') ? `${point}……` : point;
    return quotationPoint(fits ? whole : part, limits);
  }
  // A paragraph that weighs a good side against a bad one (优点是…。不足之处在于…) is shown with both.
  const against = lead === found ? downsideAfter(found, all) : undefined;
  if (against) {
    // Each side as much room as the other needs least: whole where both fit.
    const bad = asPoint(against);
    const half = Math.floor((room - 1) / 2);
    const good = shorten(point, room - 1 - Math.min(width(bad), half), width);
    return `${number}${good}；${shorten(bad, room - width(good) - 1, width)}`;
  }
  // Who speaks, too long to say with the quotation (一位湿法回收企业的技术总监告诉我们：“…”),
  // gives way to it: the quotation says the point.
  // Where the lead-in ends on a name or a title of a few letters (李明医生说, 从事房产纠纷的律师王芳提醒),
  // that stays as the quotation's label (律师王芳：“…”), where the quotation keeps half the room:
  // without it, the words read as the deck's own.
  const quoted = QUOTED.exec(point);
  if (width(point) > room && quoted?.[1] && quoted[2] && onlySaysWhoSpeaks(quoted[1])) {
    const who = whoSpeaks(quoted[1]);
    const labelled = who && labelledQuotation(who, quoted[2], room);
    return number + (labelled ?? shorten(quoted[2], room, width));
  }
  // Cut by its width: a sentence with Latin words in it fills the line a Chinese one would.
  return number + shorten(point, room, width);
}

/**
 * Words that open a sentence summing up what the sentences before it said, or the conclusion the
 * writer gives before the reasons (…这篇文章用几个例子算一算。先说结论：…).
 */
const SUMS_UP =
  /^(?:先说结论|先讲结论|先给(?:个|一个)?结论|结论先行|结论(?:先)?放在(?:最)?前面|总之一句话|总而言之一句话|总之|总而言之|总的来说|综上所述|综上|简而言之|归根结底|归根到底|说到底|一句话总结|一句话概括|如果只记(?:住)?一句话|一句话|总结一下(?:就是)?)[，,：:]/u;

/** A sentence that tallies what the paragraph counted (算下来，每年的滤芯钱在400到800元之间). */
const TALLIES = /^(?:这样|全部|一年|每年|一共)?(?:算|加)(?:下来|起来)[，,：:]/u;

/**
 * A sentence that gives the writer's recommendation (按我的经验，三口之家选13套比较合适。 如果你也在纠结，
 * 我的建议是：…): in a guide, what the reader came for.
 */
const RECOMMENDS =
  /^(?:(?:如果|要是)你[^，,。]{0,10}[，,])?(?:按(?:照)?我的经验|(?:我|我们)的建议是)[，,：:]/u;

/**
 * A sentence that says where the problem lies, not where it seems to (手工作业本身不是问题，问题是它被层层加码;
 * 问题不在…，而在…): the writer's thesis, after a lead that only sets it up.
 */
const LOCATES_PROBLEM =
  /^[^，,。；;]{1,20}(?:本身)?(?:并|其实)?(?:不是|并非)(?:问题|关键)[，,](?:真正的)?(?:问题|关键)(?:是|在于|出在)|^(?:真正的)?问题(?:往往|通常|大多|其实)?(?:并)?不(?:在于?|是)[^，,。]{1,20}[，,]而(?:在于?|是)/u;

/** A diary's entry, opening on its date (3月10日：, 2023年5月：, 第三天：). */
const DATED =
  /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底)?[：:，,]|^第[一二三四五六七八九十\d]+(?:天|周)[：:，,]/u;

/** What the writer thought, and how it turned out (我以为是缺水，一天浇了两次，结果更蔫了。). */
const TURNED_OUT = /^我(?:本来|原本|原来|还|一直)?以为[^。！？]+[，,](?:结果|没想到|谁知道?|哪知道?)/u;

/** A sentence that states what the writer learnt (…，这是我学到的第一课。 教训是：…). */
const LEARNT =
  /(?:这|这就)?是我(?:学到|得到|总结出|悟出)的[^，,。]{0,6}(?:课|教训|经验|道理)[。！!]?$|^(?:我)?(?:得到的|学到的)?(?:教训|经验)是[：:，,]/u;

/** A paragraph's point with the label of the bold line that heads it, in the room left beside it. */
export function labelledPoint(
  paragraph: Paragraph,
  label: string | undefined,
  limits: DeckLimits,
  all = sentences(paragraph.text),
  joinsTeaser = false,
  joinsOpener = false,
): string {
  if (label === undefined) return leadPoint(paragraph, limits, all, joinsTeaser, joinsOpener);
  const room = limits.maxPointChars - width(label) - 1;
  // A label with a colon of its own (误区一：贵的一定好) is set off by ；, not by a second colon.
  const joint = /[：:]/u.test(label) ? '；' : '：';
  return `${label}${joint}${leadPoint(paragraph, { ...limits, maxPointChars: room }, all, joinsTeaser, joinsOpener)}`;
}

/** A paragraph this long (in characters) says more than its lead sentence. */
export const LONG_PARAGRAPH = 200;
