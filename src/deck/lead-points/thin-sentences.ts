import { letters, withoutConnective } from '../sentences.ts';
import { endsAsQuestion } from './questions.ts';

// Sentences that say nothing on a slide alone: a bare answer or verdict, an announcement, a question.

/** A question asked without its mark (最关心的问题是…划不划算): the sentence after it answers. */
const RESTATES_QUESTION =
  /(?:最关心|最常问|关心|常问)的(?:问题)?(?:是|就是)|^[^，。]{0,8}(?:会|常|常常|经常|总)问[，,：:]/u;

/** A short answer that leads a paragraph: the sentence after it says what the paragraph is about. */
const ANSWER =
  /^(?:答案是[：:]?\s*(?:看情况|不一定|分情况|因人而异)|(?:当然|确实|其实|也)?(?:是的|是|对|对的|没错|不是|不是的|不对|不|未必|不一定|不尽然|不算|算|不会|会|可以|不可以|能|不能|不用|不必|没必要|有影响|没(?:有)?影响|有关系|没(?:有)?关系)|当然|好|好的|嗯|确实)[。！!，,]?$/u;

/**
 * A verdict (错。 没用。 答：基本不能。 目前还不能。 答：不建议！ 也不行。 答案是否定的。): before a
 * sentence that says why, that sentence is the point; alone in its paragraph, it is the answer it
 * gives.
 */
/** Whether a verdict says no (不行, 目前还不能, 没用), a few words in at most. */
export const saysNo = (verdict: string): boolean => /^[^，。]{0,4}[不没别未]/u.test(verdict);

export const VERDICT =
  /^(?:(?:答|A)[：:]\s*)?(?:答案是(?:肯定|否定)的|(?:目前|现在|暂时|至今)?(?:还|仍|仍然)?(?:当然|确实|其实|也|并|基本|基本上|根本|完全)?(?:是的|是|对|对的|没错|不是|不是的|不对|错|错了|不|没有|没有的|未必|不一定|不尽然|不(?:完全|全)是|不算|算|不会|会|可以|不可以|能|不能|不用|不必|没必要|不需要|有用|没用|没有用|不建议|不推荐|不行|行|(?:真)?有可能|不可能))[。！!，,]?$/u;

/**
 * A sentence that announces what comes next (先看能源费用。 正如一位工程师所说： 我们一点点拆开来看。)
 * rather than saying it; 慢慢说，孩子才听得进去 says something.
 */
const ANNOUNCES =
  /^(?:说完[^，。]{1,8}[，,](?:再|接下来|下面)(?:来)?(?:说说|聊聊|看看|讲讲|看|说|聊|讲)|先说|先看|先来看|先给(?:大家|你)?(?:一|几)?个(?:直观的|简单的)?(?:数字|例子|结论|答案|对比|比方)|先举(?:一)?个|再看|再说|再来看|最后看|最后(?:再)?(?:说说|聊聊|讲讲|看看)|来看|下面|接下来|我们来|让我们|(?:我们|咱们)?一起来看|(?:我们|咱们)?(?:一点点|一步步|慢慢|一个一个|一个个)(?:拆开)?(?:来)?(?:看|说|聊|讲|拆|分析|回答)(?:吧|一下)?[。！!]?$|说到(?!底)|谈到|正如.{0,24}(?:所说|说的|说过|指出|写道)|这(?:是|也是|可能是)[^，。]{0,8}(?:最关心|最常问|关心|关注|常问|(?:被)?问(?:得|的)最多|被问到最多)的(?:问题|事))/u;

/**
 * A sentence that outlines the article (今天就从几个方面比一比, 这篇文章把…梳理一遍), however long:
 * the article or "we" set out what comes (not 今天很多年轻人更喜欢聊聊天), or answer it question by question
 * (我们整理了大家最常问的几个问题，一个一个来回答), or lists it below (…，把最常见的五个误区整理如下).
 */
const OUTLINES =
  /^(?:本文|这篇文章|下文|(?:今天|接下来|下面)(?:我们)?(?:就|将|会)?(?:从|按照|把|来))[^。！？]{0,40}?(?:梳理|介绍一下|聊聊(?!天)|聊一聊|比一比|比较一下|说说|讲讲|说清楚|讲清楚|说明白|讲明白|分析一下|谈谈|盘点|简要介绍|作介绍|逐一介绍)|^(?:[^，,。！？]{0,16}[，,])?(?:我们|下面|接下来|今天)[^。！？]{0,30}?(?:一个一个|一个个|逐一|一一)(?:来|地)?(?:回答|解答|拆解|分析|说明|来看|看看|说|讲|聊)(?:吧|一下)?(?:它们|这些说法)?(?:到底)?[^，。！？]{0,8}[。！!]?$|^(?:下面|接下来|今天)(?:我们)?(?:就)?分(?:几|两|三|四|五|六|七)个(?:方面|部分)[^。！？]{0,10}[。！!]?$|^(?:下面|接下来|最后)(?:我|我们)?(?:把|将)[^。！？]{0,30}(?:整理|汇总|梳理)(?:出来|一下)[^。！？]{0,20}[。！!]?$|^(?:[^。！？]{0,20}[，,])?(?:我|我们)?(?:把|将)[^。！？]{0,30}(?:整理|汇总|梳理|归纳|罗列)(?:如下|在下面)[。！!：:]?$|^(?:这篇|本篇)(?:游记|文章|笔记|攻略)?按[^。！？]{0,30}写[^。！？]{0,30}[。！!]?$|^(?:下面|接下来)(?:就|我们)?以[^。！？]{1,20}为例[，,]?[^。！？]{0,10}[。！!]?$/u;

/**
 * A sentence that only points at the question before it (这是很多人第一次听说热泵时最大的困惑。
 * 这是很多人觉得奇怪的地方。): the heading or the paragraph before asks, the sentence after answers.
 */
export const POINTS_AT_QUESTION =
  /^这(?:是|就是|也是|正是|恰恰是)(?:[^，。；]{0,20}(?:困惑|疑问|疑惑)|[^，。；]{0,6}(?:最|很|常常|经常)?容易被(?:误读|误解|误会|混淆|搞混|忽视|忽略)的[^，。；]{0,8}|(?:一个|一种)?(?:很|非常|特别|最)?常见的(?:误解|误区|误会|担心|疑问|困惑)|(?:(?:流传|传播)(?:得)?最广|最(?:常见|流行))的(?:(?:一个|一种|一条)?(?:说法|传言|误区|误解)|一条)|[^，。；]{0,6}(?:很多人|不少人|许多人|大家|人们|公众|读者|网友|家长|父母|车主|用户|患者)[^，。；]{0,14}(?:问题|地方|误区|误解)|[^，。；]{0,10}(?:纠结|犹豫|听到|听过|被问|问得|遇到|收到)(?:得|过)?最(?:久|多)的(?:一个|一种|一条)?(?:问题|反对意见|意见|质疑|说法|疑问))(?:之一)?[。！!]?$/u;

/**
 * A sentence that only says there is something to a story (这事儿还真不是空穴来风。): the sentences
 * after it say what.
 */
const NOT_GROUNDLESS =
  /^(?:说出来你(?:可能|也许)?不信[，,])?这(?:事儿?|件事|个说法|种说法|话)(?:还真|倒|也|并|确实)?(?:不是|并非)空穴来风[。！!]?$/u;

/**
 * A sentence that only says who says the quotation before it (这句话是很多儿科医生在门诊上反复强调的。):
 * the sentences after it say the paragraph's point.
 */
const WHO_SAID_IT = /^这(?:句话|段话|番话)[^，。；]{0,24}(?:强调|说过|提醒|告诫|挂在嘴边|常说)的?[。！!]?$/u;

/**
 * A sentence that says what must be known first (要理解这一点，得先知道锂离子电池是怎么充电的。):
 * the sentences after it say it.
 */
const KNOW_FIRST =
  /^要(?:理解|弄懂|搞懂|明白|弄明白|搞明白|说清楚|讲清楚|说明白|讲明白|回答)[^，。；]{0,12}[，,](?:就|首先|我们)?(?:得|要|需要)(?:先)?(?:知道|了解|弄清楚|搞清楚|弄明白|明白)[^，。；]{0,24}[。！!]?$/u;

/**
 * A sentence that says only that a result to come will surprise (…，那么一些研究的结论可能会让你感到
 * 意外。) or that there are several answers (目前的研究给出了几个可能的答案。): the sentences after it
 * say them. A finding that says it is surprising (…超过700万，令人吃惊。) says its finding.
 */
const ONLY_PROMISES =
  /(?:(?:结论|结果|答案|数据|发现|真相)[^，。；]{0,6}(?:可能|也许|或许)?会?(?:让|令)(?:你|人|很多人|不少人|大家)(?:感到|觉得)?(?:意外|吃惊|惊讶|大吃一惊|大跌眼镜|意想不到)|(?:给出了|提出了|有)(?:几|两|三|四|多)(?:个|种)(?:可能的)?(?:答案|解释|说法|假说))(?:[（(][^）)]*[）)])?[。！!]?$/u;

/**
 * What a chatty writer exclaims or announces before saying it (姐妹们！！ 但是！ 划重点！ 还有一个冷知识！
 * 这个真的要分情况！), and signs off with (好啦，今天就分享到这里！): the sentences after it say the
 * point, or nothing is left to say. Only a greeting, an interjection or a connective: a short
 * exclamation that answers (绝对不行！ 会爆炸！) or labels (**注意！**) says something.
 */
const EXCLAIMS =
  /^(?:姐妹们|宝子们|宝宝们|家人们|朋友们|小伙伴们|大家好|各位|重点来了|划重点|敲黑板|但是|可是|不过|然而|天哪|天呐|我的天|哇塞?)(?:了)?(?:啊|呀|啦|哦|哈)?[！!]+$/u;
const CHATTER =
  /^(?:(?:还有|再说|再分享|分享|最后)(?:一|几|两|三)?个[^，。！？]{0,6}(?:冷知识|小知识|小技巧|小窍门|小秘密|秘密|细节|误区|重点)|(?:这个|这|这事儿?)?(?:真的|其实|还)?(?:要|得)(?:分情况|看情况|具体情况具体分析)(?:来看|来说|讨论)?|(?:好啦|好了|好)?[，,]?(?:今天|本期|这期|这篇|流水账)?(?:就|先)?(?:分享|聊|唠|扯|说|讲|介绍|写)到这(?:里|儿)(?:了|啦|吧)?(?:[，,](?:[^，。！？]{0,12}(?:见|再见|拜拜)|\s*祝[^，。！？]{0,24})|[～~][^。！？]{0,40}(?:评论区|留言区|加油|见)[^。！？]{0,12})?|[^。！？]{0,12}(?:把)?这篇(?:文章)?(?:放在手边|收藏(?:起来)?|转给)[^。！？]{0,12}|我又来了|又见面了|下期(?:想|再|打算|准备|我们|咱们)[^。！？]{0,24}|(?:以上[，,]\s*)?(?:最后[，,]\s*)?祝(?:大家|你|各位|您)[^。！？]{0,24}|(?:看|读)到这(?:里|儿)[，,][^，。！？]{0,14}|[^。！？]{0,20}(?:就不(?:细说|展开|多说)了|不多说了)|今天(?:必须|一定要|得)聊聊这个话题|[^。！？]{0,12}(?:可以)?直接跳到[^。！？]{0,20}|(?:有问题|有什么问题|有疑问)?[，,]?(?:欢迎|可以)(?:在评论区|在留言区)?留言[^。！？]{0,16}|[^。！？]{0,16}评论区聊聊|写到这(?:里|儿)[，,][^。！？]{0,40}|(?:哈喽|嗨|hi|hello)?[，,]?\s*(?:大家好|各位好)[，,！!][^。！？]{0,12}|(?:好啦|好了)[，,][^。！？]{0,8}(?:说完|讲完|聊完)了?|谢邀|泻药|(?:不客气|不用谢|谢谢|感谢|多谢)[^，。！？]{0,8}|[^。！？]{0,16}(?:可以|欢迎)?在(?:留言区|评论区)[^。！？]{0,12})[。！!～~]*$/u;

/** A sentence without the source or citation in brackets after its end (是的。（数据来源：…）). */
export const withoutAsideBehind = (sentence: string): string =>
  sentence.replace(/(?<=[。！？!?])[（(【[][^）)】\]]*[）)】\]]$/u, '');

/** Whether a sentence is only a question, an answer (是的。) or an announcement of what follows. */
export const isThin = (written: string): boolean => {
  // An interview's answer says as little with its label (答：这是最容易被误读的一个词。).
  const sentence = written.replace(ANSWER_LABEL, '');
  return isThinSaid(sentence);
};
/** The label that opens an interview's answer (答：, A:). */
export const ANSWER_LABEL = /^(?:答|A)[：:]\s*/u;
const isThinSaid = (sentence: string): boolean =>
  ANSWER.test(withoutAsideBehind(sentence)) ||
  POINTS_AT_QUESTION.test(sentence) ||
  WHO_SAID_IT.test(sentence) ||
  NOT_GROUNDLESS.test(sentence) ||
  EXCLAIMS.test(sentence) ||
  ONLY_PROMISES.test(sentence) ||
  CHATTER.test(sentence) ||
  // A sentence that says only that what follows lists it (原因如下。); with a colon (原因如下：) it
  // heads a list, as a lead-in that says what of.
  /^[^，,。！？]{0,10}如下[。！!]?$/u.test(sentence) ||
  // A lead-in to a list that only says one follows (我总结成几句话：) says nothing the items do not.
  /^(?:我|我们)?(?:就)?(?:总结|归纳|概括)(?:成|为|了|一下)?(?:以下|下面)?(?:几|两|三|四|五)?(?:句话|点|条)[：:]\s*$/u.test(
    sentence,
  ) ||
  // A lead-in to a list that is only a connective (需要特别提醒的是：) says nothing the items do not.
  (/[：:]\s*$/u.test(sentence) && withoutConnective(sentence.replace(/[：:]\s*$/u, '，')) === '') ||
  KNOW_FIRST.test(sentence) ||
  ANSWERS_ITSELF.test(sentence) ||
  endsAsQuestion(sentence) ||
  (RESTATES_QUESTION.test(sentence) && letters(sentence) <= 40) ||
  // Only where it announces and no more: 先给个结论：洗碗机更省水。 says its conclusion.
  announcesOnly(sentence.replace(NONE_MORE, '')) ||
  OUTLINES.test(sentence) ||
  DEFERS_TO_DOCTOR.test(sentence);

/**
 * An answer a rhetorical question gives itself (…二年级的孩子能做出来吗？大家心里都清楚。): it says what
 * the question implies only with it, and the sentence after it says the point.
 */
const ANSWERS_ITSELF =
  /^(?:其实|答案)?(?:大家|我们|谁|每个人)?(?:心里)?(?:都)?(?:很)?(?:清楚|明白|心知肚明|有数)[。！!]?$|^(?:答案)?(?:不言而喻|不用我说|不用多说|显而易见)[。！!]?$/u;

/** 没有之一 (none more), which only stresses what it follows: 这是门诊里被问得最多的问题，没有之一。 */
const NONE_MORE = /[，,]没有之一(?=[。！!]?$)/u;
const announcesOnly = (sentence: string): boolean =>
  ANNOUNCES.test(sentence) &&
  letters(sentence) <= 16 &&
  !/[：:]\s*\S/u.test(sentence) &&
  !judgesWhatItAnnounces(sentence);

/**
 * A note that the reader's own case is for their doctor or a professional (需要说明的是，…还是要听接诊
 * 医生的意见。 每个案子的细节不同，文中的分析只作参考，…).
 */
const DEFERS_TO_DOCTOR =
  /^(?:需要说明的是|需要提醒的是|特别说明)[，,：:][^。！？]{0,50}(?:以|听|遵)[^。！？]{0,10}(?:医生|医嘱)[^。！？]{0,10}[。.]?$|^[^。！？]{0,20}(?:文中|本文|以上)的?(?:分析|内容|建议)?(?:只|仅)(?:作|供)参考[^。！？]{0,40}[。.]?$/u;

/**
 * Whether a sentence that announces goes on to say something of what it announces in a clause of
 * its own (下面几种常见做法，都不太建议：), which a list's lead-in then says.
 */
function judgesWhatItAnnounces(sentence: string): boolean {
  const clauses = sentence.replace(/[。！!：:\s]+$/u, '').split(/[，,]/u);
  const last = clauses.at(-1) ?? '';
  return clauses.length > 1 && letters(last) >= 4 && !ANNOUNCES.test(last) && !OUTLINES.test(last);
}
