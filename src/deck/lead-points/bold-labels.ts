import type { Paragraph } from '../../article/types.ts';
import { letters, sentences } from '../sentences.ts';
import { isThin } from './thin-sentences.ts';

// What the writer set in bold or said as a label: a heading line, a paragraph's label, a sentence stressed.

/** Letters of a bold span that says a point, at least (not a bold word or name). */
const EMPHASIS_LETTERS = 6;

/**
 * The first sentence after the lead that the writer set in bold to its end, from its start or
 * after its colon (我们的口头禅是：**差一纳秒，偏三十厘米。** 但它有一个特别的地方：**一年里只有大约
 * 四个月能走**。); undefined where none is.
 */
export function emphasised(paragraph: Paragraph, all: readonly string[]): string | undefined {
  const spans = paragraph.bold ?? [];
  if (spans.length === 0) return undefined;
  let offset = 0;
  for (const [i, sentence] of all.entries()) {
    const start = paragraph.text.indexOf(sentence, offset);
    if (start < 0) return undefined;
    offset = start + sentence.length;
    if (i === 0) continue;
    const end = start + sentence.replace(/[。！!]\s*$/u, '').length;
    const bold = spans.find(
      (span) =>
        span.end >= end &&
        span.end <= offset &&
        (span.start === start || /[：:]\s*$/u.test(paragraph.text.slice(start, span.start))) &&
        letters(paragraph.text.slice(span.start, span.end)) >= EMPHASIS_LETTERS,
    );
    if (bold) return sentence;
  }
  return undefined;
}

/**
 * The label a paragraph gives the one after it when it is a bold line the writer used as a
 * heading (**价格**, **第一，看价格：**): bold throughout, short, and no sentence; else undefined.
 */
export function headsNext(paragraph: Paragraph): string | undefined {
  const { text, bold, within } = paragraph;
  const words = text.replace(/[\s：:]+$/u, '');
  const [only] = bold ?? [];
  if (within || bold?.length !== 1 || !only || only.start > 0 || only.end < words.length) return undefined;
  if (/[。！？!?]/u.test(words) || letters(words) < 2 || letters(words) > 16) return undefined;
  return words;
}

/** A label set in bold is short: at most this many letters. */
const LABEL_LETTERS = 6;

/**
 * The label a paragraph opens with as a bold sentence of its own (**水温。**洗碗机的主洗温度…),
 * a word or two: shown as the label of the point the sentences after it make (水温：…), as a
 * bold label with a colon is; so does a warning word, bold or not (注意！…). Undefined when the
 * paragraph has no such opening, or nothing after it.
 */
export function boldLabel(paragraph: Paragraph, all: readonly string[]): string | undefined {
  const [first, second] = all;
  const opening = paragraph.bold?.[0];
  if (first === undefined || second === undefined) return undefined;
  // A warning word said as a sentence of its own (注意！导入完成后…) labels what follows as a bold
  // one does: alone on the slide, it warned of nothing.
  const warns = WARNS.exec(first);
  if (warns?.[1] && paragraph.within?.kind !== 'quote') return warns[1];
  // So does the topic an announcement names (再说亚硝酸盐。它在腊肉…): alone, what follows said
  // only 它.
  const topic = ANNOUNCED_TOPIC.exec(first);
  if (topic?.[1] && paragraph.within?.kind !== 'quote') return topic[1];
  if (opening?.start !== 0) return undefined;
  // A quotation's point is shown in its marks; a bold question or answer (**为什么？** **不会。**)
  // is no label but a sentence the rules for those read.
  if (paragraph.within?.kind === 'quote' || isThin(first)) return undefined;
  const words = first.replace(/[。！!.]$/u, '');
  const bold = paragraph.text.slice(0, opening.end).replace(/[。！!.]$/u, '');
  if (bold !== words || !paragraph.text.startsWith(first)) return undefined;
  // A label that names what it states (误区一：贵的一定好): the sentences after it correct or explain it.
  const tagged = TAGGED_LABEL.exec(words);
  if (tagged?.[1] && letters(tagged[1]) <= LABEL_LETTERS && letters(words) <= TAGGED_LABEL_LETTERS)
    return words;
  if (/[，,、；;：:]/u.test(words)) return undefined;
  // A list's item may name its subject in a short sentence (**后台常驻的东西太多。**): said alone,
  // it would drop what the item says, where its siblings' one-word labels keep it.
  const most = paragraph.within?.kind === 'list' ? ITEM_LABEL_LETTERS : LABEL_LETTERS;
  return letters(words) <= most ? words : undefined;
}

/** An announcement of the next topic by its name alone (先说阿斯巴甜。 再说亚硝酸盐。), and the name. */
const ANNOUNCED_TOPIC =
  /^(?:先|再|最后|然后|接下来)(?:来)?(?:说说|聊聊|看看|谈谈|讲讲|说|聊|看|谈|讲)(?![一几两三这那]|个)([^，,。！？!?：:“”]{2,8})[。！!]$/u;

/** A warning word alone in its sentence (注意！ 特别提醒： 重要提示：), and the word. */
export const WARNS =
  /^((?:请|请大家|特别|一定要|务必|千万)?注意|(?:温馨|特别|友情)?提(?:醒|示)|警告|重要提示)[！!：:]+$/u;

/** A bold label that opens a list's item is short too, but may be a short sentence: this many letters. */
const ITEM_LABEL_LETTERS = 12;

/** A short tag, a colon, and what it tags (误区一：贵的一定好), with no other clause. */
const TAGGED_LABEL = /^([^，,、；;：:]+)[：:][^，,、；;：:]+$/u;
/** Such a label says a claim: at most this many letters, as a bold line that heads a paragraph. */
const TAGGED_LABEL_LETTERS = 16;

/** Whether a paragraph opens with a bold label of its own (**水温。**…). */
export const opensWithBoldLabel = (paragraph: Paragraph): boolean =>
  boldLabel(paragraph, sentences(paragraph.text)) !== undefined;
