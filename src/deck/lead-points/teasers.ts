import type { Paragraph } from '../../article/types.ts';
import { asPoint, letters, sentences, withoutConnective } from '../sentences.ts';
import { ACTS_ON_BELIEF, BELIEF, GRANTS } from './beliefs.ts';
import { ANSWER_LABEL, VERDICT, withoutAsideBehind } from './thin-sentences.ts';
import { REASSURES, withoutTurn } from './turns.ts';

// Leads that only open what the sentence after them says: teasers, set-ups, reactions and short openers.

/** Most letters of a reassurance said with the sentence after it. */
const SHORT_REASSURANCE_LETTERS = 12;

/** Whether a paragraph opens on a teaser (答：主要有两种方式。 关键在于空气湿度。). */
export const opensOnTeaser = (paragraph: Paragraph): boolean => isTeaser(sentences(paragraph.text)[0] ?? '');

/** Words that say a subject is simple, interesting or depends, and no more. */
const OPENS_ONLY =
  /并不复杂|不复杂|很简单|挺有意思|很有意思|得分人说|看情况|分情况|有讲究|另一回事|不一样|没(?:有)?那么简单|没那么容易|并不容易|不完全是这样|也不尽然|是(?:一)?门学问|(?:确实|的确)?是(?:一)?个难题|只是(?:其中)?(?:的)?一方面|^(?:别|不要|可别)小看/u;

/** A teaser is short: at most this many letters. */
const TEASER_LETTERS = 16;
// Calls something simple, key or worth knowing, or two things different (预警和预报不同。), or
// names another way, or announces the last thing it tells (最后说一个心态上的体会。), and leaves the
// what to the sentences after it; 区别在于… or 差距是… already
// say where the difference lies.
// A drawback announced (也不是没有缺点, 价格也是门槛) is named by the sentence after it.
// Only what a thing is not (热泵不是电暖器。), where that is no claim of its own (续航不是问题。).
const TEASER = new RegExp(
  `^[^，。]{1,8}不是(?!问题|难事|坏事|事)[^，。没]{1,8}。$|${OPENS_ONLY.source}|难就难在|难点在于|妙就妙在|最(?:巧妙|精妙|神奇|了不起|聪明)的(?:地方|设计|一点)(?:就)?在(?:于)?|是[^，。]{0,10}最(?:重要|关键)的一(?:站|步|环|关)。$|^这(?:也)?(?:是|正是)[^，。]{2,12}的时候。$|另一条路|另一种思路|关键(?:就)?在(?:于)?|关键是|^[^，。]{1,10}(?:和|与|跟|同)[^，。]{1,10}(?:不同|是两回事|是两码事)。$|值得|最直观|(?:最)?关键的(?:一点|一步|证据|原因|问题|一环)?是|最容易出(?:问题|错|岔子)的是|(?:是)?最容易(?:出现|引起|引发|产生)?(?:争议|出错|出问题|犯错)的(?:环节|地方|部分|一步|一环)。$|更(?:需要|要|值得)(?:警惕|注意|小心|当心)的是|(?:这一步|这一点|这个细节)(?:特别|非常|尤其)(?:重要|关键)|^效果是看得见的。$|故事(?:还)?(?:没有|没)结束|(?:也)?(?:有|经历了|经历过)(?:一段|一番|不少)(?:曲折|波折|周折)。$|(?:就是|也是)(?:这样|如此)。$|^[^，。]{1,6}(?:也)?(?:差不多|类似)。$|^[^，。]{1,6}(?:并)?没有放弃。$|(?:差距|区别|差别|不同)(?:主要)?(?:出现|体现|集中)?在[^，。]{1,8}。$|罪魁祸首(?:叫|是|就是)[^，。]{1,10}。$|是另一个(?:让人头疼|麻烦|常见)的问题。$|第[二三四五]个(?:震惊|意外|发现|问题)的?是[^，。]{1,6}。$|(?:确实|的确)击中了要害。$|问题(?:就|主要)?出在[^，。]{1,10}。$|(?:也)?有(?:需要|要)[^，。]{0,8}的情况|^(?:还|也|另外)?要注意[^，。]{1,6}。$|^(?:再|还要|然后|接着)?(?:考虑|算上)[^，。]{1,8}。$|^(?:最后|另外|还要|再)?(?:再)?(?:说|聊|讲)(?:一个|一点|一件|两句|几句)[^，。]{1,10}。$|分为|有几种|有两种|有三种|(?:原因|理由|办法|方法|区别|好处|坏处|步骤|因素|途径)[^，。]{0,4}有(?:两|三|四|五|几)(?:个|种|点|条|类|方面)|(?:答案|秘密|奥秘|玄机|秘诀)(?:就|其实)?藏在|(?:另一个|还有一个|再一个)(?:线索|信号|办法|方法|区别|好处|原因|理由|难点|因素)是|^(?:要|得|这要|那要|主要)看[^，。]{1,8}。$|^[^，。]{1,8}(?:不这么|不这样|并不这么)(?:看|认为|想)。$|不是十全十美|并非十全十美|说反了|只(?:说)?对了(?:一半|一小部分|一部分|一小半)|持保留意见|不可忽略|不是没有(?:缺点|短板|代价)|也有(?:缺点|短板|局限|代价)|也是(?:门槛|问题)|(?:同样|也很|也|尤其|更加|更为|格外)(?:重要|关键|要注意|需要注意|值得注意)|^第[一二三四五六七八九\\d]+(?:点|条|个|种|步)[^，。]{0,4}(?:注意|重要|关键)`,
  'u',
);
/** What a rule turns on, named after a colon (这件事只看一个数字：发球方的得分。); said with ；after it. */
export const NAMES_WHAT_IT_TURNS_ON =
  /(?:只|就|主要)(?:看|取决于)[^，,。：:]{0,6}[：:][^，,。：:]{1,12}[。！!]?$/u;
const RECKONS_OTHERWISE =
  /(?:^|[，,])(?:那)?(?:账|情况|结果|结论)?(?:又|就|可就|也就)(?:不一样|不同|另当别论)了?[。！!]$|^这些?(?:都|只)?是(?:按|根据|以|照)[^，。]{1,10}(?:算|估算|计算|测算)(?:出来)?的[。！!]$/u;

/**
 * A short lead that opens its paragraph rather than says it (光纤宽带的原理并不复杂。 关键在于频谱。
 * 5G家庭宽带则走的是另一条路。 不过，有两种情况要当心。), a connective before it set aside.
 */
export const isTeaser = (sentence: string): boolean => {
  // 答：主要有两种方式。 opens its paragraph as much without its label.
  const plain = withoutConnective(sentence).replace(ANSWER_LABEL, '');
  if (STEPS_AHEAD.test(plain)) return onlySaysStepsFollow(plain);
  // A verdict on what came before (这种做法不仅没用，还有害。 证据并不支持。): alone it points
  // at nothing; the sentence after it says why.
  // A turn written on without a comma (但证据并不支持。) judges as much.
  const judged = plain.replace(/^(?:但是|但|可是|然而|不过)(?=\p{Script=Han})/u, '');
  if (letters(judged) <= VERDICT_LETTERS && /。$/u.test(judged) && JUDGES_WHAT_CAME_BEFORE.test(judged))
    return true;
  // A lead of a few words that only reacts (变化非常大。 我比较乐观。 先别慌。 就这么简单。) names no
  // fact: the sentence after it says what. A short claim (这种药最便宜。) says its own, and is
  // said with the sentence after it only where the slides have room (withOpenersSaid).
  if (letters(plain) <= REACTION_LETTERS && /[。！!]$/u.test(plain) && REACTS.test(plain)) return true;
  // A short reassurance (需要补税的也不必太紧张。) says why not to worry only in the sentence after it.
  if (
    letters(plain) <= SHORT_REASSURANCE_LETTERS &&
    /[。！!]$/u.test(plain) &&
    !/[，,]/u.test(plain) &&
    REASSURES.test(plain)
  )
    return true;
  // A verdict of a few words with its proviso (有救，但要快。 能吃，但要少。) answers the heading's
  // question; the sentence after it says how.
  if (/^[^，,。]{1,3}[，,](?:但|但是|不过|可)[^，,。]{1,3}[。！!]$/u.test(plain)) return true;
  // That the sum comes out otherwise on a condition (如果选“自发自用”，账又不一样了。), or that it
  // was made on the writer's own terms (这些都是按我家的条件算的。): the sentence after it says how.
  if (letters(plain) <= TEASER_LETTERS + 4 && RECKONS_OTHERWISE.test(plain)) return true;
  // What a rule depends on, named (单打里，这件事只看一个数字：发球方的得分。), that another case is more
  // involved on the same lines (双打稍微复杂一些，但原则相同。), or that what was said deserves a hearing
  // (你父亲说“…”，这句话值得认真听。): the sentence after it says how, or why.
  if (
    letters(plain) <= TEASER_LETTERS + 8 &&
    (NAMES_WHAT_IT_TURNS_ON.test(plain) ||
      /^[^，,。]{1,10}(?:复杂|麻烦)(?:一些|一点|些)?[，,](?:但|不过)(?:原则|道理|思路)(?:是)?(?:相同|一样|类似)的?[。！!]$/u.test(
        plain,
      ) ||
      /[，,]这(?:句)?话(?:很|特别|更)?值得(?:认真|好好)?(?:听|听一听|想一想|琢磨)[。！!]$/u.test(plain))
  )
    return true;
  // That from some point on it is no longer so (打到20平以后，就不是谁先到21分谁赢了。): the sentence
  // after it says what it is then.
  if (
    letters(plain) <= TEASER_LETTERS + 6 &&
    /^[^，,。]{2,12}[，,](?:就|便)(?:不再是|不是)[^，,。]{2,14}了[。！!]$/u.test(plain)
  )
    return true;
  // Where something arrives (剩下吸收不了的东西，会来到大肠。), or what a thing is called (嘴里还会流出口水，
  // 科学家叫它“唾液”。): the sentence after it says what happens there, or what it does.
  if (
    letters(plain) <= TEASER_LETTERS &&
    (/^[^。]{1,14}(?:就|会|便|才)(?:来到|进入|到达|进到)了?[^，,。]{1,6}[。！!]$/u.test(plain) ||
      /[，,](?:科学家|医生|人们|我们|大家)?(?:叫|称)(?:它|之)(?:为|作)?[“"][^”"]{1,8}[”"][。！!]$/u.test(
        plain,
      ))
  )
    return true;
  // That this step matters most, with a comma (这一步最容易被忽视，却最关键。): the sentence after it
  // says what the step is.
  if (
    letters(plain) <= TEASER_LETTERS &&
    /^(?:这一步|这一点|这个细节|这个环节|这一环)[^。不没]{0,12}最(?:重要|关键)[。！!]$/u.test(plain)
  )
    return true;
  // A set-up, a clause before it allowed (答案因车型和气温而异，但幅度不小。 真正需要留意的是电池的长期健康。
  // 雷电虽然危险，但它对地球也有好处。 鱼嘴的巧妙之处在于“四六分水”。 …堤堰，叫飞沙堰。): how much, what to
  // watch, what good it does, what the name means is in the sentence after it.
  if (
    letters(plain) <= SET_UP_LETTERS &&
    /[。！!]$/u.test(plain) &&
    !/[：:；;]/u.test(plain) &&
    SETS_UP.test(plain)
  )
    return true;
  // What a scene set first led to, told as a reaction (月底一汇总，吓了一跳。 面对批评，魏格纳没有放弃。).
  if (/^[^，。]{1,8}[，,](?:[^，。]{1,6}(?:并)?没有放弃|吓了(?:我)?一(?:大)?跳)[。！!]$/u.test(plain))
    return true;
  return (
    letters(plain) <= TEASER_LETTERS &&
    /[。！!]$/u.test(plain) &&
    !/[：:，,；;]/u.test(plain) &&
    TEASER.test(plain)
  );
};

/** Most letters of a set-up (SETS_UP), its clauses together. */
const SET_UP_LETTERS = 24;
/**
 * Words that say an answer varies, that something needs watching or does good, that a way out
 * or an exception exists, that what came before is not so, where a device's cleverness lies, or
 * what a thing is called, and no more.
 */
const SETS_UP = new RegExp(
  [
    '^(?:答案|结果|情况|效果|影响|这)?(?:要)?(?:因|随)[^，,。]{1,10}而异(?:[，,](?:但|不过)[^，,。]{1,8})?[。！!]$',
    '(?:真正|最|更)?(?:需要|值得|应该)(?:留意|注意|关注|警惕|小心|当心)的(?:是|还是)[^，,。]{1,12}[。！!]$',
    '(?:也|并|倒)?(?:不是|并非)完全没(?:事|问题|风险|影响)',
    '也有(?:好处|用处|益处|讲究|门道|办法)[。！!]$',
    '并非无路可走|(?:也|并)?不是没有办法[。！!]$',
    '(?:不只是|不仅仅是|不仅是|不止是|没有|并不像|远不是)[^，,。]{1,12}那么简单[。！!]$',
    '^(?:但|不过|当然)?[，,]?(?:也|还)?有(?:一些|少数|个别|几种|两种)?例外(?:情况)?[。！!]$',
    '^(?:事实上?|实际上|其实)?[，,]?(?:并非如此|并不是这样的?|不是这样的?|并非这样|不尽然|不然)[。！!]$',
    '(?:要|需要|得)(?:格外|特别|尤其|更加)(?:留意|注意|小心|当心)[。！!]$',
    '(?:巧妙|精妙|神奇|高明|聪明|厉害)之处(?:就)?在于[^，,。]{1,10}[。！!]$',
    '(?:^[^，,。]{2,16}(?:叫(?:做|作)?|名为|被称为|称为)[“"][^，,。“”"]{1,16}[”"]|[，,](?:叫(?![他她它我你咱大家人])(?:做|作)?|名为|被称为|称为)[^，,。“”"]{1,6})(?:[，,]因[^，,。]{1,14}而得名)?[。！!]$',
  ].join('|'),
  'u',
);

/** Most letters of a lead that opens its paragraph too briefly to say its point alone. */
const OPENER_LETTERS = 12;

/**
 * A lead of a few words, a connective set aside (找到漏点还不够。 但问题也很明显。 钱也不少。), that
 * names what the sentences after it go on to say: no question, no quotation, no label of its own.
 */
export const isShortOpener = (sentence: string): boolean => {
  const plain = withoutConnective(sentence).replace(ANSWER_LABEL, '');
  return (
    letters(plain) <= OPENER_LETTERS &&
    /[。！!]$/u.test(plain) &&
    !/[：:“”「」"]/u.test(plain) &&
    !VERDICT.test(withoutAsideBehind(plain)) &&
    // A belief (有人认为eSIM不安全。) is said with what corrects it, or alone: with a sentence that
    // grants it (这种担心可以理解), it would read as the deck's own claim.
    !BELIEF.test(plain) &&
    !ACTS_ON_BELIEF.test(plain)
  );
};

/**
 * The short lead a paragraph's point opens on where it is said with the sentence after it
 * (会，但没有想象中那么容易：目前认为…), or undefined: the lead alone answers in brief.
 */
export function shortLeadOf(point: string, paragraph: Paragraph): string | undefined {
  // Its turn, where it grants a moment first (听起来很有道理，但算一笔账就知道不划算。).
  const [opening] = sentences(paragraph.text);
  const first =
    opening === undefined || !GRANTS.test(opening) ? opening : withoutTurn(opening.replace(GRANTS, ''));
  // A teaser (区别主要在正极材料。) only opens: said cut short with what it opens, it answers nothing.
  if (first === undefined || !isShortOpener(first) || isTeaser(first)) return undefined;
  const lead = asPoint(first);
  return lead !== '' && point.startsWith(lead) && /^[：:，,]/u.test(point.slice(lead.length))
    ? lead
    : undefined;
}

/** Most letters of a reaction said with the sentence after it. */
const REACTION_LETTERS = 6;
/**
 * What a speaker reacts with before saying anything: a stance (我比较乐观), a reassurance (先别慌),
 * that it is easy (就这么简单) or that much has changed (变化非常大).
 */
const REACTS =
  /^(?:我(?:个人)?(?:比较|很|挺|还是|非常|倒是)?(?:乐观|悲观|担心|同意|赞同|认同)|(?:先|也)?(?:别|不要|不用|不必)(?:慌|急|着急|担心|紧张|害怕)|就?(?:这么|这样|那么)(?:简单|容易)|(?:变化|改变|影响|差别|区别|差距|进步|提升)(?:非常|很|特别|相当|挺|真的|确实)?(?:大|明显|显著))[了啦呢]?[。！!]$/u;
/** Most letters of a verdict on what came before, said with the sentence after it. */
const VERDICT_LETTERS = 12;
const JUDGES_WHAT_CAME_BEFORE =
  /^(?:[这那](?:种|个|样|些)(?:做法|说法|办法|方法|习惯|观点|想法|报道|结论)?[^。]*(?:没用|无效|有害|不对|错了|不可取|不靠谱|(?:要|需要|得)(?:非常|十分|特别)?(?:谨慎|小心))|(?:证据|研究|数据|事实)(?:却|并|可)?不(?:支持|是这样))/u;

/**
 * A sentence that says only that steps follow (一段声音从手机到耳朵，要经历好几道工序。), which
 * the sentences after it name; it may set its scene in a clause first.
 */
const STEPS_AHEAD =
  /(?:要|得|需要|会)?经(?:历|过)(?:了)?(?:好|许|很)?(?:几|多|数)(?:道|个|步|层|重)(?:工序|步骤|环节|阶段|关卡|处理)。$/u;
/** Such a sentence, with its scene, is short too: at most this many letters. */
const STEPS_LETTERS = 24;
const onlySaysStepsFollow = (sentence: string): boolean =>
  STEPS_AHEAD.test(sentence) && letters(sentence) <= STEPS_LETTERS;

/**
 * Whether a point only opens what follows (这个问题得分人说, 原理并不复杂) or points back at it
 * (这种情况还真不少见): it answers nothing. 关键在于空气湿度 names what it is about.
 */
export const onlyOpens = (point: string): boolean =>
  (letters(point) <= TEASER_LETTERS && (OPENS_ONLY.test(point) || /^这(?:个|种|些|样)/u.test(point))) ||
  onlySaysStepsFollow(`${point}。`);
