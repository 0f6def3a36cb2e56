import type { Paragraph } from '../article/types.ts';
import type { DeckLimits } from './limits.ts';
import { asPoint, sentences, shorten } from './sentences.ts';
import { chunkPoints } from './slide-chunks.ts';
import { width } from './text-width.ts';

// The points the article's paragraphs make, when the spec curates none: their lead sentences.

/** The lead sentence of a paragraph, shortened to fit on a slide. */
function leadPoint(paragraph: Paragraph, limits: DeckLimits): string {
  const [first, second] = sentences(paragraph.text);
  // A lead that only answers or asks (是的。 为什么？) says nothing on a slide: the sentence after it does.
  const lead = (second && first && isThin(first) ? second : first) ?? paragraph.text;
  // An item of a numbered list keeps its number: the order is part of what it says.
  const { within } = paragraph;
  const number = within?.kind === 'list' && within.ordered ? `${within.number}. ` : '';
  // A sentence that is only a connective (总之，) is kept as written rather than left empty.
  const point = asPoint(lead) || lead;
  // Cut by its width: a sentence with Latin words in it fills the line a Chinese one would.
  return number + shorten(point, limits.maxPointChars - width(number), width);
}

/** Letters in `text`, of any script: what it says, without numbers, punctuation and spaces. */
const letters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

/** A short answer that leads a paragraph: the sentence after it says what the paragraph is about. */
const ANSWER = /^(?:是的|是|对|对的|没错|当然|好|好的|嗯|确实|不|不是)[。！!，,]?$/u;

/** Whether a lead sentence is only an answer (是的。) or a question of a word or two (为什么？). */
const isThin = (sentence: string): boolean =>
  ANSWER.test(sentence) || (/[？?]$/u.test(sentence) && letters(sentence) < 4);

/** A paragraph's text outside its links. */
function outsideLinks(paragraph: Paragraph): string {
  let rest = '';
  let at = 0;
  for (const link of paragraph.links ?? []) {
    rest += paragraph.text.slice(at, link.start);
    at = link.end;
  }
  return rest + paragraph.text.slice(at);
}

/** Whether a paragraph is only one or more links (查看原文, a bare address): it says nothing to show. */
function onlyLinks(paragraph: Paragraph): boolean {
  return (paragraph.links?.length ?? 0) > 0 && !/[\p{L}\p{N}]/u.test(outsideLinks(paragraph));
}

/**
 * Whether a paragraph says too little to make a point: a letter at most outside its links (a
 * stray “, a bold **一、** or **10.** the writer meant as a heading, 见[原文](…)). A list's item
 * may be one word.
 */
function saysTooLittle(paragraph: Paragraph): boolean {
  return paragraph.within?.kind !== 'list' && !onlyLinks(paragraph) && letters(outsideLinks(paragraph)) < 2;
}

/** Whether a paragraph makes no point of its own: links only, or too little to say. */
export const makesNoPoint = (paragraph: Paragraph): boolean =>
  onlyLinks(paragraph) || saysTooLittle(paragraph);

/**
 * The points the paragraphs make when the spec curates none, each with the paragraphs that go in
 * the notes of the slide showing it: a paragraph's lead sentence, except that a paragraph of
 * links only, or one that says too little (a stray “), makes no point and goes with the
 * paragraph before it (or, first, the one after). None when no paragraph makes one.
 */
function derivedPoints(
  paragraphs: readonly Paragraph[],
  limits: DeckLimits,
): { point: string; paragraphs: Paragraph[] }[] {
  // Links and nothing else that says something: each link is what there is to show.
  const makesPoint = paragraphs.some((p) => !makesNoPoint(p))
    ? (p: Paragraph) => !makesNoPoint(p)
    : onlyLinks;
  const groups: { point: string; paragraphs: Paragraph[] }[] = [];
  let waiting: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const last = groups.at(-1);
    if (makesPoint(paragraph)) {
      groups.push({ point: leadPoint(paragraph, limits), paragraphs: [...waiting, paragraph] });
      waiting = [];
    } else if (last) last.paragraphs.push(paragraph);
    else waiting.push(paragraph);
  }
  return groups;
}

/** Derived points over as many slides as they need, each slide's notes holding their paragraphs. */
export function derivedChunks(
  paragraphs: readonly Paragraph[],
  limits: DeckLimits,
): { points: string[]; paragraphs: Paragraph[] }[] {
  const groups = derivedPoints(paragraphs, limits);
  let next = 0;
  return chunkPoints(
    groups.map((g) => g.point),
    limits,
  ).map((points) => {
    const taken = groups.slice(next, next + points.length);
    next += points.length;
    return { points, paragraphs: taken.flatMap((g) => g.paragraphs) };
  });
}
