import type { Paragraph } from '../../article/types.ts';
import { letters, sentences, withoutConnective } from '../sentences.ts';
import { asks } from './no-point.ts';
import { ASKER, askedIn, endsAsQuestion, pointsBack, REFERS_BACK } from './questions.ts';
import { POINTS_AT_QUESTION, VERDICT, withoutAsideBehind } from './thin-sentences.ts';

// An answer said with the question it answers: in its own paragraph or asked just before it.

/** The questions before, taken up (这些问题, 这三个问题, 这些常见疑问). */
export const THESE_QUESTIONS = '这(?:个|些|两个|三个|几个)(?:常见的?)?(?:问题|疑问|疑惑|困惑)';

/**
 * A sentence that takes up the questions before it, and names none (带着这些问题，…; 记者就此采访了…;
 * …针对消费者最关心的几个问题逐一作答). Not one that answers them (这两个问题的答案都是：不要。
 * 关于这些问题，专家的意见很一致：…).
 */
export const TAKES_UP_QUESTIONS = new RegExp(
  `^(?:带着|围绕|针对)${THESE_QUESTIONS}[，,](?!.*(?:答案|回答|[：:]))|^[^，。：:]{0,12}就此(?:采访|专访|请教|咨询)|^[^，。：:]{0,24}针对[^，。：:]{0,16}(?:问题|疑问)(?:逐一|一一)(?:作答|解答)`,
  'u',
);

/** Most letters of a named answer said with the sentence after it, and least letters kept of that. */
export const NAMED_ANSWER_LETTERS = 8;
/**
 * Words that only say an answer follows (答案是——, 答案是：): the answer is what follows them. 答案就是
 * names it without a mark too (…为什么还没被淘汰？答案就是价格和容量。).
 */
export const NAMES_ANSWER = /^答案(?:是|很简单)(?:——|—|[：:，,])\s*|^答案就是(?:——|—|[：:，,])?\s*/u;
/** Words that open an answer leaning on the question before it (因为…, 这取决于…, 答案是——…, 答案藏在…). */
const LEANS_ON_QUESTION = new RegExp(
  `^(?:因为|这取决于|取决于|这要看|这就要看|(?:就)?在于|答案(?:就|其实)?藏在)|${NAMES_ANSWER.source}`,
  'u',
);
/** Most letters of the question said with such an answer (more than a question word's four). */
const QUESTION_LETTERS = 20;

/** The question, as far as it asks, that `answer` leans on, or undefined. */
export function answersQuestion(answer: string, before: string | undefined): string | undefined {
  if (!before || !LEANS_ON_QUESTION.test(answer) || !endsAsQuestion(before)) return undefined;
  const question = before.slice(before.search(/[^，,：:]*$/u));
  // One that only points back (这是为什么呢？ 为什么会这样？) asks nothing a slide shows; one that
  // names its own thing (这项研究的意义在哪里？) does.
  if (/^这(?![项次门款份件])/u.test(question) || REFERS_BACK.test(question)) return undefined;
  // A question word alone (为什么？) adds nothing to its answer.
  const asks = letters(question);
  return asks > 4 && asks <= QUESTION_LETTERS ? question : undefined;
}

/**
 * Whether `sentence` says why a verdict answers a question someone asks after the lead (…又小又少。有人问：
 * “是不是我把它养坏了？”不是。气温超过30℃，…): the question answered is the paragraph's point.
 */
export function answersAsked(sentence: string, all: readonly string[]): boolean {
  const at = all.indexOf(sentence);
  const [question, verdict] = [all[at - 2], all[at - 1]];
  return (
    at >= 3 &&
    question !== undefined &&
    verdict !== undefined &&
    ASKER.test(question) &&
    endsAsQuestion(question) &&
    VERDICT.test(withoutAsideBehind(verdict)) &&
    letters(verdict) <= 4
  );
}

/** A verdict framed by when or for whom it holds (就目前的价格来说，我不建议。 对大多数人来说，没必要。). */
const FRAMED_VERDICT =
  /^(?:[^，。！？]{1,12}(?:来说|来看|而言)[，,])?(?:说实话|老实说|坦白说|实话实说)?[，,]?(?:我|我们|个人)?(?:的答案是|的回答是[：:]?)?(?:答案(?:当然)?是[：:，,]?)?(?=\S)/u;
/** Most letters of a question said with its verdict. */
const VERDICT_QUESTION_LETTERS = 26;

/**
 * The question `found` gives a verdict on, where the sentence before it in its paragraph asks it
 * (its asker set aside) and is short enough to say with it; else undefined.
 */
export function questionItAnswers(found: string, all: readonly string[]): string | undefined {
  const before = all[all.indexOf(found) - 1];
  if (!before || !endsAsQuestion(before)) return undefined;
  // A verdict alone is looked past for why (see leadPoint); one framed (就目前的价格来说，) is found,
  // and so is one that goes on after a comma (可以，只是发酵会慢很多。).
  const reply = withoutAsideBehind(found).replace(FRAMED_VERDICT, '');
  const firstClause = /^[^，,。！？]+[，,]/u.exec(reply)?.[0];
  if (!VERDICT.test(reply) && !(firstClause && VERDICT.test(firstClause))) return undefined;
  const question = askedIn(before);
  if (pointsBack(question)) return undefined;
  return letters(question) <= VERDICT_QUESTION_LETTERS ? question : undefined;
}

/** Most letters of a question said before any answer to it. */
export const SHORT_QUESTION_LETTERS = 16;

/**
 * The question just before `found` in its paragraph, who asks set aside, where it is the only one
 * there (not the last of a run, 跑步伤不伤膝盖？疼了要不要停？跑鞋该怎么选？, which the answer need
 * not answer), short, and asks something of its own (not 这是为什么呢？).
 */
export function shortQuestionBefore(found: string, all: readonly string[]): string | undefined {
  // Past a sentence that only points at it (“那化了妆怎么补？”这是很多女生的疑问。可以用…).
  const pointedAt = POINTS_AT_QUESTION.test(all[all.indexOf(found) - 1] ?? '') ? 1 : 0;
  const at = all.indexOf(found) - pointedAt;
  const before = all[at - 1];
  if (!before || !endsAsQuestion(before) || endsAsQuestion(all[at - 2] ?? '')) return undefined;
  const question = askedIn(before);
  if (pointsBack(question)) return undefined;
  const asks = letters(question);
  // An answer that points back at it (那是卖点，不是必需。) says nothing without it: a longer one, then.
  const most = /^[这那](?![些里])/u.test(withoutConnective(found))
    ? POINTED_QUESTION_LETTERS
    : SHORT_QUESTION_LETTERS;
  return asks > 4 && asks <= most ? question : undefined;
}

/** Most letters of a question said with an answer that points back at it. */
const POINTED_QUESTION_LETTERS = 24;

/** An interviewer's or a reader's label before the question (问：, Q2：, 问题2：). */
const QUESTION_LABEL = /^\s*(?:问题?\s*\d*|Q\s*\d*)[：:]\s*/u;

/**
 * The short question a paragraph of its own just before `paragraph` asks (问：现在待遇有没有好一些？),
 * its label and asker left out; undefined for a question the writer puts with a colon (我想说：你不出门吗？),
 * one that points back, or one too long or short to say with an answer.
 */
export function askedBefore(before: Paragraph | undefined, paragraph: Paragraph): string | undefined {
  if (!before || !asks(before) || paragraph.within) return undefined;
  const all = sentences(before.text.replace(QUESTION_LABEL, ''));
  if (all.length !== 1) return undefined;
  // Asked in quotation marks (有网友问：“静电手环真的有用吗？”), it is said without them, as asked.
  const question = askedIn(all[0] ?? '').replace(/^“([^“”]+)”$/u, '$1');
  if (!endsAsQuestion(question) || pointsBack(question) || /[：:]/u.test(question.replace(/“[^“”]*”/gu, '')))
    return undefined;
  const size = letters(question);
  return size > ASKED_LETTERS.least && size <= ASKED_LETTERS.most ? question : undefined;
}
/** Fewest (exclusive) and most letters of a question said with the answer after it. */
const ASKED_LETTERS = { least: 4, most: 20 } as const;
