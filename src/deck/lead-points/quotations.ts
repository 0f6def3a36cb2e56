import type { Paragraph } from '../../article/types.ts';
import type { DeckLimits } from '../limits.ts';
import { letters, sentences, shorten, withoutConnective, words } from '../sentences.ts';
import { width } from '../text-width.ts';
import { statesBelief } from './beliefs.ts';

// Quotations and who speaks them: a quotation's point in its marks, labelled with who said it where it fits.

/** Whether `sentence` is a quotation alone (“…。”). */
export const isQuotation = (sentence: string): boolean => /^[“「"][^“”「」"]+[”」"]$/u.test(sentence.trim());

/** A quotation said that short, at most this many letters, leaves the room for what it is. */
const QUOTATION_LETTERS = 24;

/**
 * The sentence before `sentence` when that is a quotation alone, which `sentence` names only as
 * 这 (“洗碗机那么大一台，肯定费水费电吧？”这是很多人的第一反应。); else undefined.
 */
export function quotationItNames(sentence: string, before: string | undefined): string | undefined {
  if (!before || !/^这(?:是|就是|正是|也是|大概是|恐怕是)/u.test(sentence)) return undefined;
  return isQuotation(before) && letters(before) <= QUOTATION_LETTERS ? before.trim() : undefined;
}

/** A sentence that ends on a quotation after a colon: who speaks, and what they say. */
export const QUOTED = /^(.+)[：:]\s*(“[^“”]+”)$/u;

/**
 * A sentence that states whose view it is (在她看来，手机首先是一根联系的线。 她的担心很具体：…), after a
 * lead that often only says who they are (反方的王老师当了十二年班主任。).
 */
export const STATES_VIEW =
  /^(?:在(?:她|他|我|她们|他们|我们|[^，,。：:]{1,6})看来[，,]|(?:她|他|她们|他们)的(?:担心|顾虑|理由|看法|观点|主张|逻辑)(?:很|也|其实|非常)?(?:具体|简单|明确|清楚|直接)?[：:])/u;
/** Someone named by surname and title (李女士, 王老师), the pronoun a view of theirs may refer back with. */
const TITLED = /(\p{Script=Han})(女士|先生|老师|医生|教授|阿姨|大爷|师傅|同学|律师|经理)/gu;

/**
 * A view's point with its pronoun named (在她看来，… → 在李女士看来，…) where the lead names one person
 * by surname and title: on a slide, 她 refers to no one.
 */
export function namedSpeaker(point: string, found: string, lead: string | undefined): string {
  if (lead === undefined || found === lead || !STATES_VIEW.test(found)) return point;
  const named = new Set([...lead.matchAll(TITLED)].map((m) => m[0]));
  const [name] = named;
  if (named.size !== 1 || name === undefined) return point;
  return point.replace(/^(在)?(?:她|他)(?=看来|的)/u, `$1${name}`);
}

/** The words that say someone speaks, before what they say (解释说, 告诉记者, 说). */
const SAYS =
  '(?:解释|回应|表示|指出|强调|提醒|告诉(?:我们|记者|笔者)|介绍|感慨|坦言|直言|认为|总结)(?:说|道)?|说(?:道)?';

/**
 * Someone's answer that denies from its first words (李明医生解释说：“降压药不存在成瘾性。…”), up to
 * the end of its first quoted sentence: who says it and what is not so.
 */
export function denyingReply(sentence: string): string | undefined {
  const reply = new RegExp(`^([^，,。：:“”]{2,20}?(?:${SAYS})[：:]\\s*“)([^”。！!]*)`, 'u').exec(sentence);
  if (
    !reply?.[1] ||
    !reply[2] ||
    !/^[^，,]{0,10}?(?:不存在|不会|并不|并没有|没有(?:任何)?(?:证据|依据|必要)|不是|并非)/u.test(reply[2])
  )
    return undefined;
  return `${reply[1]}${reply[2]}”`;
}

/** Words that end a lead-in saying who speaks, not what (说得很实在, 常被…挂在嘴边, 写道). */
const SPEAKS =
  /(?:说|讲|写道|写着|指出|表示|强调|告诉(?:我们|记者|笔者)?|介绍|解释|提醒|形容|比喻|承认|坦言|感叹|回答|嘱咐|叮嘱|挂在嘴边|一句话|这样一句)[^，。；]{0,6}$/u;

/**
 * Whether a lead-in only says who speaks (一位干了二十多年的管理员说得很实在): not what many
 * believe (很多人常说), nor a finding it reports (…发现户外活动不足才是主因，他们这样写道).
 */
export const onlySaysWhoSpeaks = (leadIn: string): boolean => {
  // …说过一句话，很多人印象深刻: how the words stuck says no more than who said them.
  const said = leadIn.replace(/[，,][^，,。]{0,10}(?:印象深刻|记忆犹新|深有同感|深以为然)$/u, '');
  return SPEAKS.test(said) && !statesBelief(said) && !/发现|表明|显示|证明|结论/u.test(said);
};

/**
 * A quotation (“…”) labelled with who speaks (律师张明：“…”), cut within its marks to the room left:
 * after its first sentences where they fill half of it, else where its clauses end (…它同样会损伤
 * 血管……”). Undefined where the quotation would keep less than half the room.
 */
export function labelledQuotation(who: string, quotation: string, room: number): string | undefined {
  const inner = quotation.slice(1, -1).replace(/[。！!]$/u, '');
  const within = room - width(who) - 3;
  let head = '';
  for (const sentence of sentences(inner)) {
    // The ellipsis takes a letter more than the full stop it replaces.
    if (width(head + sentence) > within - 1) break;
    head += sentence;
  }
  const first = /[？?]$/u.test(head) ? '' : head.replace(/[。！!]$/u, '');
  const cut =
    first !== '' && first !== inner && width(first) >= within / 2
      ? `${first}……`
      : shorten(inner, within, width);
  return width(cut) + 2 >= room / 2 ? `${who}：“${cut}”` : undefined;
}

/** One named in a clause, then said to speak as 他 or 她: the one named (地铁司机李建国). */
const NAMED_THEN_SPEAKS = new RegExp(
  `^([^，,。]{2,14}?)(?:已经|已|曾经|曾|从事|干了|开了|做了|今年|在[^，,。]{1,8}(?:工作|干))[^，,。]*[，,](?:他|她)(?:也|还)?(?:${SAYS})$`,
  'u',
);
/** Who speaks, named just before the word for speaking that ends a lead-in. */
const SPEAKS_LAST = new RegExp(`([^，,。的]+?)(?:也|还|就|曾|则)?(?:${SAYS})$`, 'u');
/** Most letters of who speaks, kept as a quotation's label. */
const WHO_LETTERS = 6;

/**
 * Who speaks, by name or title, at the end of a lead-in to a quotation (李明医生说 → 李明医生,
 * 从事房产纠纷的律师王芳提醒 → 律师王芳); undefined where that is longer than a label, or a pronoun.
 */
export function whoSpeaks(leadIn: string): string | undefined {
  // Named in the clause before and then said to speak as 他 or 她 (地铁司机李建国已经开了十几年地铁，他说):
  // the one named, up to what the clause says of them.
  const said = leadIn.trim();
  const found = NAMED_THEN_SPEAKS.exec(said)?.[1] ?? SPEAKS_LAST.exec(said)?.[1];
  // Where the whole is too long (北方某汽车俱乐部负责人王磊), the title and name it ends on (负责人王磊).
  const who = found && letters(found) > WHO_LETTERS ? titleAndName(found) : found;
  if (!who || letters(who) < 2 || letters(who) > WHO_LETTERS || /他|她|它|我|你|着|地|常|对|后来/u.test(who))
    return undefined;
  return who;
}
/**
 * The title and name who speaks ends on (北方某汽车俱乐部负责人王磊 → 负责人王磊), with the word of two
 * letters before the title where the label stays short (银行理财经理李敏 → 理财经理李敏).
 */
function titleAndName(who: string): string | undefined {
  // Not many who speak at once (多位资深专家纷纷), nor a title and an adverb (医师随后).
  if (MANY_OR_ADVERB.test(who)) return undefined;
  const titled = TITLE_AND_NAME.exec(who);
  if (!titled) return undefined;
  const before = [...words.segment(who.slice(0, titled.index))].at(-1)?.segment ?? '';
  const longer = `${before}${titled[0]}`;
  const word = /^\p{Script=Han}{2}$/u.test(before) && !/^[一二两三几多每]/u.test(before);
  return word && letters(longer) <= WHO_LETTERS ? longer : titled[0];
}
/** Words of many speakers, or adverbs, that end who speaks: no name follows its title. */
const MANY_OR_ADVERB = /多位|几位|多名|几名|们|纷纷|普遍|一致|随后|私下|(?:也|都|均)$/u;
/** A title and the name after it (负责人王磊, 干事刘洋, 班主任王老师). */
const TITLE_AND_NAME =
  /(?:负责人|班主任|干事|研究员|主任医师|医师|主任|专家|律师|教授|工程师|老师|记者|经理|所长|院长|站长|队长|馆长|会长|局长|处长|科长|总监|博士|讲师|民警|警官|法官|店长|厂长|馆员|司机|护士|医生|教练|技师|调度员|理事|委员|秘书长|主席|院士|顾问)\p{Script=Han}{2,3}$/u;

/** A lead-in to a quotation is short: at most this many letters. */
export const LEAD_IN_LETTERS = 24;

/**
 * The words a paragraph introduces the quotation after it with (有位物理老师说得很形象：), when it
 * does nothing else: one sentence ending on a colon. On a slide alone it says nothing; a short
 * one labels the quotation's point instead.
 */
export function introducesQuote(paragraph: Paragraph, next: Paragraph | undefined): string | undefined {
  if (paragraph.within || next?.within?.kind !== 'quote') return undefined;
  const words = withoutConnective(paragraph.text.trim());
  if (!/[：:]$/u.test(words) || sentences(words).length > 1) return undefined;
  return words.replace(/[：:]$/u, '');
}

/**
 * A quotation's point in its marks; who said it, where the quotation names them after a dash
 * (…建议每年接种。——《…指南》), after the marks, as far as the line has room for both.
 */
export function quotationPoint(point: string, limits: DeckLimits): string {
  const nested = (text: string) => text.replace(/“/gu, '‘').replace(/”/gu, '’');
  const marked = (text: string, room: number) => `“${shorten(nested(text), room - 2, width)}”`;
  const attributed = SAID_BY.exec(point);
  if (!attributed?.[1] || !attributed[2]) return marked(point, limits.maxPointChars);
  const said = attributed[1].replace(/[。.]$/u, '');
  const source = `——${attributed[2].trim()}`;
  const whole = `“${nested(said)}”${source}`;
  return width(whole) <= limits.maxPointChars ? whole : marked(said, limits.maxPointChars);
}

/**
 * A quotation and who said it, after a dash at its end, once the quotation has ended (…每年接种。
 * ——《…指南》) or naming a book (…——《论语》); 这是结论——至少目前如此 goes on with the sentence.
 */
export const SAID_BY = /^(.+?[。！？!?.]|.+?(?=\s*(?:——|—)\s*《))\s*(?:——|—)\s*([^—。！？!?]{1,40})$/u;

/** A sentence after a quotation that names who said it (这是我一位同事的话, 这话是我朋友说的): who. */
export const SAID_AFTER =
  /^(?:这|这句话|这段话)(?:是|就是)([^，,。：:“”]{1,12}?)(?:的话|说的)[，,。！!]|^这(?:句)?话是([^，,。：:“”]{1,12}?)说的[，,。！!]/u;
