import { inlineList } from '../inline-lists.ts';
import type { DeckLimits } from '../limits.ts';
import { length, sentences, withoutConnective } from '../sentences.ts';
import { width } from '../text-width.ts';
import { THESE_QUESTIONS } from './answers.ts';
import { LONG_PARAGRAPH } from './lead-sentence.ts';
import { asks } from './no-point.ts';
import { groupPoint, type PointGroup } from './point-groups.ts';
import { askedIn, endsAsQuestion, pointsBack } from './questions.ts';

// A point that takes up the questions before it (这些问题…), said with those questions.

/**
 * A point that takes up the question the paragraph before it ends on (…而且年年找到同一片湿地？ then
 * 这个问题困扰了人类几千年。, or 太空里难道没有重力吗？ then 先别急着回答“是”。) has that question on its
 * slide: said with it where both fit whole, else as the point of the paragraph before, in place of
 * its lead. Alone, 这个问题 refers to nothing a slide shows. Where the questions are a paragraph of
 * their own, which gives no point (…心里一紧：会不会得胃癌？家里人要不要一起查？ then 围绕这些常见疑问，
 * 记者专访了…), they are the point, where they do not fit with it. Changes `groups` in place.
 */
export function withQuestionsTakenUp(groups: PointGroup[], limits: DeckLimits): void {
  for (const [i, group] of groups.entries()) {
    if (!TAKES_UP_QUESTION.test(group.point) || group.asked) continue;
    const said = (asked: string): boolean => {
      const joined = groupPoint({ ...group, asked }, limits);
      const whole = joined.startsWith(asked);
      if (whole) groups[i] = { ...group, asked, takenUp: true, point: joined };
      return whole;
    };
    const [asking, own] = group.paragraphs.slice(-2);
    if (
      group.paragraphs.length >= 2 &&
      own?.position.line === group.from.position.line &&
      asking &&
      asks(asking)
    ) {
      // Questions waiting for this paragraph's answer, in a paragraph of their own.
      const asked = trailingQuestions(asking.text, true);
      if (!asked || said(asked) || width(asked) > limits.maxPointChars) continue;
      // Said as one paragraph, the questions and the sentence that takes them up give the questions.
      const from = { ...group.from, text: `${asked}${group.from.text}` };
      const point = groupPoint({ ...group, from }, limits);
      if (point === asked) groups[i] = { ...group, from, point };
      continue;
    }
    const before = groups[i - 1];
    if (!before || group.paragraphs[0]?.position.line !== group.from.position.line) continue;
    const { from } = before;
    if (from.within || from.links?.length || before.label || before.further || before.asked || before.opener)
      continue;
    // The paragraph just before: the one whose question is taken up.
    if (before.paragraphs.at(-1)?.position.line !== from.position.line) continue;
    const asked = trailingQuestions(from.text);
    if (!asked || before.point.includes(asked) || said(asked)) continue;
    // In place of that paragraph's point only where it gives that one point alone: not a list it
    // counts (要注意三点：第一，…), nor the points of a long paragraph's stretches.
    const alone =
      !groups.some((other) => other !== before && other.from.position.line === from.position.line) &&
      inlineList(from.text) === undefined &&
      length(from.text) < LONG_PARAGRAPH;
    if (alone && width(asked) <= limits.maxPointChars) {
      const text = { ...from, text: asked };
      groups[i - 1] = { ...before, from: text, point: groupPoint({ ...before, from: text }, limits) };
    }
  }
}
/** A point that takes up the questions before it (这个问题困扰了人类几千年, 这些问题法律都有明确规定, 先别急着回答). */
const TAKES_UP_QUESTION = new RegExp(
  `^(?:(?:带着|围绕|针对)?${THESE_QUESTIONS}|先别(?:急着)?(?:回答|下结论))`,
  'u',
);
/** A question put to the reader, or one that only says the reader knows the problem (你是不是也遇到过？). */
const ASKS_THE_READER = /你|您|是不是也|有没有[^？?]*过|遇到过|哪[^？?]{0,4}没/u;

/**
 * The questions a paragraph ends on, after what it says first, as asked (是不是很想问一句：太空里难道
 * 没有重力吗？ asks 太空里难道没有重力吗？); none where it asks only why, or, unless `only`, where it only
 * asks. A first question after a colon is asked without what comes before it (…心里一紧：会不会得胃癌？).
 */
function trailingQuestions(text: string, only = false): string | undefined {
  const all = sentences(text);
  let first = all.length;
  while (first > 0 && endsAsQuestion(all[first - 1] ?? '')) first--;
  if ((first === 0 && !only) || first === all.length) return undefined;
  const asked = all.slice(first).map((q, i) =>
    withoutConnective(
      askedIn(q)
        .replace(WONDERS, '')
        .replace(i === 0 ? BEFORE_COLON : /$^/u, ''),
    ),
  );
  // Not one that only asks why, nor one put to the reader (你是不是也遇到过？): 这个问题 after it is
  // the problem the paragraph told, not that question.
  return asked.some((q) => pointsBack(q) || ASKS_THE_READER.test(q)) ? undefined : asked.join('');
}
/** What a sentence says before the question it asks after a colon (…让不少人心里一紧：). */
const BEFORE_COLON = /^(?:[^：:“”？?]|“[^“”]*”)*[：:]/u;
/** Words that only say a question is coming (是不是很想问一句：, 你可能会问：). */
const WONDERS = /^[^：:“”，,。]*问(?:一句|一下)?[：:]/u;
