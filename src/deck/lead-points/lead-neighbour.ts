import { namesItem } from '../inline-lists.ts';
import type { DeckLimits } from '../limits.ts';
import {
  asPoint,
  corrects,
  letters,
  measuresQuantity,
  PARTLY_WRONG,
  REPORTS,
  shorten,
  turnsWithin,
  withoutConnective,
} from '../sentences.ts';
import { width } from '../text-width.ts';
import { answersQuestion, NAMED_ANSWER_LETTERS, NAMES_ANSWER } from './answers.ts';
import {
  ACTS_ON_BELIEF,
  ANOTHER_TOPIC,
  BELIEF,
  callsBeliefWrong,
  callsWrong,
  EMPTY_CORRECTION,
  GRANTED_PART,
  GRANTS,
  GUESSES,
  HOLDS_A_VIEW,
  INSTRUCTS,
  JUDGES_DOING,
  NAMES_MYTH,
  PARTLY_WRONG_LETTERS,
  SAID_OFTEN,
  saidWithCorrection,
  statesBelief,
  WORRIES,
} from './beliefs.ts';
import { endsAsQuestion } from './questions.ts';
import { denyingReply, isQuotation, quotationItNames } from './quotations.ts';
import { isShortOpener, isTeaser, NAMES_WHAT_IT_TURNS_ON } from './teasers.ts';
import { isThin } from './thin-sentences.ts';
import {
  CONCEDES,
  EXAMPLE,
  MOVES_ON,
  QUALIFIES,
  REASSURES,
  TURNS,
  TURNS_ON,
  withoutTurn,
  workedOut,
} from './turns.ts';

// A lead that cannot stand alone, said with the sentence before or after it.

/**
 * The lead `found` with the sentence before or after it where it cannot stand alone: a question
 * its answer leans on, a correction of the belief it states, what its teaser opens. `teaserJoins`
 * says whether a teaser may take the sentence after it (a long paragraph's further stretches say
 * more; its short lead leaves them the room, unless it gets none); `listed`, whether it leads a
 * list's item, whose name may be its first sentence.
 */
export function withNeighbour(
  found: string,
  all: readonly string[],
  limits: DeckLimits,
  teaserJoins: boolean,
  listed = false,
  opensShort = false,
): string {
  const at = all.indexOf(found);
  const next = all[at + 1];
  const bare = found.replace(/[。！!]$/u, '');
  // An answer that leans on the question before it (…为什么非得用超级计算机？因为计算量大得惊人。)
  // is said with the question, as far as it asks (its last clause), where that is short.
  // One that only opens what the next sentence says (答案藏在…。它以…) is said with that instead, as
  // a teaser is, and with the question where all fit; last in its paragraph, with the question.
  const opensNext = next !== undefined && !isThin(next) && isTeaser(found);
  const asked = opensNext ? undefined : answersQuestion(found, all[at - 1]);
  // 答案是 says no more once the question is there: …去了哪里？几乎全部变成了热量。
  if (asked) {
    const answer = asPoint(found.replace(NAMES_ANSWER, ''));
    // A named answer of a few words (答案就是价格和容量。) is said with the sentence after it, which
    // says why, where a cut of both keeps some of that.
    if (
      NAMES_ANSWER.test(found) &&
      letters(answer) <= NAMED_ANSWER_LETTERS &&
      next &&
      !isThin(next) &&
      !TURNS.test(next)
    ) {
      const opening = `${asked}${answer}：`;
      const withWhy = `${opening}${asPoint(next)}`;
      const cut = shorten(withWhy, limits.maxPointChars, width);
      if (cut.startsWith(opening) && letters(cut.slice(opening.length)) >= NAMED_ANSWER_LETTERS)
        return withWhy;
    }
    return `${asked}${found.replace(NAMES_ANSWER, '')}`;
  }
  // What a quotation before it is (“…费水费电吧？”这是很多人的第一反应。) is said with it.
  const quoted = quotationItNames(found, all[at - 1]);
  if (quoted) return `${quoted}${found}`;
  if (!next) return found;
  // A condition whose outcome is only that it goes beyond something (如果…提不起兴趣的情况，那就不只是
  // 习惯问题了。) leaves what it is to the next sentence (这可能是老年抑郁的信号，建议…): the two are said
  // as one, the condition and what it is.
  const beyond = GOES_BEYOND.exec(bare);
  if (beyond && /^(?:如果|假如|要是|一旦|若)/u.test(asPoint(bare)) && !isThin(next)) {
    const condition = bare.slice(0, beyond.index);
    const whole = `${condition}，${asPoint(next)}`;
    // Cut, the condition gives way to what it is (如果你发现父亲刷手机的同时……这可能是老年抑郁的信号…).
    const opening = condition.split(/[，,]/u)[0] ?? condition;
    const brief = `${opening}……${asPoint(next)}`;
    return width(asPoint(whole)) > limits.maxPointChars &&
      opening !== condition &&
      width(brief) <= limits.maxPointChars
      ? brief
      : whole;
  }
  // The sentence after next, where a turn or what is true may come after a grant or a verdict.
  const afterNext = all[at + 2];
  // Words quoted as what people say (“就开十分钟，抱着就行。”…这样的话，很多家长都说过。) are a belief:
  // said with the sentence that corrects them, not as a quotation the deck stands behind.
  const said = [next, afterNext].findIndex((sentence) => sentence !== undefined && SAID_OFTEN.test(sentence));
  const against = said >= 0 ? all[at + 2 + said] : undefined;
  // A bare 可 turns too (可交通事故从来不挑路程长短), as corrects() reads it.
  if (isQuotation(found) && against !== undefined && corrects(against))
    return saidWithCorrection(`${found.trim().replace(/[。！!]?(?=[”」"]$)/u, '')}；`, against, limits);
  // A belief that says it is wrong and no more (很多人以为…，其实不然。) is said with what is true.
  // So is one the next sentence calls wrong and no more (…第一反应是“完了”。其实不然。): what is true follows.
  if (
    BELIEF.test(found) &&
    EMPTY_CORRECTION.test(`，${next.replace(/[。！!]$/u, '')}`) &&
    afterNext &&
    !isThin(afterNext)
  )
    // Said in the writer's words where they grant a part (其实不完全是这样), not as 其实不然.
    return saidWithCorrection(
      `${bare}，${/不(?:完全|全|尽)是这样|不尽然/u.test(next) ? next.replace(/[。！!]$/u, '') : '其实不然'}：`,
      afterNext,
      limits,
    );
  // So is what many people do, thinking it right, that the next sentence calls a myth and no more
  // (很多人把灭火器锁在储物间里，觉得…。这恰恰是个误区。), in the writer's words: what is right follows.
  // Where nothing after the verdict says what is right (it ends the paragraph, asks, or moves on:
  // 另外，过期药要及时清理…), the belief is said with the verdict alone, never without it.
  const verdict = next.trim().replace(/[。！!]$/u, '');
  if ((BELIEF.test(found) || ACTS_ON_BELIEF.test(found)) && callsWrong(`，${verdict}`)) {
    if (afterNext && !isThin(afterNext) && !ANOTHER_TOPIC.test(afterNext) && !endsAsQuestion(afterNext))
      return saidWithCorrection(`${bare}；${verdict}：`, afterNext, limits);
    return saidWithCorrection(`${bare}；`, next, limits);
  }
  // One it calls wrong itself (…第一反应是泼水，这是非常危险的。) is said with why, in the writer's words.
  if (callsBeliefWrong(found) && !isThin(next)) return saidWithCorrection(`${bare}：`, next, limits);
  const emptyCorrection = EMPTY_CORRECTION.exec(bare);
  if (emptyCorrection && BELIEF.test(found) && !isThin(next))
    return saidWithCorrection(`${bare.slice(0, emptyCorrection.index)}，其实不然：`, next, limits);
  // What many people believe, corrected by the next sentence (事实上，…), is said with its
  // correction (one that grants it a moment first, 听起来很有道理，但…, from its turn); one that
  // corrects itself (很多人担心…，其实…) is its own point.
  // A concession between them (有人会说：“…”确实有少数猫…。但牛奶…) is passed over for the turn.
  // A belief the next sentence only calls partly wrong (有人说，加点糖…发酵更快。这话不全对。) is said
  // with both and what is true after them (…，但糖放多了…), from its turn where it grants a part
  // first, where all three fit: the verdict alone leaves the viewer to guess which part.
  if (
    BELIEF.test(found) &&
    !turnsWithin(found) &&
    afterNext !== undefined &&
    !isThin(afterNext) &&
    PARTLY_WRONG.test(next) &&
    corrects(next) &&
    !/[，,；;：:]/u.test(asPoint(next)) &&
    letters(next) <= PARTLY_WRONG_LETTERS
  ) {
    const turnAt = [...afterNext.matchAll(/[，,；;]\s*(?=但|不过|可是|然而)/gu)].at(-1);
    const truth = turnAt ? withoutTurn(afterNext.slice((turnAt.index ?? 0) + turnAt[0].length)) : afterNext;
    const lead = `${asPoint(found)}；${asPoint(next)}：`;
    const said = saidWithCorrection(lead, truth, limits);
    if (said.startsWith(lead)) return said;
  }
  // What the sentence before describes, which the next calls unsafe or wrong (有人舍不得，把…刮掉继续吃。
  // 这样做不安全：…), is said with it, whoever does it: alone, it reads as advice.
  if (JUDGES_DOING.test(next)) {
    const said = saidWithCorrection(`${asPoint(found)}；`, next, limits);
    // Where both do not fit, what is done said by its first clause (有的子女干脆把父母的手机收走)
    // rather than dropped: alone, 这样做… points at nothing.
    const done = asPoint(found).split(/[，,]/u)[0] ?? '';
    if (said.startsWith(asPoint(found)) || letters(done) < 6 || done === asPoint(found)) return said;
    const shorter = saidWithCorrection(`${done}；`, next, limits);
    return shorter.startsWith(done) ? shorter : said;
  }
  // A misconception named and no more (还有一种常见误区是“血压正常了就停药”。) is said with what sets it
  // right: the next sentence where it corrects, else what the paragraph tells the reader to do
  // (需要提醒的是，减药、换药或停药，都必须在医生指导下进行。), else the next sentence, which says
  // why it is wrong (抗生素只对细菌有效，…). Alone, the slide names a mistake and leaves it standing.
  if (NAMES_MYTH.test(found) && !turnsWithin(found) && !isThin(next)) {
    const rest = all.slice(at + 1).map((sentence) => withoutConnective(sentence));
    // One that corrects keeps its turn (其实…), as a belief's correction does. What the paragraph
    // tells the reader to do is no restatement of the myth (很多老人认为孩子必须…) nor a guess (这应该是…).
    const told = corrects(next)
      ? next
      : rest.find(
          (sentence) => INSTRUCTS.test(sentence) && !HOLDS_A_VIEW.test(sentence) && !GUESSES.test(sentence),
        );
    const why = rest.find((sentence) => !HOLDS_A_VIEW.test(sentence) && !GUESSES.test(sentence)) ?? next;
    return saidWithCorrection(`${asPoint(found)}；`, told ?? why, limits);
  }
  // A worry many people have (不少患者对降压药有顾虑，担心“一吃就停不下来”) that someone who knows
  // answers (李明医生解释说：“降压药不存在成瘾性。…”) is said with the answer's first sentence: alone,
  // the worry reads as what the article found.
  const reply = WORRIES.test(found) && !turnsWithin(found) ? denyingReply(next) : undefined;
  if (reply) {
    const whole = `${asPoint(found)}；${reply}`;
    // Where both do not fit, the worry is said from its own clause (担心“一吃就停不下来”…).
    const worry = /[，,]((?:担心|害怕)[^，,；;]*)$/u.exec(asPoint(found))?.[1];
    const brief = worry === undefined ? undefined : `${worry}；${reply}`;
    if (width(whole) > limits.maxPointChars && brief !== undefined && width(brief) <= limits.maxPointChars)
      return brief;
    return saidWithCorrection(`${asPoint(found)}；`, reply, limits);
  }
  const granted =
    afterNext !== undefined && CONCEDES.test(next) && !turnsWithin(next) && TURNS.test(afterNext);
  const correction = (granted ? afterNext : next).replace(GRANTS, '');
  if ((BELIEF.test(found) || ACTS_ON_BELIEF.test(found)) && !turnsWithin(found) && corrects(correction)) {
    const said = saidWithCorrection(`${asPoint(found)}；`, correction, limits);
    // A correction that grants a part first (其实少量的糖确实能…；但糖放多了…) keeps its turn where
    // the cut would keep only the part granted.
    const turned = correction.replace(GRANTED_PART, '');
    const turnSays = asPoint(turned).split(/[，,；;：:]/u)[0] ?? '';
    if (turned === correction || shorten(asPoint(said), limits.maxPointChars, width).includes(turnSays))
      return said;
    return saidWithCorrection(`${asPoint(found)}；`, turned, limits);
  }
  // A reassurance the next sentence turns from (偶尔一两晚睡不好，不必担心。但如果每周至少3晚…，
  // 建议就诊。) is said with that turn, where the warning lies: alone, it told the viewer not to worry.
  if (REASSURES.test(found) && TURNS.test(next) && !isThin(next))
    return saidWithCorrection(`${asPoint(found)}；`, next, limits);
  // So is what a sentence grants (亚硝酸盐确实是个值得警惕的物质…。但关键在于剂量。): alone, it says
  // the half the article goes on to set right. A turn that only opens (但关键在于剂量。) is said
  // with the sentence after it.
  // The turn may come a sentence later (猫确实有一种“翻正反射”…。这让猫…存活率比其他动物高。但…).
  if (
    CONCEDES.test(found) &&
    !turnsWithin(found) &&
    !TURNS.test(next) &&
    afterNext &&
    TURNS.test(afterNext) &&
    !isThin(afterNext)
  )
    return saidWithCorrection(`${asPoint(found)}；`, afterNext, limits);
  // A turn that asks (但问题在于，…锻炼的是谁的动手能力？) turns as much as one that tells.
  if (
    CONCEDES.test(found) &&
    !turnsWithin(found) &&
    TURNS.test(next) &&
    (!isThin(next) || endsAsQuestion(next))
  ) {
    if (!isTeaser(next) || !afterNext || isThin(afterNext))
      return saidWithCorrection(`${asPoint(found)}；`, next, limits);
    const turn = `${next.replace(/[。！!]$/u, '')}：${asPoint(afterNext)}`;
    const said = saidWithCorrection(`${asPoint(found)}；`, turn, limits);
    // Where the grant leaves no room for what the turn opens (…规定，限值是每升1毫克), the turn alone.
    const opened =
      asPoint(afterNext)
        .split(/[，,；;：:]/u)
        .at(-1) ?? '';
    return shorten(asPoint(said), limits.maxPointChars, width).includes(opened) ? said : withoutTurn(turn);
  }
  // A paragraph of two sentences that ends on a turn from its lead (…刚来时手很笨，补一个洞要大半天。
  // 但她坐得住，三年以后…) says its point there: alone, the lead says what the paragraph overturns.
  // Not a figure the turn only qualifies (…1700毫升。但这只是一个参考值…) or makes an exception to
  // (但如果…): the lead still says the point. Only where the point keeps where the turn ends up: cut
  // after its first clause (…；但每当我们看着世界地图……), it says less than the lead.
  if (
    at === 0 &&
    all.length === 2 &&
    TURNS.test(next) &&
    !QUALIFIES.test(withoutTurn(next)) &&
    // Nor one that only reassures (但也不必过分紧张): it says less than the lead.
    !REASSURES.test(next) &&
    !/\d/u.test(found) &&
    !turnsWithin(found) &&
    !isThin(next) &&
    !isTeaser(found)
  ) {
    const turned = saidWithCorrection(`${asPoint(found)}；`, next, limits);
    if (!shorten(asPoint(turned), limits.maxPointChars, width).endsWith('…')) return turned;
  }
  // A worked example (以第二种为例：小王…。汇算时补上，…，能退3600元。) is said with how it comes out,
  // the last clause of its last sentence, where the two do not fit whole: without it, the example
  // stops before its point.
  const outcome =
    EXAMPLE.test(found) && at === 0 && all.length >= 2 ? workedOut(bare, all, limits) : undefined;
  if (outcome !== undefined) return outcome;
  // A paragraph of two sentences whose second says what tends to follow from the first (…越来越多的买家
  // 会查召回记录。一辆有未完成召回的车，往往要被压价。) says both where they fit: alone, the lead leaves
  // out why it matters.
  const followed = `${bare}；${asPoint(next)}`;
  if (
    at === 0 &&
    all.length === 2 &&
    TENDS_TO.test(next) &&
    !TURNS.test(next) &&
    // A lead that only opens what follows is said with it below, after a colon.
    !isTeaser(found) &&
    !isShortOpener(found) &&
    !isThin(next) &&
    width(followed) <= limits.maxPointChars
  )
    return followed;
  // A lead with no figure whose next sentence gives the one that makes it usable (雷声停了以后，也不要
  // 马上跑出去玩。专家建议，等最后一声雷响过30分钟后，再到户外活动比较安全。) says both where they fit whole.
  const figured = `${bare}${/[：:]/u.test(asPoint(next)) ? '，' : '：'}${asPoint(next)}`;
  if (
    at === 0 &&
    teaserJoins &&
    !/\d/u.test(found) &&
    measuresQuantity(next) &&
    // Not a belief with a figure in it (很多人以为只躲10分钟不会有事): it would read as the advice.
    !statesBelief(next) &&
    !TURNS_ON.test(next) &&
    !MOVES_ON.test(next) &&
    !isThin(next) &&
    width(figured) <= limits.maxPointChars
  )
    return figured;
  // A short lead whose paragraph, a sentence or more later, grants a part and ends on a turn from
  // it (新制度并不是人人欢迎。有报纸抱怨：“…”确实，…没有法律依据。但人们很快发现，…都自愿跟着改了。)
  // says where the story ended up with it, where both fit: alone, the lead gives the half the
  // paragraph turns from.
  const last = all.at(-1) ?? '';
  const grant = all[all.length - 2] ?? '';
  const endedUp = `${bare}；${asPoint(last)}`;
  if (
    at === 0 &&
    // A grant right after the lead is said with its turn below (这个说法只对了一半：兽医发现，…).
    all.length >= 4 &&
    isShortOpener(found) &&
    CONCEDES.test(grant) &&
    !turnsWithin(grant) &&
    TURNS.test(last) &&
    !QUALIFIES.test(withoutTurn(last)) &&
    !REASSURES.test(last) &&
    !isThin(last) &&
    width(endedUp) <= limits.maxPointChars
  )
    return endedUp;
  // A short lead that only opens the subject (光纤宽带的原理并不复杂。) says little alone: the
  // sentence after it says what it opens, as far as the point has room.
  // So does a paragraph that opens on its place in a sequence and a name (步骤三：切片。 第二，拉丝。).
  const ordinal = ORDINAL.exec(found);
  const named =
    ordinal !== null &&
    /[。！!]$/u.test(found) &&
    namesItem(found.slice(ordinal[0].length), STEP_NAME_LETTERS);
  const teaser = isTeaser(found);
  // A short lead that is no teaser, where the slides have room to say it with what follows.
  const shortLead = opensShort && !teaser && isShortOpener(found);
  const opens = teaser || (listed && /[。！!]$/u.test(found) && namesItem(found)) || named || shortLead;
  // A short lead the next sentence turns or goes on from (我一开始很烦。后来才明白，…) is said with
  // it after ；, its turning word kept, where both fit whole: where it came to is the point.
  const turnedTo = `${bare}；${next.trim().replace(/[。！!]$/u, '')}`;
  if (
    shortLead &&
    TURNS_ON.test(next) &&
    // Not one that only reassures (术后要按时滴眼药水。但也不必过分紧张。): it says less than the lead.
    !REASSURES.test(next) &&
    !isThin(next) &&
    width(turnedTo) <= limits.maxPointChars
  )
    return turnedTo;
  // What is only a part of the matter (…只是问题的一小部分。) is said with what the next sentence says
  // is the rest (…才是家长真正需要花心思的地方。), where both fit: alone, it plays the matter down.
  const onlyPart = `${bare}；${asPoint(next)}`;
  if (ONLY_A_PART.test(bare) && /才是/u.test(next) && width(onlyPart) <= limits.maxPointChars)
    return onlyPart;
  // Nor to a belief (可以，只要商品完好。很多消费者以为，包装一拆就不能退了…): said after the lead's colon,
  // it would read as what the lead opens, the deck's own claim. One that corrects itself
  // (很多人以为…，其实现行规则早就不看腰了) says what is true.
  const believed = statesBelief(next) && !turnsWithin(next);
  if (teaserJoins && opens && !isThin(next) && !MOVES_ON.test(next) && !believed) {
    // What a teaser that calls a view half right (这个说法只对了一半。) opens is the turn after what
    // it grants (猫在放松的时候确实会打呼噜…。但兽医发现，…), not the half granted.
    if (CONCEDES.test(next) && !turnsWithin(next) && afterNext && TURNS.test(afterNext) && !isThin(afterNext))
      return `${bare}：${asPoint(withoutTurn(afterNext))}`;
    // After a colon of its own (步骤三：切片), the next sentence is set off with ；; a teaser, before
    // one (关键在于“引力差”，月球对地球各处的引力并不一样：…), with a comma, not a second colon.
    // A short lead's next sentence that only comments on it (读完了四本书。这在以前是不可能的。)
    // says no more of it than a comma does.
    const comments =
      shortLead && !named && !(listed && namesItem(found)) && /^这(?![些种样里])/u.test(asPoint(next));
    const joint =
      (ordinal && /[：:]/u.test(ordinal[0])) || NAMES_WHAT_IT_TURNS_ON.test(bare)
        ? '；'
        : comments || (!named && /[：:]/u.test(asPoint(next)))
          ? '，'
          : '：';
    const said = `${bare}${joint}${asPoint(next)}`;
    // Who found it (2013年一项…系统综述发现：…) gives way to what they found where both do not fit:
    // the finding is what the teaser opens, and two colons read as one list.
    const report = REPORTS.exec(next);
    const reported = report && !/[：:“”]/u.test(next.slice(0, report.index));
    if (reported && width(said) > limits.maxPointChars) {
      // Cut to the room, where the cut keeps a figure of what was found or all of it: one that
      // kept only its subject (经常把电量充到百分之百并长时间停放的车辆……) would say nothing found.
      const finding = shorten(
        asPoint(next.slice(report.index + report[0].length).trim()),
        limits.maxPointChars - width(bare) - 1,
        width,
      );
      if (!finding.endsWith('…') || measuresQuantity(finding)) return `${bare}：${finding}`;
    }
    // So does the source it cites (根据联合国环境规划署2023年的评估报告，…): what it says is the point.
    // So does the law it cites (《消费者权益保护法》第二十五条规定，…): what the rule says is the point.
    const cited =
      /^(?:(?:根据|依据|据)[^，,。：:“”]{2,30}|《[^》]{2,24}》(?:第[一二三四五六七八九十百零\d]+条)?(?:明确)?(?:规定|要求))[，,]/u.exec(
        asPoint(next),
      );
    if (cited && width(said) > limits.maxPointChars) {
      const rest = asPoint(next).slice(cited[0].length);
      return `${bare}${joint}${shorten(rest, limits.maxPointChars - width(bare) - 1, width)}`;
    }
    // A step's name stays whole where what it says must be cut (第三，合同怎么签：…): a cut of the
    // two as one sentence could keep the ordinal alone (第三……但实际上…).
    if (named && !shorten(said, limits.maxPointChars, width).startsWith(bare)) {
      return `${bare}${joint}${shorten(asPoint(next), limits.maxPointChars - width(bare) - 1, width)}`;
    }
    return said;
  }
  return found;
}

/**
 * A sentence's place in a sequence, said at its start (步骤三：, 第二，, 第3步：, 第一个是, 其次是,
 * 一是, 错误一：).
 */
const ORDINAL =
  /^(?:(?:步骤|第)[一二三四五六七八九十\d]+(?:步|点|条|个|种)?[：:，,、]|第[一二三四五六七八九十\d]+(?:个|点|种|条)是|(?:最主要的|首先|其次|再次|最后)是|[一二三四五六七八九十]是(?=\p{Script=Han})|(?:错误|误区|问题|方法|技巧|建议|坑)[一二三四五六七八九十\d]+[：:])\s*/u;

/** Most letters of a step's name after its place (切片, 加量太快, 冬天穿着厚羽绒服坐座椅). */
const STEP_NAME_LETTERS = 14;

/** What tends to follow (往往要被压价, 往往会…, 就会…). */
const TENDS_TO = /往往(?:会|要|就)|(?<!也)就(?:会|要)/u;

/** A sentence that says what it names is only part of the matter (…只是问题的一小部分。). */
const ONLY_A_PART = /只是(?:问题|事情|故事|其中)?的?(?:一小部分|一部分|一方面|一个方面|第一步)$/u;

/** A clause that says only that a case goes beyond something (，那就不只是习惯问题了). */
const GOES_BEYOND = /[，,](?:那)?(?:就|可就|也就)?(?:不只是|不仅仅是|不单是|不止是|不再是)[^，,。]{1,10}了$/u;
