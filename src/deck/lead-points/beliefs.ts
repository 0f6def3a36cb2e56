import type { Paragraph } from '../../article/types.ts';
import type { DeckLimits } from '../limits.ts';
import { asPoint, FOLLOWS_FROM, HOLD, letters, sentences, shorten, withoutConnective } from '../sentences.ts';
import { width } from '../text-width.ts';

// What many people believe, do or fear, and how a belief is said with the sentence that corrects it.

/** The most letters of a sentence that only calls a view partly wrong (这话不全对。). */
export const PARTLY_WRONG_LETTERS = 10;

/**
 * A sentence that calls what the one before describes unsafe or wrong (这样做不安全：…), or what is
 * offered unrelated (这些项目和召回无关，车主完全可以拒绝): alone, it would read as advice.
 */
export const JUDGES_DOING =
  /^这(?:样|么)做(?:[^，,。：:]{0,4}?)(?:不安全|不对|不可取|有风险|很危险|危险|不科学|是错的|没用|无效|有害|不靠谱|得不偿失|适得其反)|^这些?(?:项目|服务|东西|产品|推荐)[^，,。：:]{0,2}(?:和|与|跟)[^，,。：:]{1,8}(?:无关|没有关系|没关系)/u;

/**
 * A belief and its correction, or, where the two cannot share a point without cutting the
 * correction away, the correction alone: what is true is the point, what was believed its setting.
 */
export function saidWithCorrection(belief: string, correction: string, limits: DeckLimits): string {
  const joined = `${belief}${correction}`;
  const said = shorten(asPoint(joined), limits.maxPointChars, width);
  // Kept where the cut leaves a clause of the correction that says something (six letters or more).
  const clauses = asPoint(correction)
    .split(/[，,；;：:]/u)
    .map((clause) => withoutConnective(clause))
    .filter((clause) => letters(clause) >= 6);
  // A correction that says nothing itself (其实不是这样的) keeps its belief as the point's subject;
  // not where the cut leaves out what it leads to (…联系在一起，反而更加抗拒).
  const parts = asPoint(correction).split(/[，,；;]/u);
  const result = parts.length > 1 && FOLLOWS_FROM.test(parts.at(-1) ?? '') ? parts.at(-1) : undefined;
  const keepsResult = result === undefined || said.includes(result);
  // A cut that keeps of the belief only the topic before it (咖啡因……事实上，…) says the correction alone.
  const topicOnly = /^([^，,；;…]+)……/u.exec(said);
  const keepsBelief =
    topicOnly === null || letters(topicOnly[1] ?? '') > TOPIC_LETTERS || HOLDS.test(topicOnly[1] ?? '');
  // A cut that keeps of the belief only who holds it (很多人以为……其实…) leaves out what they
  // believe: it is said by its first clause, where the correction keeps one that says something.
  if (topicOnly !== null && HOLDER_ONLY.test(topicOnly[1] ?? '')) {
    const held = beliefInBrief(belief, correction, clauses, limits);
    // Only where the correction is said whole: one cut in both would take room from the points beside.
    if (held !== undefined && !held.endsWith('…')) return held;
  }
  if (clauses.length === 0 || (keepsResult && keepsBelief && clauses.some((clause) => said.includes(clause))))
    return joined;
  // A correction that only calls the belief wrong (这个解释只说对了一半。) says nothing alone: the
  // belief, cut short, keeps the room it leaves.
  const verdict = asPoint(correction);
  if (!/[，,；;：:]/u.test(verdict) && width(verdict) <= limits.maxPointChars / 3) {
    const held = shorten(asPoint(belief), limits.maxPointChars - width(verdict) - 1, width);
    return `${held}${held.endsWith('…') ? '' : '；'}${verdict}`;
  }
  return correction.replace(/^(?:但是|但|不过|可是|然而)(?=\p{Script=Han})/u, '');
}

/**
 * A belief said by who holds it and its first clause (很多人还以为，晒黑了就不会再晒伤……), with the writer's
 * verdict where it has one (……其实不然：), and the correction cut to the room left; undefined where
 * that keeps no clause of the correction that says something.
 */
function beliefInBrief(
  belief: string,
  correction: string,
  clauses: readonly string[],
  limits: DeckLimits,
): string | undefined {
  const verdict = /[，,]([^，,；;]{2,12})[：:]$/u.exec(belief);
  const held = (verdict ? belief.slice(0, verdict.index) : belief).replace(/[；;，,]$/u, '');
  const parts = held.split(/[，,]/u);
  // Clauses up to what is believed, six letters of it (很多人以为，植物嘛，多喝水总没错).
  let kept = 0;
  let believed = 0;
  while (kept < parts.length && believed < BELIEVED_LETTERS) {
    const part = parts[kept] ?? '';
    if (!HOLDER_ONLY.test(part)) believed += letters(part);
    kept += 1;
  }
  if (believed < BELIEVED_LETTERS || (parts.length <= kept && verdict === undefined)) return undefined;
  const joint = parts.length > kept ? '……' : '，';
  const lead = `${parts.slice(0, kept).join('，')}${joint}${verdict ? `${verdict[1]}：` : ''}`;
  // The correction keeps its turning word (……其实…): after a cut belief, it says where the turn is.
  const rest = shorten(correction.trim().replace(/[。！!]$/u, ''), limits.maxPointChars - width(lead), width);
  const says = letters(withoutConnective(rest.replace(/…+$/u, '')));
  const cut = rest.endsWith('…');
  if ((cut && says < CORRECTION_LETTERS) || !clauses.some((clause) => rest.includes(clause)))
    return undefined;
  return `${lead}${rest}`;
}

/** Letters of what a belief said in brief says is believed, at least. */
const BELIEVED_LETTERS = 6;
/** Letters of a correction cut beside a belief said in brief, at least: 可是，一种物质是否安全…… says nothing. */
const CORRECTION_LETTERS = 12;

/** Most letters of a topic named before a belief (咖啡因，很多人觉得…). */
const TOPIC_LETTERS = 6;

/** A clause that grants a belief a moment before the turn against it (听起来很有道理，但…). */
export const GRANTS =
  /^(?:(?:听起来|听上去|看起来|乍一听|乍看)[^，,。]{0,8}|(?:虽然|虽说|尽管)[^，,。]{0,30})[，,]\s*(?=但|可|不过|然而|其实)/u;
/** The part of a correction that grants the belief is partly true, up to its ；and turn. */
export const GRANTED_PART =
  /^(?:其实|事实上|实际上)?[，,]?[^；;。]*(?:确实|固然|的确)[^；;。]*[；;]\s*(?=但|可|不过|然而)/u;

/** A correction that says nothing but that a belief is wrong (…，其实不然). */
export const EMPTY_CORRECTION =
  /[，,]\s*(?:其实|事实上|实际上|但)?(?:不然|并非如此|并不是这样的?|不是这样的?|(?:并|也)?不(?:完全|全|尽)是这样的?|(?:并|也)?不尽然)$/u;

/** Words that move on to another subject (另外，…): what follows them corrects nothing before. */
export const ANOTHER_TOPIC = /^(?:此外|另外|除此之外|还有|顺便)/u;

/** A verdict that a belief is wrong or dangerous, said after it (…，这是非常危险的 …，这恰恰是个误区). */
const CALLED_WRONG =
  /[，,]\s*(?:这|这样|这样做|这么做|这种做法)(?:恰恰|其实|可|反而|往往)?(?:是)?(?:(?:非常|十分|极其|很|相当)?(?:危险|错误|不对|不可取)的?|(?:个|一个)?(?:误区|错误|大忌))$/u;
/** Words that tell the reader what to do (应立即关火, 最好, 不要). */
export const ADVISES = /必须|应该|应当|应立即|一定要|千万|切勿|务必|立即|立刻|马上|最好|建议|不要|不能|别/u;

/** Whether a text ends on a verdict that calls what it says wrong (…，这是非常危险的。). */
export const callsWrong = (text: string): boolean => CALLED_WRONG.test(text.trim().replace(/[。！!]$/u, ''));
/** Whether a sentence says a belief and calls it wrong (很多人的第一反应是泼水，这是非常危险的。). */
export const callsBeliefWrong = (sentence: string): boolean => BELIEF.test(sentence) && callsWrong(sentence);

/** A belief its own sentence corrects (很多人说种子要先催芽才能出苗，其实直接播也可以). */
export const correctsItself = (sentence: string): boolean =>
  BELIEF.test(sentence) && /[，,]\s*(?:其实|事实上|实际上)/u.test(sentence);

/** Who holds a view (the words for holding it are HOLD). */
const PEOPLE =
  '(?:很多|不少|许多|一些|有些|有的|一部分|多数|(?:几乎)?所有)(?:人|家长|父母|朋友|网友|患者|用户|租客|房东|车主|学员|新手|读者|老人|年轻人|子女|女性|男性|猫主人|铲屎官|观众|游客|小朋友|孩子|学生|同学|申请人|领养人|顾客|消费者)|有人|人们|大家|老一辈|网上';
/** Who holds a belief and the word for holding it, nothing more (很多人以为, 还有人觉得). */
const HOLDER_ONLY = new RegExp(`^(?:还|也)?(?:${PEOPLE})[^，,]{0,3}?(?:${HOLD})$`, 'u');
/** Who holds a belief, cut short (很多人以为……): it still says a belief is corrected. */
const HOLDS = new RegExp(`(?:${PEOPLE})|(?:${HOLD})`, 'u');
/** A sentence saying people say the words quoted before it (这样的话，很多家长都说过。). */
export const SAID_OFTEN = new RegExp(
  `^(?:这(?:样|种|些|类)的?话|这句话)[，,]?\\s*(?:${PEOPLE})?[^，。]{0,6}?(?:都|也|常|经常|常常|一定)?(?:说过|听过|听到过|挂在嘴边)[。！!]?$`,
  'u',
);

/**
 * A sentence saying what many people believe or fear, which the article may go on to correct:
 * who holds it, perhaps after a clause on when (很多人一听到“辐射”就紧张，觉得…; not 大家读到这里，
 * 相信…, the writer's trust), or a saying told as one (过去曾有“O型血是万能献血者”的说法,
 * 有一种说法认为).
 */
export const BELIEF = new RegExp(
  `^(?:另一种|还有一种|有一种|一种)(?:常见|流行|很流行|广为流传)?的?说法(?:是|认为)|^我(?:本来|原本|原来|还|一直|满)以为|^(?:误区|流言|谣言|误解|传言|谣传)[一二三四五六七八九十\\d]*[：:]|^(?:${PEOPLE})(?:都|也|常|总|一直|经常)?说(?![过明话服到完])|(?:${PEOPLE})(?:(?:一|每当|每次)[^，。；！？]{1,16}[，,])?(?:都|总|常常|往往|普遍|首先|一直|还)?(?:会)?(?:想当然地|理所当然地|下意识地|本能地)?(?:${HOLD})|(?:有|流传着)(?:一种|种)?(?:“[^”]{1,40}”的)?说法|有(?:一)?句(?:俗语|俗话|老话|谚语)|^(?:俗话说|老话说|常言道)`,
  'u',
);

/**
 * What many people do whenever something happens (很多家长一看到孩子体温超过37.5℃就着急喂药),
 * or what someone does, thinking it right (有人…睡不着，干脆就不休息了，觉得“…”), which the sentence
 * after it may correct as a belief is.
 */
export const ACTS_ON_BELIEF = new RegExp(
  `^(?:${PEOPLE})(?:(?:一|每当|每次)[^，。；！？]{1,16}就|习惯)|^(?:很多|不少|许多|有些|有的)[^，。；！？]{1,4}(?:把|会|喜欢|习惯|总|常)[^，。；！？]{1,18}[，,](?:都|也|还)?(?:觉得|以为)|^(?:还)?有(?:的|些)?人[^。；！？“”]{2,30}[，,](?:都|也|还|就)?(?:觉得|以为)`,
  'u',
);

/** A sentence that names a misconception, which follows (一个常见的误区是“…”, 很多人存在一个误区：…). */
export const NAMES_MYTH = /^[^，,。；;：:]{0,14}?(?:误区|误解)(?:(?:是|就是)[：:]?\s*[“「]|[：:])/u;
/** A sentence that only guesses why (这应该是受了“以形补形”的影响). */
export const GUESSES = /应该是|可能是|大概是|也许是/u;
/** A sentence that says what someone believes (很多老人认为…). */
export const HOLDS_A_VIEW = new RegExp(HOLD, 'u');
/** What a sentence tells the reader to do or not to do (都必须在医生指导下进行, 千万别…). */
export const INSTRUCTS = /必须|应该|应当|一定要|千万|切勿|务必/u;

/** A worry people have, said after what it is about (不少患者对降压药有顾虑，担心…). */
export const WORRIES = new RegExp(`^(?:${PEOPLE})[^。；;？?！!不没]{0,20}?(?:担心|顾虑|害怕)`, 'u');

/** The same, with a few words between who and the view: 很多人一听安眠药就害怕. */
const WIDE_BELIEF = new RegExp(`(?:${PEOPLE})[^，。；]{0,10}(?:${HOLD}|害怕)`, 'u');

/** Whether a sentence states what many people believe or fear (很多人一听…就害怕): no answer. */
export const statesBelief = (sentence: string): boolean =>
  WIDE_BELIEF.test(sentence) || BELIEF.test(sentence) || ACTS_ON_BELIEF.test(sentence);

/** A paragraph that only says what came before is wrong (其实恰恰相反。 其实不然。). */
const ONLY_REFUTES =
  /^(?:其实|但是?|事实上|实际上)?[，,]?\s*(?:恰恰相反|正好相反|正相反|不然|并非如此|并不是这样|不是这样的?)[。！!]?$/u;

/**
 * Whether `paragraph` only refutes the belief `before` states in one sentence of its own
 * (很多人担心…。 then 其实恰恰相反。): the two say one point.
 */
export const refutesBelief = (paragraph: Paragraph, before: Paragraph): boolean =>
  !paragraph.within &&
  !before.within &&
  ONLY_REFUTES.test(paragraph.text.trim()) &&
  sentences(before.text).length === 1 &&
  BELIEF.test(before.text);
