import type { Paragraph } from '../../article/types.ts';
import { letters, sentences } from '../sentences.ts';
import { endsAsQuestion } from './questions.ts';
import { isThin } from './thin-sentences.ts';

// Paragraphs that make no point of their own: links, placeholders, questions, notes on the text, credits.

/** Text a writer leaves to fill in later (待补充, TODO, 此处省略, 这个问题下一节再说): no point to show. */
const PLACEHOLDER =
  /^[\s（(【[]*(?:待补充|待补全|待完善|待更新|待续|未完待续|待定|待写|占位|此处省略|此处略去|内容略|略|TODO|TBD|FIXME|XXX|xx+|lorem ipsum[\s\S]*|(?:这个问题|这一点|这部分|具体)?(?:我们)?(?:下一节|下节|下一篇|下篇|后面|下文|以后|改天)再(?:说|谈|讲|聊|展开))[\s）)】\].。!！…]*$/iu;

/** Whether a paragraph ends on a question (有网友问：“…有用吗？”), which the next one answers. */
export const asks = (paragraph: Paragraph): boolean =>
  paragraph.within?.kind !== 'list' &&
  (endsAsQuestion(paragraph.text.trim()) || INTERVIEWER.test(paragraph.text));

/** What an interviewer says, labelled 问： or Q： (问：最后，请您给家长们一些日常建议。): the answer says the point. */
const INTERVIEWER = /^\s*(?:问|Q)[：:]/u;

/** Whether a paragraph is a placeholder, or only questions, answers and announcements. */
const saysNothingOnItsOwn = (paragraph: Paragraph): boolean =>
  paragraph.within?.kind !== 'list' &&
  (PLACEHOLDER.test(paragraph.text) ||
    INTERVIEWER.test(paragraph.text) ||
    sentences(paragraph.text).every(isThin));

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
export function onlyLinks(paragraph: Paragraph): boolean {
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

/**
 * A note on the article itself, set apart in brackets (（本文译自…，略有删节。） （编者按：…）): about
 * the text, not its subject. It stays in the notes.
 */
// Unbracketed too where it only says the talk that follows was edited (以下是对话整理，略有删节。).
const EDITORS_NOTE =
  /^[（(](?:本文|编者按|编者注|编者的话|译者注|译者按|译注|编辑注)[^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*[）)]$|^以下(?:是|为)?[^，。]{0,8}(?:对话|采访|访谈|问答)[^。]{0,12}(?:整理|删节|实录)[^。]{0,8}。?$/u;

/**
 * A disclaimer on what the article says (（以上测算仅供参考，不构成任何投资建议。） 本文不能替代医生的诊断。),
 * a paragraph of its own: about the text, not its subject. Its preamble may run to a few clauses
 * (需要说明的是，各地…不完全一样，下面说的都是我们站自己的做法，仅供参考。); not one that
 * says what figures rest on (以下数据只代表我这一条路线，…早高峰8点出门，仅供参考), which the viewer needs.
 */
const DISCLAIMER =
  /^[（(]?(?:[^（()）。！？]{0,30}|(?:[^（()）。！？，,\d]{1,20}[，,]){1,4})(?:仅供参考|不构成[^（()）。！？]{0,12}建议|不能(?:替代|代替)[^（()）。！？]{0,12}(?:诊断|治疗|建议|意见|就医))[^（()）。！？]{0,20}[。.]?(?:[^（()）。！？]{1,30}以[^（()）。！？]{1,16}为准[。.]?)?[）)]?$/u;

/**
 * A writer's note, a paragraph of its own marked as one (【注】循环寿命一般指…, 注：…, ※…): an aside
 * to what the paragraphs around it say, for the reader who wants it; the notes keep it.
 */
const FOOTNOTE = /^(?:【注[释解]?\d*】|〔注[释解]?\d*〕|\[注\d*\]|注[释解]?\d*[：:]|※)/u;

/** A quotation's attribution, a paragraph of its own in the quotation (> ——亚历山大·弗莱明，…). */
const ATTRIBUTION = /^\s*(?:——|—|--|–)\s*\S/u;

/** Who wrote, edited, checked or drew the article, as a credit names them (文字｜ 审核： 图/). */
const CREDIT_ROLE =
  '(?:本文)?(?:文字|文|作者|撰文|撰稿|编辑|责编|责任编辑|主编|编审|审核|审校|审稿|终审|初审|复审|校对|排版|美编|设计|图片|图|摄影|配图|插画|制图|题图|封面|视觉|策划|监制|出品|出品人|统筹|运营|翻译|译者|译|编译|采访|整理|口述|记者|通讯员|专家审核|科学性审核|审核专家|指导专家|来源|内容来源)';
/**
 * One credit: a role, its mark and names (张医生、李四), each perhaps with its post in brackets. A
 * name is short and holds no particle, so 编辑：这里的重点是温度 is no credit.
 */
const CREDIT = `${CREDIT_ROLE}\\s*[｜|:：/／]\\s*[^\\s｜|:：/／；;，,。！？（()）的是了吗呢吧请]{1,12}(?:[（(][^（()）]{1,40}[）)])?(?:、[^\\s｜|:：/／；;，,。！？（()）的是了吗呢吧请]{1,12}(?:[（(][^（()）]{1,40}[）)])?)*`;
/**
 * A line of credits and nothing else (文字｜张医生　编辑｜小林, 作者：张三；审核：李四（…主任医师）):
 * who made the article, not what it says. It stays in the notes.
 */
const CREDITS = new RegExp(`^${CREDIT}(?:[\\s\\u3000；;，,]+${CREDIT})*[。.]?$`, 'u');

/**
 * Whether a paragraph makes no point of its own: links only, too little to say, a placeholder,
 * only a question (its answer, in the next paragraph, makes the point), an editor's note, the
 * article's credits, a disclaimer, a writer's note marked as one, or a quotation's attribution.
 */
export const makesNoPoint = (paragraph: Paragraph): boolean =>
  onlyLinks(paragraph) ||
  saysTooLittle(paragraph) ||
  saysNothingOnItsOwn(paragraph) ||
  (paragraph.within?.kind !== 'list' &&
    (EDITORS_NOTE.test(paragraph.text.trim()) ||
      CREDITS.test(paragraph.text.trim()) ||
      DISCLAIMER.test(paragraph.text.trim()) ||
      FOOTNOTE.test(paragraph.text.trim()))) ||
  (paragraph.within?.kind === 'quote' && ATTRIBUTION.test(paragraph.text));
