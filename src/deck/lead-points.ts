import type { Paragraph } from '../article/types.ts';
import { inlineList, namesItem } from './inline-lists.ts';
import type { DeckLimits } from './limits.ts';
import { pointsToOriginal } from './original-link.ts';
import {
  asPoint,
  BARE_KE,
  corrects,
  FOLLOWS_FROM,
  HOLD,
  length,
  letters,
  measuresQuantity,
  PARTLY_WRONG,
  REPORTS,
  sentences,
  shorten,
  turnsWithin,
  withEndKept,
  withoutConnective,
  words,
} from './sentences.ts';
import { CONTINUED_MARK, chunk, chunkPoints, pointsFit, sum } from './slide-chunks.ts';
import { width } from './text-width.ts';

// The points the article's paragraphs make, when the spec curates none: their lead sentences.

/** The lead sentence of a paragraph (or of a stretch of its sentences), shortened to fit on a slide. */
function leadPoint(
  paragraph: Paragraph,
  limits: DeckLimits,
  all = sentences(paragraph.text),
  joinsTeaser = false,
  joinsOpener = false,
): string {
  const label = boldLabel(paragraph, all);
  // An item of a numbered list keeps its number (before a label too: 1. 水温：…): the order is
  // part of what it says.
  const { within } = paragraph;
  const number = within?.kind === 'list' && within.ordered ? `${within.number}. ` : '';
  if (label !== undefined) {
    const { within: _, ...plain } = paragraph;
    const room = { ...limits, maxPointChars: limits.maxPointChars - width(number) };
    return number + labelledPoint(plain, label, room, all.slice(1), joinsTeaser, joinsOpener);
  }
  // A lead that only asks, answers or announces (为什么5G更快？ 是的。 先看能源费用。) says nothing
  // on a slide read alone: the first sentence after it that says something does.
  // A sentence that sums the paragraph up (总之，… 如果只记一句话，那就是：…) says its point.
  // So does one the writer set in bold after the lead (…外人很难理解。我们的口头禅是：**差一纳秒，偏三十厘米。**).
  const bold = emphasised(paragraph, all);
  const found =
    all.slice(1).find(
      (sentence) =>
        (SUMS_UP.test(sentence) ||
          RECOMMENDS.test(sentence) ||
          LOCATES_PROBLEM.test(sentence) ||
          LEARNT.test(sentence) ||
          STATES_VIEW.test(sentence) ||
          answersAsked(sentence, all) ||
          // A belief the writer calls wrong or dangerous in its own sentence (很多人的第一反应是泼水，
          // 这是非常危险的。) is what a lead that sets the scene (油锅起火是最常见的火情之一。) leads to;
          // not one that says what to do (油锅起火时，应立即关火并盖上锅盖。), the paragraph's advice.
          (callsBeliefWrong(sentence) && !ADVISES.test(all[0] ?? '')) ||
          // In a diary's entry, a belief its own sentence corrects, or what the writer thought and how
          // it turned out, says more than the day's event.
          (DATED.test(paragraph.text) && (correctsItself(sentence) || TURNED_OUT.test(sentence)))) &&
        !isThin(asPoint(sentence)),
    ) ??
    bold ??
    // So does a tally of what it counted (算下来，…), unless the writer set a claim in bold.
    (paragraph.bold?.length
      ? undefined
      : all.slice(1).find((sentence) => TALLIES.test(sentence) && !isThin(asPoint(sentence)))) ??
    all
      .slice(0, 3 + questionsFirst(all))
      .find((sentence) => !isThin(sentence) && !VERDICT.test(withoutAsideBehind(sentence))) ??
    all[0] ??
    paragraph.text;
  // A verdict on a question the paragraph asks itself (有人问我，要不要加装储能电池…？就目前的价格来说，
  // 我不建议。) answers it only with it: alone, it could read as a verdict on the section's subject.
  const asked = questionItAnswers(found, all);
  if (asked !== undefined)
    return number + shorten(`${asked}${asPoint(found)}`, limits.maxPointChars - width(number), width);
  // So is any answer to a short question just before it (酵母怎么选？家里常用的是即发干酵母…), where
  // both fit whole: alone, it answers nothing the slide asks.
  const question = shortQuestionBefore(found, all);
  const room = limits.maxPointChars - width(number);
  // A sentence that takes up the questions before it (带着这些问题，我们请教了…) says nothing of them:
  // the questions, which the talk goes on to answer, are the point, where they fit.
  const asks = all.slice(0, all.indexOf(found));
  if (TAKES_UP_QUESTIONS.test(found) && asks.length >= 2 && questionsFirst(all) >= asks.length) {
    const questions = asks.map((sentence) => withoutConnective(sentence).trim()).join('');
    if (width(questions) <= room) return number + questions;
  }
  // An answer that grants a part, or ends its paragraph on a turn (算钱的话，…。但…这份乐趣是买不来的。),
  // answers with the turn: alone, it gives the answer the writer turns from.
  const turn = turnAfterAnswer(found, all);
  if (question !== undefined && turn !== undefined) {
    const said = saidWithCorrection(`${question}${asPoint(found)}；`, turn, {
      ...limits,
      maxPointChars: room,
    });
    if (said.startsWith(question) && width(asPoint(said)) <= room) return `${number}${asPoint(said)}`;
    // Cut, one from a point of view keeps its question and its turn (划算吗？算钱的话……但…买不来的); a
    // grant is said with its turn below, as it is without a question.
    const cut = shorten(asPoint(said), room, width);
    if (!CONCEDES.test(found) && cut.startsWith(question) && !cut.endsWith('…')) return `${number}${cut}`;
  }
  // A list's item often opens on its name alone (1. 违约金。部分银行规定…).
  const lead = withNeighbour(
    found,
    all,
    limits,
    joinsTeaser || joinsOpener || length(paragraph.text) < LONG_PARAGRAPH,
    within?.kind === 'list',
    joinsOpener,
  );
  // An answer that only opens what the next sentence says (…叫个大概？研究人员也考虑到了这一点。如果…)
  // answers with it, the question said too where all fit; with the question alone, it says nothing.
  const opensOnly =
    lead !== found &&
    lead.startsWith(found.replace(/[。！!]$/u, '')) &&
    (isTeaser(found) || REFERS_BACK.test(found));
  if (question !== undefined && turn === undefined) {
    const answer = opensOnly ? lead : found;
    if (width(`${question}${asPoint(answer)}`) <= room) return `${number}${question}${asPoint(answer)}`;
  }
  // A sentence that is only a connective (总之，) is kept as written rather than left empty.
  // One set in bold after the lead stands alone, without the turn that tied it to the lead.
  const said = asPoint(lead) || lead;
  const plain = namedSpeaker(found === bold ? withoutTurn(said) : said, found, all[0]);
  // A verdict that says no (不行。 不建议！), passed over for the reason after it, labels that reason
  // (不行：大多数拉唑类药物怕酸…): alone, the reason does not say which way the answer goes.
  const verdict =
    found === all[1] && lead === found && all[0] !== undefined && VERDICT.test(withoutAsideBehind(all[0]))
      ? asPoint(all[0].replace(ANSWER_LABEL, ''))
          .replace(/[！!。，,]+$/u, '')
          .replace(/^(?:也|并|当然|其实|确实|根本|完全)+(?=[不没别未])/u, '')
      : '';
  const point = verdict && saysNo(verdict) && !/[：:]/u.test(plain) ? `${verdict}：${plain}` : plain;
  // A verdict after the question it answers (有人会问：能不能直接用菌粉？当然可以。), passed over for the
  // sentence that says why, is said with both where they fit: the reason alone answers nothing asked.
  const at = all.indexOf(found);
  const verdictBefore = at >= 2 && lead === found ? all[at - 1] : undefined;
  const questionBefore = all[at - 2];
  if (
    verdictBefore &&
    questionBefore &&
    VERDICT.test(withoutAsideBehind(verdictBefore)) &&
    endsAsQuestion(questionBefore)
  ) {
    const question = askedIn(questionBefore);
    const yes = asPoint(verdictBefore.replace(ANSWER_LABEL, '')).replace(/[！!。，,]+$/u, '');
    const said = `${number}${question}${yes}：${plain}`;
    if (
      !pointsBack(question) &&
      letters(question) <= SHORT_QUESTION_LETTERS &&
      width(said) <= limits.maxPointChars
    )
      return said;
  }
  // A quotation's point is shown as one (“…”): on a slide alone it would read as the deck's claim.
  // Quotation marks inside it become single ones (“…菜‘隔了夜’…”), as Chinese nests them.
  // Said whole where it fits: cut to one sentence with no mark, it would read as the whole quotation.
  if (within?.kind === 'quote' && !/^[“「『"]/u.test(point)) {
    const whole = asPoint(paragraph.text);
    const fits = all.length > 1 && width(whole) + 2 <= limits.maxPointChars;
    // Where it does not, the sentence said is marked as part of it (“孩子哭，是在表达情绪，不是在求救……”).
    // Who said it, after a dash (…我该怎么办？——读者 小林), is no sentence of it.
    const quoted = SAID_BY.exec(whole)?.[1] ?? whole;
    const part = sentences(quoted).length > 1 && !point.endsWith('…') ? `${point}……` : point;
    return quotationPoint(fits ? whole : part, limits);
  }
  // A paragraph that weighs a good side against a bad one (优点是…。不足之处在于…) is shown with both.
  const against = lead === found ? downsideAfter(found, all) : undefined;
  if (against) {
    // Each side as much room as the other needs least: whole where both fit.
    const bad = asPoint(against);
    const half = Math.floor((room - 1) / 2);
    const good = shorten(point, room - 1 - Math.min(width(bad), half), width);
    return `${number}${good}；${shorten(bad, room - width(good) - 1, width)}`;
  }
  // Who speaks, too long to say with the quotation (一位湿法回收企业的技术总监告诉我们：“…”),
  // gives way to it: the quotation says the point.
  // Where the lead-in ends on a name or a title of a few letters (李明医生说, 从事房产纠纷的律师王芳提醒),
  // that stays as the quotation's label (律师王芳：“…”), where the quotation keeps half the room:
  // without it, the words read as the deck's own.
  const quoted = QUOTED.exec(point);
  if (width(point) > room && quoted?.[1] && quoted[2] && onlySaysWhoSpeaks(quoted[1])) {
    const who = whoSpeaks(quoted[1]);
    const labelled = who && labelledQuotation(who, quoted[2], room);
    return number + (labelled ?? shorten(quoted[2], room, width));
  }
  // Cut by its width: a sentence with Latin words in it fills the line a Chinese one would.
  return number + shorten(point, room, width);
}

/** Letters of a bold span that says a point, at least (not a bold word or name). */
const EMPHASIS_LETTERS = 6;

/**
 * The first sentence after the lead that the writer set in bold to its end, from its start or
 * after its colon (我们的口头禅是：**差一纳秒，偏三十厘米。** 但它有一个特别的地方：**一年里只有大约
 * 四个月能走**。); undefined where none is.
 */
function emphasised(paragraph: Paragraph, all: readonly string[]): string | undefined {
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
 * How many questions open a paragraph (跑步到底伤不伤膝盖？疼了要不要停？跑鞋该怎么选？): the first
 * sentence that says something may come after all of them.
 */
const questionsFirst = (all: readonly string[]): number => {
  const at = all.findIndex((sentence) => !endsAsQuestion(sentence));
  return at < 0 ? all.length : at;
};

/**
 * The lead `found` with the sentence before or after it where it cannot stand alone: a question
 * its answer leans on, a correction of the belief it states, what its teaser opens. `teaserJoins`
 * says whether a teaser may take the sentence after it (a long paragraph's further stretches say
 * more; its short lead leaves them the room, unless it gets none); `listed`, whether it leads a
 * list's item, whose name may be its first sentence.
 */
function withNeighbour(
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

/** A sentence that turns from the one before it (但…, 不过…). */
// A bare 可 turns where it opens a sentence (可现实往往是：…), not 可以 or 可见, as corrects() reads it.
const TURNS = new RegExp(`^(?:但是?|不过|可是|然而|${BARE_KE})`, 'u');
/** `sentence` without the word it turns with (但兽医发现，… gives 兽医发现，…). */
export const withoutTurn = (sentence: string): string =>
  sentence.replace(TURNS, '').replace(/^[，,]\s*/u, '');
/** The most letters of a sentence that only calls a view partly wrong (这话不全对。). */
const PARTLY_WRONG_LETTERS = 10;

/**
 * A sentence that calls what the one before describes unsafe or wrong (这样做不安全：…), or what is
 * offered unrelated (这些项目和召回无关，车主完全可以拒绝): alone, it would read as advice.
 */
const JUDGES_DOING =
  /^这(?:样|么)做(?:[^，,。：:]{0,4}?)(?:不安全|不对|不可取|有风险|很危险|危险|不科学|是错的|没用|无效|有害|不靠谱|得不偿失|适得其反)|^这些?(?:项目|服务|东西|产品|推荐)[^，,。：:]{0,2}(?:和|与|跟)[^，,。：:]{1,8}(?:无关|没有关系|没关系)/u;

/** A sentence that grants something (…确实…, …固然…), which the next may turn from. */
// The writer's own grant counts (我完全同意…, 那当然很好), as does a lent ear (我理解…).
const CONCEDES =
  /确实|固然|诚然|的确|我(?:完全|当然|也|非常)?(?:同意|承认|理解)|当然(?:很|也|是)?(?:好|可以|没问题|没错|有道理)/u;

/** Words that open a worked example (以第二种为例：, 举个例子：, 比如说，). */
const EXAMPLE = /^(?:以[^，,。：:]{1,10}为例|举(?:个|一个)例子|比如说?|例如)[：:，,]/u;

/**
 * A worked example said with how it comes out: whole where it fits, else its setting cut and the last
 * clause of its last sentence (小李在公司拿工资，…做兼职……汇算时就要补上这部分差额); undefined where
 * that keeps too little of the setting, or the paragraph ends on no outcome.
 */
function workedOut(bare: string, all: readonly string[], limits: DeckLimits): string | undefined {
  const final = all.at(-1) ?? '';
  // Not one that ends on a concession or another case (当然，如果房子空了两个月…，法院一般会支持。).
  if (CONCEDES.test(final) || TURNS.test(final) || /^(?:当然|如果|假如|要是|万一)/u.test(final))
    return undefined;
  const last = asPoint(final);
  const whole = `${asPoint(bare)}；${last}`;
  if (width(whole) <= limits.maxPointChars) return whole;
  const tail = last.split(/[，,；;]/u).at(-1) ?? '';
  if (!/\d|就|能|会|要/u.test(tail) || letters(tail) < 4) return undefined;
  return withEndKept(asPoint(bare), tail, limits.maxPointChars, width);
}

/** What tends to follow (往往要被压价, 往往会…, 就会…). */
const TENDS_TO = /往往(?:会|要|就)|(?<!也)就(?:会|要)/u;

/** A sentence that says what it names is only part of the matter (…只是问题的一小部分。). */
const ONLY_A_PART = /只是(?:问题|事情|故事|其中)?的?(?:一小部分|一部分|一方面|一个方面|第一步)$/u;

/** A clause that says only that a case goes beyond something (，那就不只是习惯问题了). */
const GOES_BEYOND = /[，,](?:那)?(?:就|可就|也就)?(?:不只是|不仅仅是|不单是|不止是|不再是)[^，,。]{1,10}了$/u;

/** A turn that only qualifies what came before or makes an exception to it (如果…, 这只是…). */
const QUALIFIES = /^(?:如果|假如|要是|若|万一|一旦|这只是|这仅仅是)/u;

/** Most letters of a reassurance said with the sentence after it. */
const SHORT_REASSURANCE_LETTERS = 12;
/** A sentence that tells the reader not to worry (…，不必担心。 这很正常。). */
const REASSURES =
  /(?:不必|不用|无需|无须|没必要)(?:太|过于|过度|过分)?(?:担心|紧张|焦虑|害怕)|问题不大|不要紧|(?:很|是|属于)正常(?:的|现象)?[。！!]?$/u;

/** The questions before, taken up (这些问题, 这三个问题, 这些常见疑问). */
const THESE_QUESTIONS = '这(?:个|些|两个|三个|几个)(?:常见的?)?(?:问题|疑问|疑惑|困惑)';

/**
 * A sentence that takes up the questions before it, and names none (带着这些问题，…; 记者就此采访了…;
 * …针对消费者最关心的几个问题逐一作答). Not one that answers them (这两个问题的答案都是：不要。
 * 关于这些问题，专家的意见很一致：…).
 */
const TAKES_UP_QUESTIONS = new RegExp(
  `^(?:带着|围绕|针对)${THESE_QUESTIONS}[，,](?!.*(?:答案|回答|[：:]))|^[^，。：:]{0,12}就此(?:采访|专访|请教|咨询)|^[^，。：:]{0,24}针对[^，。：:]{0,16}(?:问题|疑问)(?:逐一|一一)(?:作答|解答)`,
  'u',
);

/** Most letters of a named answer said with the sentence after it, and least letters kept of that. */
const NAMED_ANSWER_LETTERS = 8;
/**
 * Words that only say an answer follows (答案是——, 答案是：): the answer is what follows them. 答案就是
 * names it without a mark too (…为什么还没被淘汰？答案就是价格和容量。).
 */
const NAMES_ANSWER = /^答案(?:是|很简单)(?:——|—|[：:，,])\s*|^答案就是(?:——|—|[：:，,])?\s*/u;
/** Words that open an answer leaning on the question before it (因为…, 这取决于…, 答案是——…, 答案藏在…). */
const LEANS_ON_QUESTION = new RegExp(
  `^(?:因为|这取决于|取决于|这要看|这就要看|(?:就)?在于|答案(?:就|其实)?藏在)|${NAMES_ANSWER.source}`,
  'u',
);
/** Most letters of the question said with such an answer (more than a question word's four). */
const QUESTION_LETTERS = 20;

/** The question, as far as it asks, that `answer` leans on, or undefined. */
function answersQuestion(answer: string, before: string | undefined): string | undefined {
  if (!before || !LEANS_ON_QUESTION.test(answer) || !endsAsQuestion(before)) return undefined;
  const question = before.slice(before.search(/[^，,：:]*$/u));
  // One that only points back (这是为什么呢？ 为什么会这样？) asks nothing a slide shows; one that
  // names its own thing (这项研究的意义在哪里？) does.
  if (/^这(?![项次门款份件])/u.test(question) || REFERS_BACK.test(question)) return undefined;
  // A question word alone (为什么？) adds nothing to its answer.
  const asks = letters(question);
  return asks > 4 && asks <= QUESTION_LETTERS ? question : undefined;
}

/** Whether `sentence` is a quotation alone (“…。”). */
const isQuotation = (sentence: string): boolean => /^[“「"][^“”「」"]+[”」"]$/u.test(sentence.trim());

/** A quotation said that short, at most this many letters, leaves the room for what it is. */
const QUOTATION_LETTERS = 24;

/**
 * The sentence before `sentence` when that is a quotation alone, which `sentence` names only as
 * 这 (“洗碗机那么大一台，肯定费水费电吧？”这是很多人的第一反应。); else undefined.
 */
function quotationItNames(sentence: string, before: string | undefined): string | undefined {
  if (!before || !/^这(?:是|就是|正是|也是|大概是|恐怕是)/u.test(sentence)) return undefined;
  return isQuotation(before) && letters(before) <= QUOTATION_LETTERS ? before.trim() : undefined;
}

/**
 * A belief and its correction, or, where the two cannot share a point without cutting the
 * correction away, the correction alone: what is true is the point, what was believed its setting.
 */
function saidWithCorrection(belief: string, correction: string, limits: DeckLimits): string {
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
const GRANTS =
  /^(?:(?:听起来|听上去|看起来|乍一听|乍看)[^，,。]{0,8}|(?:虽然|虽说|尽管)[^，,。]{0,30})[，,]\s*(?=但|可|不过|然而|其实)/u;
/** The part of a correction that grants the belief is partly true, up to its ；and turn. */
const GRANTED_PART =
  /^(?:其实|事实上|实际上)?[，,]?[^；;。]*(?:确实|固然|的确)[^；;。]*[；;]\s*(?=但|可|不过|然而)/u;

/** A correction that says nothing but that a belief is wrong (…，其实不然). */
const EMPTY_CORRECTION =
  /[，,]\s*(?:其实|事实上|实际上|但)?(?:不然|并非如此|并不是这样的?|不是这样的?|(?:并|也)?不(?:完全|全|尽)是这样的?|(?:并|也)?不尽然)$/u;

/** Words that move on to another subject (另外，…): what follows them corrects nothing before. */
const ANOTHER_TOPIC = /^(?:此外|另外|除此之外|还有|顺便)/u;

/** A verdict that a belief is wrong or dangerous, said after it (…，这是非常危险的 …，这恰恰是个误区). */
const CALLED_WRONG =
  /[，,]\s*(?:这|这样|这样做|这么做|这种做法)(?:恰恰|其实|可|反而|往往)?(?:是)?(?:(?:非常|十分|极其|很|相当)?(?:危险|错误|不对|不可取)的?|(?:个|一个)?(?:误区|错误|大忌))$/u;
/** Words that tell the reader what to do (应立即关火, 最好, 不要). */
const ADVISES = /必须|应该|应当|应立即|一定要|千万|切勿|务必|立即|立刻|马上|最好|建议|不要|不能|别/u;

/** Whether a text ends on a verdict that calls what it says wrong (…，这是非常危险的。). */
const callsWrong = (text: string): boolean => CALLED_WRONG.test(text.trim().replace(/[。！!]$/u, ''));
/** Whether a sentence says a belief and calls it wrong (很多人的第一反应是泼水，这是非常危险的。). */
const callsBeliefWrong = (sentence: string): boolean => BELIEF.test(sentence) && callsWrong(sentence);

/** A sentence that ends on a quotation after a colon: who speaks, and what they say. */
const QUOTED = /^(.+)[：:]\s*(“[^“”]+”)$/u;

/**
 * Words that open a sentence summing up what the sentences before it said, or the conclusion the
 * writer gives before the reasons (…这篇文章用几个例子算一算。先说结论：…).
 */
const SUMS_UP =
  /^(?:先说结论|先讲结论|先给(?:个|一个)?结论|结论先行|结论(?:先)?放在(?:最)?前面|总之一句话|总而言之一句话|总之|总而言之|总的来说|综上所述|综上|简而言之|归根结底|归根到底|说到底|一句话总结|一句话概括|如果只记(?:住)?一句话|一句话|总结一下(?:就是)?)[，,：:]/u;
/**
 * A sentence that states whose view it is (在她看来，手机首先是一根联系的线。 她的担心很具体：…), after a
 * lead that often only says who they are (反方的王老师当了十二年班主任。).
 */
const STATES_VIEW =
  /^(?:在(?:她|他|我|她们|他们|我们|[^，,。：:]{1,6})看来[，,]|(?:她|他|她们|他们)的(?:担心|顾虑|理由|看法|观点|主张|逻辑)(?:很|也|其实|非常)?(?:具体|简单|明确|清楚|直接)?[：:])/u;
/** Someone named by surname and title (李女士, 王老师), the pronoun a view of theirs may refer back with. */
const TITLED = /(\p{Script=Han})(女士|先生|老师|医生|教授|阿姨|大爷|师傅|同学|律师|经理)/gu;

/**
 * A view's point with its pronoun named (在她看来，… → 在李女士看来，…) where the lead names one person
 * by surname and title: on a slide, 她 refers to no one.
 */
function namedSpeaker(point: string, found: string, lead: string | undefined): string {
  if (lead === undefined || found === lead || !STATES_VIEW.test(found)) return point;
  const named = new Set([...lead.matchAll(TITLED)].map((m) => m[0]));
  const [name] = named;
  if (named.size !== 1 || name === undefined) return point;
  return point.replace(/^(在)?(?:她|他)(?=看来|的)/u, `$1${name}`);
}

/**
 * Whether `sentence` says why a verdict answers a question someone asks after the lead (…又小又少。有人问：
 * “是不是我把它养坏了？”不是。气温超过30℃，…): the question answered is the paragraph's point.
 */
function answersAsked(sentence: string, all: readonly string[]): boolean {
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

/** A sentence that tallies what the paragraph counted (算下来，每年的滤芯钱在400到800元之间). */
const TALLIES = /^(?:这样|全部|一年|每年|一共)?(?:算|加)(?:下来|起来)[，,：:]/u;

/**
 * A sentence that gives the writer's recommendation (按我的经验，三口之家选13套比较合适。 如果你也在纠结，
 * 我的建议是：…): in a guide, what the reader came for.
 */
const RECOMMENDS =
  /^(?:(?:如果|要是)你[^，,。]{0,10}[，,])?(?:按(?:照)?我的经验|(?:我|我们)的建议是)[，,：:]/u;

/**
 * A sentence that says where the problem lies, not where it seems to (手工作业本身不是问题，问题是它被层层加码;
 * 问题不在…，而在…): the writer's thesis, after a lead that only sets it up.
 */
const LOCATES_PROBLEM =
  /^[^，,。；;]{1,20}(?:本身)?(?:并|其实)?(?:不是|并非)(?:问题|关键)[，,](?:真正的)?(?:问题|关键)(?:是|在于|出在)|^(?:真正的)?问题(?:往往|通常|大多|其实)?(?:并)?不(?:在于?|是)[^，,。]{1,20}[，,]而(?:在于?|是)/u;

/** A diary's entry, opening on its date (3月10日：, 2023年5月：, 第三天：). */
const DATED =
  /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底)?[：:，,]|^第[一二三四五六七八九十\d]+(?:天|周)[：:，,]/u;

/** What the writer thought, and how it turned out (我以为是缺水，一天浇了两次，结果更蔫了。). */
const TURNED_OUT = /^我(?:本来|原本|原来|还|一直)?以为[^。！？]+[，,](?:结果|没想到|谁知道?|哪知道?)/u;

/** A belief its own sentence corrects (很多人说种子要先催芽才能出苗，其实直接播也可以). */
const correctsItself = (sentence: string): boolean =>
  BELIEF.test(sentence) && /[，,]\s*(?:其实|事实上|实际上)/u.test(sentence);

/** A sentence that states what the writer learnt (…，这是我学到的第一课。 教训是：…). */
const LEARNT =
  /(?:这|这就)?是我(?:学到|得到|总结出|悟出)的[^，,。]{0,6}(?:课|教训|经验|道理)[。！!]?$|^(?:我)?(?:得到的|学到的)?(?:教训|经验)是[：:，,]/u;

/** A sentence that names a drawback (缺点是…, 不足之处在于…; not 不足1%, less than). */
const DOWNSIDE = /^(?:缺点|不足之处|不足的是|劣势|短板|弊端|代价是)/u;
/** A sentence that names an advantage (它的优点是…). */
const UPSIDE = /优点|优势|好处|长处/u;
/** Words that move on from the sentence before (此外，但…): what follows is another thought. */
const MOVES_ON = /^(?:此外|另外|而且|并且|同时|除此之外|不过|但|然而|可是|其实|事实上|后来|然后)/u;
/** Words that open a sentence turning from the one before, or saying what it came to (后来…). */
const TURNS_ON = /^(?:后来|但是?|不过|可是|然而|其实|事实上)/u;

/**
 * The sentence right after `lead` when it names the drawback to set against it: one that says it
 * is one (缺点是…), or, after a lead that names an advantage, one that turns (但它属于…).
 */
function downsideAfter(lead: string, all: readonly string[]): string | undefined {
  const next = all[all.indexOf(lead) + 1];
  if (!next || DOWNSIDE.test(lead)) return undefined;
  return DOWNSIDE.test(asPoint(next)) || (UPSIDE.test(lead) && /^(?:但|不过|然而|可是)/u.test(next))
    ? next
    : undefined;
}

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
const NAMES_WHAT_IT_TURNS_ON = /(?:只|就|主要)(?:看|取决于)[^，,。：:]{0,6}[：:][^，,。：:]{1,12}[。！!]?$/u;
const RECKONS_OTHERWISE =
  /(?:^|[，,])(?:那)?(?:账|情况|结果|结论)?(?:又|就|可就|也就)(?:不一样|不同|另当别论)了?[。！!]$|^这些?(?:都|只)?是(?:按|根据|以|照)[^，。]{1,10}(?:算|估算|计算|测算)(?:出来)?的[。！!]$/u;

/**
 * A short lead that opens its paragraph rather than says it (光纤宽带的原理并不复杂。 关键在于频谱。
 * 5G家庭宽带则走的是另一条路。 不过，有两种情况要当心。), a connective before it set aside.
 */
const isTeaser = (sentence: string): boolean => {
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
const isShortOpener = (sentence: string): boolean => {
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

/** Who holds a view (the words for holding it are HOLD). */
const PEOPLE =
  '(?:很多|不少|许多|一些|有些|有的|一部分|多数|(?:几乎)?所有)(?:人|家长|父母|朋友|网友|患者|用户|租客|房东|车主|学员|新手|读者|老人|年轻人|子女|女性|男性|猫主人|铲屎官|观众|游客|小朋友|孩子|学生|同学|申请人|领养人|顾客|消费者)|有人|人们|大家|老一辈|网上';
/** Who holds a belief and the word for holding it, nothing more (很多人以为, 还有人觉得). */
const HOLDER_ONLY = new RegExp(`^(?:还|也)?(?:${PEOPLE})[^，,]{0,3}?(?:${HOLD})$`, 'u');
/** Who holds a belief, cut short (很多人以为……): it still says a belief is corrected. */
const HOLDS = new RegExp(`(?:${PEOPLE})|(?:${HOLD})`, 'u');
/** A sentence saying people say the words quoted before it (这样的话，很多家长都说过。). */
const SAID_OFTEN = new RegExp(
  `^(?:这(?:样|种|些|类)的?话|这句话)[，,]?\\s*(?:${PEOPLE})?[^，。]{0,6}?(?:都|也|常|经常|常常|一定)?(?:说过|听过|听到过|挂在嘴边)[。！!]?$`,
  'u',
);

/**
 * A sentence saying what many people believe or fear, which the article may go on to correct:
 * who holds it, perhaps after a clause on when (很多人一听到“辐射”就紧张，觉得…; not 大家读到这里，
 * 相信…, the writer's trust), or a saying told as one (过去曾有“O型血是万能献血者”的说法,
 * 有一种说法认为).
 */
const BELIEF = new RegExp(
  `^(?:另一种|还有一种|有一种|一种)(?:常见|流行|很流行|广为流传)?的?说法(?:是|认为)|^我(?:本来|原本|原来|还|一直|满)以为|^(?:误区|流言|谣言|误解|传言|谣传)[一二三四五六七八九十\\d]*[：:]|^(?:${PEOPLE})(?:都|也|常|总|一直|经常)?说(?![过明话服到完])|(?:${PEOPLE})(?:(?:一|每当|每次)[^，。；！？]{1,16}[，,])?(?:都|总|常常|往往|普遍|首先|一直|还)?(?:会)?(?:想当然地|理所当然地|下意识地|本能地)?(?:${HOLD})|(?:有|流传着)(?:一种|种)?(?:“[^”]{1,40}”的)?说法|有(?:一)?句(?:俗语|俗话|老话|谚语)|^(?:俗话说|老话说|常言道)`,
  'u',
);

/**
 * What many people do whenever something happens (很多家长一看到孩子体温超过37.5℃就着急喂药),
 * or what someone does, thinking it right (有人…睡不着，干脆就不休息了，觉得“…”), which the sentence
 * after it may correct as a belief is.
 */
const ACTS_ON_BELIEF = new RegExp(
  `^(?:${PEOPLE})(?:(?:一|每当|每次)[^，。；！？]{1,16}就|习惯)|^(?:很多|不少|许多|有些|有的)[^，。；！？]{1,4}(?:把|会|喜欢|习惯|总|常)[^，。；！？]{1,18}[，,](?:都|也|还)?(?:觉得|以为)|^(?:还)?有(?:的|些)?人[^。；！？“”]{2,30}[，,](?:都|也|还|就)?(?:觉得|以为)`,
  'u',
);

/** A sentence that names a misconception, which follows (一个常见的误区是“…”, 很多人存在一个误区：…). */
const NAMES_MYTH = /^[^，,。；;：:]{0,14}?(?:误区|误解)(?:(?:是|就是)[：:]?\s*[“「]|[：:])/u;
/** A sentence that only guesses why (这应该是受了“以形补形”的影响). */
const GUESSES = /应该是|可能是|大概是|也许是/u;
/** A sentence that says what someone believes (很多老人认为…). */
const HOLDS_A_VIEW = new RegExp(HOLD, 'u');
/** What a sentence tells the reader to do or not to do (都必须在医生指导下进行, 千万别…). */
const INSTRUCTS = /必须|应该|应当|一定要|千万|切勿|务必/u;

/** The words that say someone speaks, before what they say (解释说, 告诉记者, 说). */
const SAYS =
  '(?:解释|回应|表示|指出|强调|提醒|告诉(?:我们|记者|笔者)|介绍|感慨|坦言|直言|认为|总结)(?:说|道)?|说(?:道)?';

/** A worry people have, said after what it is about (不少患者对降压药有顾虑，担心…). */
const WORRIES = new RegExp(`^(?:${PEOPLE})[^。；;？?！!不没]{0,20}?(?:担心|顾虑|害怕)`, 'u');

/**
 * Someone's answer that denies from its first words (李明医生解释说：“降压药不存在成瘾性。…”), up to
 * the end of its first quoted sentence: who says it and what is not so.
 */
function denyingReply(sentence: string): string | undefined {
  const reply = new RegExp(`^([^，,。：:“”]{2,20}?(?:${SAYS})[：:]\\s*“)([^”。！!]*)`, 'u').exec(sentence);
  if (
    !reply?.[1] ||
    !reply[2] ||
    !/^[^，,]{0,10}?(?:不存在|不会|并不|并没有|没有(?:任何)?(?:证据|依据|必要)|不是|并非)/u.test(reply[2])
  )
    return undefined;
  return `${reply[1]}${reply[2]}”`;
}

/** The same, with a few words between who and the view: 很多人一听安眠药就害怕. */
const WIDE_BELIEF = new RegExp(`(?:${PEOPLE})[^，。；]{0,10}(?:${HOLD}|害怕)`, 'u');

/**
 * The label a paragraph gives the one after it when it is a bold line the writer used as a
 * heading (**价格**, **第一，看价格：**): bold throughout, short, and no sentence; else undefined.
 */
function headsNext(paragraph: Paragraph): string | undefined {
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
function boldLabel(paragraph: Paragraph, all: readonly string[]): string | undefined {
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
const WARNS =
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

/** Words that end a lead-in saying who speaks, not what (说得很实在, 常被…挂在嘴边, 写道). */
const SPEAKS =
  /(?:说|讲|写道|写着|指出|表示|强调|告诉(?:我们|记者|笔者)?|介绍|解释|提醒|形容|比喻|承认|坦言|感叹|回答|嘱咐|叮嘱|挂在嘴边|一句话|这样一句)[^，。；]{0,6}$/u;

/**
 * Whether a lead-in only says who speaks (一位干了二十多年的管理员说得很实在): not what many
 * believe (很多人常说), nor a finding it reports (…发现户外活动不足才是主因，他们这样写道).
 */
const onlySaysWhoSpeaks = (leadIn: string): boolean => {
  // …说过一句话，很多人印象深刻: how the words stuck says no more than who said them.
  const said = leadIn.replace(/[，,][^，,。]{0,10}(?:印象深刻|记忆犹新|深有同感|深以为然)$/u, '');
  return SPEAKS.test(said) && !statesBelief(said) && !/发现|表明|显示|证明|结论/u.test(said);
};

/**
 * A quotation (“…”) labelled with who speaks (律师张明：“…”), cut within its marks to the room left:
 * after its first sentences where they fill half of it, else where its clauses end (…它同样会损伤
 * 血管……”). Undefined where the quotation would keep less than half the room.
 */
function labelledQuotation(who: string, quotation: string, room: number): string | undefined {
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
function whoSpeaks(leadIn: string): string | undefined {
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

/**
 * Whether who speaks (`leadIn`) would crowd the quotation in `quote` as its label: the
 * quotation, said whole, leaves no room for it.
 */
function crowds(leadIn: string, quote: Paragraph | undefined, limits: DeckLimits): boolean {
  if (!quote || !onlySaysWhoSpeaks(leadIn)) return false;
  const whole = leadPoint(quote, { ...limits, maxPointChars: Number.POSITIVE_INFINITY });
  return width(leadIn) + 1 + width(whole) > limits.maxPointChars;
}

/** A lead-in to a quotation is short: at most this many letters. */
const LEAD_IN_LETTERS = 24;

/**
 * The words a paragraph introduces the quotation after it with (有位物理老师说得很形象：), when it
 * does nothing else: one sentence ending on a colon. On a slide alone it says nothing; a short
 * one labels the quotation's point instead.
 */
function introducesQuote(paragraph: Paragraph, next: Paragraph | undefined): string | undefined {
  if (paragraph.within || next?.within?.kind !== 'quote') return undefined;
  const words = withoutConnective(paragraph.text.trim());
  if (!/[：:]$/u.test(words) || sentences(words).length > 1) return undefined;
  return words.replace(/[：:]$/u, '');
}

/** A paragraph's point with the label of the bold line that heads it, in the room left beside it. */
function labelledPoint(
  paragraph: Paragraph,
  label: string | undefined,
  limits: DeckLimits,
  all = sentences(paragraph.text),
  joinsTeaser = false,
  joinsOpener = false,
): string {
  if (label === undefined) return leadPoint(paragraph, limits, all, joinsTeaser, joinsOpener);
  const room = limits.maxPointChars - width(label) - 1;
  // A label with a colon of its own (误区一：贵的一定好) is set off by ；, not by a second colon.
  const joint = /[：:]/u.test(label) ? '；' : '：';
  return `${label}${joint}${leadPoint(paragraph, { ...limits, maxPointChars: room }, all, joinsTeaser, joinsOpener)}`;
}

/** Who asks the question the writer then answers (有人问我， 不少读者问：): not part of what it asks. */
const ASKER =
  /^(?:(?:经常|常常|也|还|总)?(?:有人|有网友|有读者|有朋友|不少人|很多人|不少读者|很多读者|不少网友|很多网友)(?:会|经常|常常|也|还)?(?:问(?:我|过我|过)?|说|质疑|追问|好奇)|(?:经常|常常)?被(?:人)?问(?:到)?)[，,：:]\s*/u;
/** A verdict framed by when or for whom it holds (就目前的价格来说，我不建议。 对大多数人来说，没必要。). */
const FRAMED_VERDICT =
  /^(?:[^，。！？]{1,12}(?:来说|来看|而言)[，,])?(?:说实话|老实说|坦白说|实话实说)?[，,]?(?:我|我们|个人)?(?:的答案是|的回答是[：:]?)?(?:答案(?:当然)?是[：:，,]?)?(?=\S)/u;
/** Most letters of a question said with its verdict. */
const VERDICT_QUESTION_LETTERS = 26;

/**
 * The question `found` gives a verdict on, where the sentence before it in its paragraph asks it
 * (its asker set aside) and is short enough to say with it; else undefined.
 */
function questionItAnswers(found: string, all: readonly string[]): string | undefined {
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

/**
 * What a question sentence asks, without who asks it (有人问我，) or a leading 那; a question quoted
 * after who asks it (豆豆突然问我：“妈妈，明天要去幼儿园吗？”) is its quotation.
 */
const askedIn = (question: string): string =>
  /[：:]\s*(“[^“”]+[？?]”)$/u.exec(question)?.[1] ??
  question.replace(ASKER, '').replace(/^那(?:么)?[，,]?(?=\p{Script=Han})/u, '');

/** Whether a question only points back (这是为什么呢？); one quoted as someone asked it asks its own. */
const pointsBack = (question: string): boolean =>
  !question.startsWith('“') &&
  (/^这/u.test(question) || REFERS_BACK.test(question) || ASKS_WHY.test(question));

/** A question that asks only why what came before holds (为什么这么说？ 为什么呢？ 何以见得？). */
const ASKS_WHY =
  /^(?:为什么|为何|凭什么|何以)(?:这么|这样)?(?:说|讲)?(?:呢|啊)?[？?]$|^(?:此话|这话)?怎么讲|^何以见得/u;

/** Most letters of a question said before any answer to it. */
const SHORT_QUESTION_LETTERS = 16;

/**
 * The question just before `found` in its paragraph, who asks set aside, where it is the only one
 * there (not the last of a run, 跑步伤不伤膝盖？疼了要不要停？跑鞋该怎么选？, which the answer need
 * not answer), short, and asks something of its own (not 这是为什么呢？).
 */
function shortQuestionBefore(found: string, all: readonly string[]): string | undefined {
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
/**
 * The sentence after an answer that turns from it, where the answer grants a part (…确实可以不涂。但…)
 * or answers from one point of view (算钱的话，…), is the paragraph's last sentence but one and the
 * turn neither qualifies it (但如果…) nor only reassures; else undefined.
 */
function turnAfterAnswer(found: string, all: readonly string[]): string | undefined {
  const at = all.indexOf(found);
  const next = all[at + 1];
  if (next === undefined || !TURNS.test(next) || turnsWithin(found) || isThin(next)) return undefined;
  if (CONCEDES.test(found)) return next;
  return at === all.length - 2 &&
    FROM_A_VIEW.test(found) &&
    !QUALIFIES.test(withoutTurn(next)) &&
    !REASSURES.test(next)
    ? next
    : undefined;
}

/** An answer given from one point of view (算钱的话，… 单从价格来看，…), which the writer may turn from. */
const FROM_A_VIEW = /^(?:单|光|只|仅)?[^，,。！？]{1,8}(?:的话|来说|来看|而言|上看|上讲)[，,]/u;

/** Most letters of a question said with an answer that points back at it. */
const POINTED_QUESTION_LETTERS = 24;

/** A question asked without its mark (最关心的问题是…划不划算): the sentence after it answers. */
const RESTATES_QUESTION =
  /(?:最关心|最常问|关心|常问)的(?:问题)?(?:是|就是)|^[^，。]{0,8}(?:会|常|常常|经常|总)问[，,：:]/u;

/** Whether `text` ends on a question mark, inside closing quotation marks or brackets too. */
export const endsAsQuestion = (text: string): boolean => /[？?]["”’」』）)]*$/u.test(text);

/**
 * Whether a heading asks, with its question mark or without (为什么光伏变得这么便宜, 值得装吗,
 * 快充会不会伤电池: a verb, 不 or 没, the verb again).
 */
export const headingAsks = (heading: string): boolean =>
  endsAsQuestion(heading) ||
  // Not a topic named with a verb said twice and where it lies (馒头好不好看，全在这一步).
  /^(?:为什么|为何|为啥|怎么|怎样|如何|是否)|[吗呢]$|(\p{Script=Han})[不没]\1(?![^，,？?]*[，,]\s*(?:全|就|都|关键)?(?:在|看|取决于))/u.test(
    heading,
  ) ||
  // A question word inside (回收为什么还不赚钱, 咖啡因能待多久), unless the heading names a topic
  // with it (温度是怎么被“盯住”的).
  // Not where it only says how much or which (没什么好担心, 不怎么费电, 哪里都能买到, 无论如何).
  /(?<![没不无论])(?:为什么|为何|为啥|怎么|怎样|如何|什么|多久|多少|哪些|哪里|哪个)(?![都也]|有点|有些)(?!.*的$)/u.test(
    heading,
  );

/**
 * Whether a point only opens what follows (这个问题得分人说, 原理并不复杂) or points back at it
 * (这种情况还真不少见): it answers nothing. 关键在于空气湿度 names what it is about.
 */
export const onlyOpens = (point: string): boolean =>
  (letters(point) <= TEASER_LETTERS && (OPENS_ONLY.test(point) || /^这(?:个|种|些|样)/u.test(point))) ||
  onlySaysStepsFollow(`${point}。`);

/** Whether a sentence states what many people believe or fear (很多人一听…就害怕): no answer. */
export const statesBelief = (sentence: string): boolean =>
  WIDE_BELIEF.test(sentence) || BELIEF.test(sentence) || ACTS_ON_BELIEF.test(sentence);

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

const VERDICT =
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
const POINTS_AT_QUESTION =
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
const withoutAsideBehind = (sentence: string): string =>
  sentence.replace(/(?<=[。！？!?])[（(【[][^）)】\]]*[）)】\]]$/u, '');

/** Whether a sentence is only a question, an answer (是的。) or an announcement of what follows. */
const isThin = (written: string): boolean => {
  // An interview's answer says as little with its label (答：这是最容易被误读的一个词。).
  const sentence = written.replace(ANSWER_LABEL, '');
  return isThinSaid(sentence);
};
/** The label that opens an interview's answer (答：, A:). */
const ANSWER_LABEL = /^(?:答|A)[：:]\s*/u;
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

/** Text a writer leaves to fill in later (待补充, TODO, 此处省略, 这个问题下一节再说): no point to show. */
const PLACEHOLDER =
  /^[\s（(【[]*(?:待补充|待补全|待完善|待更新|待续|未完待续|待定|待写|占位|此处省略|此处略去|内容略|略|TODO|TBD|FIXME|XXX|xx+|lorem ipsum[\s\S]*|(?:这个问题|这一点|这部分|具体)?(?:我们)?(?:下一节|下节|下一篇|下篇|后面|下文|以后|改天)再(?:说|谈|讲|聊|展开))[\s）)】\].。!！…]*$/iu;

/** Whether a paragraph ends on a question (有网友问：“…有用吗？”), which the next one answers. */
const asks = (paragraph: Paragraph): boolean =>
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

/**
 * A quotation's point in its marks; who said it, where the quotation names them after a dash
 * (…建议每年接种。——《…指南》), after the marks, as far as the line has room for both.
 */
function quotationPoint(point: string, limits: DeckLimits): string {
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
const SAID_BY = /^(.+?[。！？!?.]|.+?(?=\s*(?:——|—)\s*《))\s*(?:——|—)\s*([^—。！？!?]{1,40})$/u;

/** A sentence after a quotation that names who said it (这是我一位同事的话, 这话是我朋友说的): who. */
const SAID_AFTER =
  /^(?:这|这句话|这段话)(?:是|就是)([^，,。：:“”]{1,12}?)(?:的话|说的)[，,。！!]|^这(?:句)?话是([^，,。：:“”]{1,12}?)说的[，,。！!]/u;

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

/**
 * The points the paragraphs make when the spec curates none, each with the paragraphs that go in
 * the notes of the slide showing it: a paragraph's lead sentence, except that a paragraph of
 * links only, or one that says too little (a stray “), makes no point and goes with the
 * paragraph before it (or, first, the one after). None when no paragraph makes one.
 */
function derivedPoints(paragraphs: readonly Paragraph[], limits: DeckLimits, heading?: string): PointGroup[] {
  // Links and nothing else that says something (a reading list): each link is what there is to
  // show, but not one that only points at the original (查看原文), which the sources slide names.
  const makesPoint = paragraphs.some((p) => !makesNoPoint(p))
    ? (p: Paragraph) => !makesNoPoint(p)
    : (p: Paragraph) =>
        onlyLinks(p) && !(p.links ?? []).every((l) => pointsToOriginal(p.text.slice(l.start, l.end)));
  const groups: PointGroup[] = [];
  let waiting: Paragraph[] = [];
  let label: string | undefined;
  for (const [i, paragraph] of paragraphs.entries()) {
    const last = groups.at(-1);
    const next = paragraphs[i + 1];
    const leadIn = introducesQuote(paragraph, next);
    // A quotation that only asks (> 手环到底有没有用？) makes no point to label: its lead-in goes
    // with it, beside the answer after them.
    const asking = leadIn !== undefined && next !== undefined && makesNoPoint(next);
    // Who speaks labels the quotation only where it leaves the quotation room to be said whole.
    const short =
      leadIn !== undefined && letters(leadIn) <= LEAD_IN_LETTERS && !crowds(leadIn, next, limits)
        ? leadIn
        : undefined;
    const heads = headsNext(paragraph) ?? (asking ? undefined : short);
    // Who said the quotation just before, named after it (这是我一位同事的话，…): its point names
    // them after a dash where the line has room, and the paragraph goes in its notes.
    const speaker =
      last?.from.within?.kind === 'quote' && waiting.length === 0 && !paragraph.within
        ? SAID_AFTER.exec(paragraph.text)?.slice(1).find(Boolean)
        : undefined;
    if (last && speaker) {
      // As a dash at the quotation's end names who said it (…可预期。——我一位同事).
      const from = { ...last.from, text: `${last.from.text.trim()}——${speaker}` };
      groups[groups.length - 1] = {
        ...last,
        from,
        point: groupPoint({ ...last, from }, limits),
        paragraphs: [...last.paragraphs, paragraph],
      };
    }
    // A lead-in too long to label that only says who speaks (一位…干了二十多年的管理员说得很实在：)
    // goes in the quotation's notes all the same: the quotation says the point.
    else if (asking || (heads === undefined && leadIn !== undefined && onlySaysWhoSpeaks(leadIn)))
      waiting.push(paragraph);
    else if (heads !== undefined) {
      // A bold line the writer used as a heading (**价格**) heads the paragraph after it, as a
      // lead-in heads its quotation: it goes in that one's notes, and labels its point.
      waiting.push(paragraph);
      label = heads;
    } else if (
      last &&
      waiting.length === 0 &&
      (refutesBelief(paragraph, last.from) ||
        (onlyTeases(last) && !paragraph.within && makesPoint(paragraph)))
    ) {
      // Said with the belief it refutes, as one paragraph: on a slide alone, 恰恰相反 refutes nothing.
      // A paragraph that only teases (秘密藏在水分子里。) is said with the one after it, which says what.
      const from = { ...last.from, text: `${last.from.text}${paragraph.text}` };
      groups[groups.length - 1] = {
        ...last,
        from,
        point: groupPoint({ ...last, from }, limits),
        paragraphs: [...last.paragraphs, paragraph],
      };
    } else if (makesPoint(paragraph)) {
      const labels = !paragraph.within || paragraph.within.kind === 'quote';
      const labelled = label !== undefined && labels ? { label } : {};
      const before = waiting.at(-1);
      // A paragraph that opens by granting the view a question before it put (…为什么不收集起来发电？
      // then 听起来很有道理，但…) says its turn: the view it grants is in the notes only.
      // So does the first that defines what the heading asks about (汇算到底在算什么？ then 平时…。
      // 年度汇算，就是把一整年的收入合在一起…), from the definition: what came before only sets it up.
      const from =
        before &&
        asks(before) &&
        !paragraph.within &&
        !paragraph.bold?.length &&
        !paragraph.links?.length &&
        GRANTS.test(paragraph.text)
          ? { ...paragraph, text: withoutTurn(paragraph.text.replace(GRANTS, '')) }
          : ((groups.length === 0
              ? (definitionIn(paragraph, heading) ?? measureIn(paragraph, heading))
              : undefined) ?? paragraph);
      const asked = askedBefore(before, paragraph);
      const group = { from, ...labelled, ...(asked ? { asked } : {}) };
      groups.push({
        ...group,
        point: correctingPoint(paragraph, last, waiting, limits) ?? groupPoint(group, limits),
        paragraphs: [...waiting, paragraph],
      });
      waiting = [];
      label = undefined;
    } else if (last && waiting.length === 0 && !asks(paragraph)) last.paragraphs.push(paragraph);
    // A question goes with the answer after it, not with the point before it.
    else waiting.push(paragraph);
  }
  // A bold heading line with nothing after it to head stays beside the last point.
  const last = groups.at(-1);
  if (waiting.length > 0 && last) last.paragraphs.push(...waiting);
  withQuestionsTakenUp(groups, limits);
  const listed = withInlineLists(groups, limits);
  if (listed) return withOpenersSaid(listed, limits);
  return withRoom(
    withOpenersSaid(groups.length < FEW_POINTS ? withStretches(groups, limits) : groups, limits),
    limits,
  );
}

/**
 * A point that takes up the question the paragraph before it ends on (…而且年年找到同一片湿地？ then
 * 这个问题困扰了人类几千年。, or 太空里难道没有重力吗？ then 先别急着回答“是”。) has that question on its
 * slide: said with it where both fit whole, else as the point of the paragraph before, in place of
 * its lead. Alone, 这个问题 refers to nothing a slide shows. Where the questions are a paragraph of
 * their own, which gives no point (…心里一紧：会不会得胃癌？家里人要不要一起查？ then 围绕这些常见疑问，
 * 记者专访了…), they are the point, where they do not fit with it. Changes `groups` in place.
 */
function withQuestionsTakenUp(groups: PointGroup[], limits: DeckLimits): void {
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

/**
 * The groups with each paragraph that counts a list in its prose (要注意三点：第一，…；第二，…)
 * shown as that list: the words before it, then one point per item, numbered, and drawn under
 * them where they lead into it with a colon, as a list written as one is. Only where the section
 * needs no more slides so, or one more where it must (the point said only the first item); undefined
 * where none does.
 */
function withInlineLists(groups: readonly PointGroup[], limits: DeckLimits): PointGroup[] | undefined {
  let best = [...groups];
  let listed = false;
  for (const group of groups) {
    const { from } = group;
    const list = from.within || from.links || group.label !== undefined ? undefined : inlineList(from.text);
    if (!list || list.items.length + 1 > limits.maxPoints) continue;
    // A point that says every item already (有两种情况要当心：一是加油站；二是…) says the list.
    if (list.items.every((text) => group.point.includes(text))) continue;
    const { bold: _, ...plain } = from;
    // A lead-in that is only a connective (需要特别提醒的是：) leads into nothing a slide shows.
    // So is one that only says a conclusion follows (如果只记一句话，那就是：).
    // So is a question that only asks why the point before holds (为什么这么说？第一，…).
    const saysNothing =
      withoutConnective(`${list.leadIn}，`) === '' ||
      asPoint(`${list.leadIn}：`) === '' ||
      (endsAsQuestion(list.leadIn) && pointsBack(askedIn(list.leadIn)));
    const leadIn = saysNothing ? '' : list.leadIn;
    const under = leadIn !== '' && list.leadsIn;
    const item = (text: string, i: number): Paragraph => ({
      ...plain,
      text: `${text}。`,
      within: { kind: 'list', line: from.position.line, ordered: true, number: i + 1 },
    });
    const items = (room: DeckLimits) =>
      list.items.map((text, i): PointGroup => {
        const numbered = item(text, i);
        // Drawn under a lead-in; after a sentence that says a point of its own, the items stand as peers.
        const { within: __, ...peer } = numbered;
        return {
          point: leadPoint(numbered, room),
          from: under ? numbered : peer,
          paragraphs: [],
          further: true,
        };
      });
    // A list its lead-in's last sentence introduces, after a sentence of its own (…凌阴遗址…。冰窖的
    // 原理其实很朴素：挖在地下…；…), is drawn under that sentence: under the first, its items would
    // seem to say what that one is about.
    const leadSentences = under ? sentences(leadIn) : [];
    // Not after a label (注意！冬季用车建议做到以下三点：) or a sentence that says nothing itself.
    const before = leadSentences.slice(0, -1).join('');
    const introduces =
      leadSentences.length > 1 && !WARNS.test(before) && !leadSentences.slice(0, -1).every(isThin)
        ? leadSentences.at(-1)
        : undefined;
    const plainLead: PointGroup[] = leadIn
      ? [{ ...group, point: leadPoint({ ...plain, text: `${leadIn}。` }, limits) }]
      : [];
    const bothLeads: PointGroup[] = introduces
      ? [
          { ...group, point: leadPoint({ ...plain, text: before }, limits) },
          {
            ...group,
            point: leadPoint({ ...plain, text: `${introduces}。` }, limits),
            paragraphs: [],
            further: true,
            leadsIn: true,
          },
        ]
      : [];
    const own = (room: DeckLimits, leadPoints: PointGroup[]): PointGroup[] => {
      const [first, ...rest] = items(room);
      if (!first) return [];
      return leadIn ? [...leadPoints, first, ...rest] : [{ ...group, point: first.point }, ...rest];
    };
    // Items said at length where they fit, else each in its share of the slide (违约金：部分银行规定…).
    const ways = (introduces ? [bothLeads, plainLead] : [plainLead]).flatMap((leadPoints) => {
      const share = Math.floor(
        (limits.maxChars - sum(leadPoints.map((g) => width(g.point)))) / list.items.length,
      );
      const rooms = [limits, { ...limits, maxPointChars: Math.min(share, limits.maxPointChars) }];
      return rooms.map((room) => {
        const mine = own(room, leadPoints);
        const groups = best.flatMap((g) => (g === group ? mine : [g]));
        const at = groups.indexOf(mine[0] as PointGroup) + mine.length - list.items.length;
        return {
          groups,
          whole: slideCount(mine, limits) === 1,
          together: onOneSlide(groups, at, at + list.items.length, limits),
          introduced: leadPoints === bothLeads,
        };
      });
    });
    // One more slide rather than items left off it (the point said only the first of them), the
    // list still whole on one.
    const fewest = (way: (typeof ways)[number]) => slideCount(way.groups, limits) <= slideCount(best, limits);
    // Whole on one slide first, under the sentence that introduces it where that keeps it so.
    const tried = (
      ways.find((way) => fewest(way) && way.together) ??
      ways.find((way) => fewest(way)) ??
      ways.find(
        (way) =>
          !way.introduced && way.whole && slideCount(way.groups, limits) === slideCount(best, limits) + 1,
      )
    )?.groups;
    if (!tried) continue;
    best = tried;
    listed = true;
  }
  return listed ? best : undefined;
}

/**
 * The groups with each point whose lead only opens its paragraph in a few words (找到漏点还不够。)
 * said with the sentence after it (…：扎胎的东西还留在外胎里), as a teaser is, where the section
 * needs no more slides so: alone, such a lead leaves out what it opens.
 */
function withOpenersSaid(groups: readonly PointGroup[], limits: DeckLimits): PointGroup[] {
  const slides = slideCount(groups, limits);
  let best = [...groups];
  for (const [i, group] of groups.entries()) {
    // Only a point its paragraph's lead gives: not one of a stretch, a list's lead-in or item, nor
    // one said at a roomy slide's length.
    const shared = groups.some((other) => other !== group && other.from.position === group.from.position);
    if (group.further || shared || group.point !== groupPoint(group, limits)) continue;
    const point = groupPoint(group, limits, undefined, false, true);
    // Not where the cut leaves out what the lead opens and keeps only a later turn (真正需要在意的是废水……
    // 但还是比超滤费水): the figures between are what it opened.
    if (point === group.point || point.startsWith(`${group.point}……`)) continue;
    // Nor where it would leave out the question asked before it (问：…？ or …这些问题…): too long for both.
    if (group.takenUp && !point.startsWith(group.asked ?? '')) continue;
    const tried = best.map((g, j) => (j === i ? { ...group, point, opener: true as const } : g));
    if (slideCount(tried, limits) <= slides) best = tried;
  }
  return best;
}

/** Whether the groups' points from `start` up to `end` fall on one slide. */
function onOneSlide(groups: readonly PointGroup[], start: number, end: number, limits: DeckLimits): boolean {
  let at = 0;
  for (const chunk of slidesOf(groups, limits)) {
    const next = at + chunk.length;
    if (start >= at && start < next) return end <= next;
    at = next;
  }
  return false;
}

/** The groups' points as their slides share them, a further point kept with the one before. */
const slidesOf = (groups: readonly PointGroup[], limits: DeckLimits): string[][] =>
  chunkPoints(
    groups.map((g) => g.point),
    limits,
    (index) => (groups[index]?.further ? FURTHER_BREAK : 0),
  );

/** How many slides the groups' points take. */
const slideCount = (groups: readonly PointGroup[], limits: DeckLimits): number =>
  slidesOf(groups, limits).length;

/** A section that makes this many points or fewer leaves its slide room for longer ones. */
const ROOMY_POINTS = 2;
/** Most lines a point takes on such a slide: a sentence whole, not a wall of text. */
const ROOMY_LINES = 3;

/**
 * One or two points alone on their slide, each taken from its own paragraph: each may then run to
 * three lines, within the slide's share, so a lead sentence cut at one line's width (a
 * recommendation cut before it is made, 如果你住在……) is kept whole where it fits.
 */
function withRoom(groups: PointGroup[], limits: DeckLimits): PointGroup[] {
  if (groups.length > ROOMY_POINTS || groups.some((g) => g.further)) return groups;
  const share = Math.min(ROOMY_LINES * limits.pointLineChars, Math.floor(limits.maxChars / groups.length));
  if (share <= limits.maxPointChars) return groups;
  const roomy = groups.map((g) => ({
    ...g,
    point: groupPoint(g, { ...limits, maxPointChars: share }, undefined, false, g.opener),
  }));
  // Kept only if they still share one slide, as the shorter points did.
  return fitsOneSlide(roomy, limits) ? roomy : groups;
}

/** Whether the groups' points share one slide. */
const fitsOneSlide = (groups: readonly PointGroup[], limits: DeckLimits): boolean =>
  chunkPoints(
    groups.map((g) => g.point),
    limits,
  ).length === 1;

/** A point, the paragraph it comes from and the paragraphs that go in the notes beside it. */
interface PointGroup {
  readonly point: string;
  readonly from: Paragraph;
  readonly paragraphs: Paragraph[];
  /** The bold line that heads `from` in the article (**价格**), shown as the point's label. */
  readonly label?: string;
  /** A further point of `from`, whose words are in the notes beside its first: it stays with it. */
  readonly further?: true;
  /** Said as the lead-in of the list after it, a further point though it is (冰窖的原理其实很朴素：). */
  readonly leadsIn?: true;
  /** Said with the sentence after its short lead (找到漏点还不够：…), where the slides had room. */
  readonly opener?: true;
  /** The short question asked in a paragraph of its own just before `from` (问：还有别的方法吗？). */
  readonly asked?: string;
  /** `asked` is the question the point takes up (这些问题…), said with it: never left out. */
  readonly takenUp?: true;
}

/**
 * A group's point, with the short question asked just before its paragraph where both fit whole:
 * alone, an answer (比我刚入行时好多了) answers nothing the slide asks.
 */
function groupPoint(
  group: Pick<PointGroup, 'from' | 'label' | 'asked'>,
  limits: DeckLimits,
  all = sentences(group.from.text),
  joinsTeaser = false,
  joinsOpener = false,
): string {
  const point = labelledPoint(group.from, group.label, limits, all, joinsTeaser, joinsOpener);
  const { asked } = group;
  if (!asked || point.endsWith('…') || /[？?]/u.test(point)) return point;
  const said = `${asked}${point}`;
  return width(said) <= limits.maxPointChars ? said : point;
}

/**
 * `paragraph` from the first sentence after its lead that defines a term the heading asks about
 * (年度汇算，就是…, under 汇算到底在算什么？); undefined where none does, or where the heading asks no what.
 */
function definitionIn(paragraph: Paragraph, heading: string | undefined): Paragraph | undefined {
  if (
    !heading ||
    !ASKS_WHAT.test(heading) ||
    paragraph.within ||
    paragraph.bold?.length ||
    paragraph.links?.length
  )
    return undefined;
  const all = sentences(paragraph.text);
  const at = all.findIndex(
    (sentence, i) =>
      i > 0 &&
      (sharesTerm(DEFINES.exec(sentence)?.[1], heading) || sharesTerm(NAMED_AS.exec(sentence)?.[1], heading)),
  );
  return at > 0 ? { ...paragraph, text: all.slice(at).join('') } : undefined;
}
/**
 * `paragraph` from its first sentence that gives a measured figure (一般来说，PP棉滤芯3到6个月更换一次…),
 * where the heading asks how long or how much (滤芯多久换一次？) and the lead gives none (滤芯是净水器
 *的核心，也是最容易被忽视的部分。); undefined otherwise: the figure is what the heading asks for.
 */
function measureIn(paragraph: Paragraph, heading: string | undefined): Paragraph | undefined {
  if (!heading || !ASKS_HOW_MUCH.test(heading) || paragraph.within || paragraph.bold?.length)
    return undefined;
  const all = sentences(paragraph.text);
  // Not where the lead counts something itself (全套共65件), says its answer after a colon (法律的规定
  // 是：…), or is short enough to be said with the next sentence (速度是固态硬盘最大的优势。).
  const lead = all[0] ?? '';
  if (/\d|[：:]/u.test(lead) || isTeaser(lead) || isShortOpener(lead)) return undefined;
  const at = all.findIndex((sentence, i) => i > 0 && measuresQuantity(sentence) && !statesBelief(sentence));
  return at > 0 ? { ...paragraph, text: all.slice(at).join('') } : undefined;
}
/** A heading that asks how long, how much or how many (多久, 多少, 多快, 几年). */
const ASKS_HOW_MUCH = /多久|多长时间|多少|多大|多远|多快|多高|多重|几(?:年|天|个月|周|次|小时|分钟|岁|度)/u;
/** A heading that asks what something is (汇算到底在算什么？ 什么是潮汐？ 这是怎么回事？). */
const ASKS_WHAT = /什么|怎么回事/u;
/** A sentence that names what it has described (…这部分远视就叫“远视储备”): the term, quoted. */
const NAMED_AS = /(?:就|便)?(?:叫做|叫作|叫|称为|被称为)[“"]([^”"]{2,10})[”"]/u;
/** A sentence that defines a term: the term, then 就是, 是指 or 指的是 (所谓潮汐，是指…). */
const DEFINES = /^(?:所谓)?([^，,。：:“”]{2,10})[，,]?(?:就是|是指|指的是)/u;
/** Whether a term shares two letters in a row with the heading (年度汇算 with 汇算到底在算什么). */
const sharesTerm = (term: string | undefined, heading: string): boolean =>
  term !== undefined &&
  [...term].some(
    (_, i) => /\p{Script=Han}{2}/u.test(term.slice(i, i + 2)) && heading.includes(term.slice(i, i + 2)),
  );

/** An interviewer's or a reader's label before the question (问：, Q2：, 问题2：). */
const QUESTION_LABEL = /^\s*(?:问题?\s*\d*|Q\s*\d*)[：:]\s*/u;

/**
 * The short question a paragraph of its own just before `paragraph` asks (问：现在待遇有没有好一些？),
 * its label and asker left out; undefined for a question the writer puts with a colon (我想说：你不出门吗？),
 * one that points back, or one too long or short to say with an answer.
 */
function askedBefore(before: Paragraph | undefined, paragraph: Paragraph): string | undefined {
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

/**
 * Fewer points than this from a section's leads, and its long paragraphs give more: a section
 * written as one or two long paragraphs (as many articles are) is not left one line on its slide.
 */
const FEW_POINTS = 3;
/** A paragraph this long (in characters) says more than its lead sentence. */
const LONG_PARAGRAPH = 200;
/** Each stretch of about this many characters of a long paragraph gives a point: its lead. */
const STRETCH = 120;

/**
 * The groups with each long paragraph's point followed by the leads of its further stretches,
 * so that the section's points stay within one slide's `maxPoints`.
 */
function withStretches(groups: readonly PointGroup[], limits: DeckLimits): PointGroup[] {
  const isLong = (g: PointGroup) => !g.from.within && length(g.from.text) >= LONG_PARAGRAPH;
  const long = groups.filter(isLong).length;
  if (long === 0) return [...groups];
  // As many as fit one slide: a further point on a slide of its own would have no notes.
  for (let most = Math.floor((limits.maxPoints - (groups.length - long)) / long); most > 1; most--) {
    const stretched = stretchedBy(groups, isLong, most, limits);
    if (fitsOneSlide(stretched, limits)) return stretched;
  }
  // Where not every long paragraph can give one more point, as many as can, in order; one that
  // gives none says its lead's teaser with the sentence after it (制动的平稳同样是门学问：…).
  let best = [...groups];
  for (const target of groups.filter(isLong)) {
    const tried = stretchedBy(best, (g) => g === target, 2, limits);
    if (fitsOneSlide(tried, limits)) best = tried;
  }
  const joined = best.map((g) =>
    isLong(g) && !g.further && !best.some((other) => other.further && other.from === g.from)
      ? { ...g, point: groupPoint(g, limits, undefined, true) }
      : g,
  );
  return fitsOneSlide(joined, limits) ? joined : best;
}

/** Whether a group's paragraph is one short teaser and no more (秘密藏在水分子里。). */
const onlyTeases = (group: PointGroup): boolean =>
  !group.from.within &&
  !group.further &&
  group.label === undefined &&
  group.paragraphs.length === 1 &&
  sentences(group.from.text).length === 1 &&
  isTeaser(group.from.text.trim());

/** Words that open a correction of what came before (事实上，…): said, they mark it one. */
const CORRECTION_OPENS = /^(?:事实上|其实|实际上)[，,]\s*/u;

/**
 * The point of a paragraph that opens by correcting the belief of one sentence, a paragraph of
 * its own just before it (很多人相信，用微波炉热过的菜“没营养了”。 then 事实上，任何加热方式都会…),
 * with its opening kept (事实上，任何加热方式都会…): without it, the two read as a claim and its
 * support. Undefined for any other paragraph, or where its point is not its first sentence.
 */
function correctingPoint(
  paragraph: Paragraph,
  before: PointGroup | undefined,
  waiting: readonly Paragraph[],
  limits: DeckLimits,
): string | undefined {
  const opening = CORRECTION_OPENS.exec(paragraph.text)?.[0];
  if (!opening || !before || waiting.length > 0 || paragraph.within || before.from.within) return undefined;
  if (sentences(before.from.text).length !== 1 || !BELIEF.test(before.from.text)) return undefined;
  const said = opening.trim().replace(/[，,]$/u, '，');
  const point = leadPoint(paragraph, { ...limits, maxPointChars: limits.maxPointChars - width(said) });
  const first = asPoint(sentences(paragraph.text)[0] ?? '');
  return first.startsWith(point.replace(/…+$/u, '').slice(0, 6)) ? `${said}${point}` : undefined;
}

/** A paragraph that only says what came before is wrong (其实恰恰相反。 其实不然。). */
const ONLY_REFUTES =
  /^(?:其实|但是?|事实上|实际上)?[，,]?\s*(?:恰恰相反|正好相反|正相反|不然|并非如此|并不是这样|不是这样的?)[。！!]?$/u;

/**
 * Whether `paragraph` only refutes the belief `before` states in one sentence of its own
 * (很多人担心…。 then 其实恰恰相反。): the two say one point.
 */
const refutesBelief = (paragraph: Paragraph, before: Paragraph): boolean =>
  !paragraph.within &&
  !before.within &&
  ONLY_REFUTES.test(paragraph.text.trim()) &&
  sentences(before.text).length === 1 &&
  BELIEF.test(before.text);

/** The groups with each long one followed by up to `most` - 1 further points of its paragraph. */
function stretchedBy(
  groups: readonly PointGroup[],
  isLong: (group: PointGroup) => boolean,
  most: number,
  limits: DeckLimits,
): PointGroup[] {
  return groups.flatMap((group) => {
    if (!isLong(group)) return [group];
    const size = Math.max(STRETCH, length(group.from.text) / most);
    const [first, ...more] = stretches(sentences(group.from.text), size)
      .slice(0, most)
      .map((run, i) =>
        // The first stretch's teaser is said with the sentence after it in that stretch: the
        // further stretches start after it, so that sentence is shown nowhere else.
        i === 0
          ? groupPoint(group, limits, run, run.length > 1)
          : leadPoint(group.from, limits, standingAlone(run)),
      );
    return [
      { ...group, point: first ?? group.point },
      ...more.map((point): PointGroup => ({ point, from: group.from, paragraphs: [], further: true })),
    ];
  });
}

/** Words that point back to what the sentences before said (这一点, 上述): on a slide alone they point nowhere. */
// 以上 after a number (80%以上, more than 80 %) points nowhere.
const REFERS_BACK =
  /这一点|这些|这种|这样|这个|上述|(?<![\d%％一二三四五六七八九十百千万亿])以上|前面提到|前文/u;

/**
 * The sentences of a stretch that stand alone, from the first: a stretch's point is read without
 * the sentences before it (the first stretch's lead is the paragraph's, as written). All of them
 * when none does.
 */
function standingAlone(run: readonly string[]): string[] {
  const alone = run.filter((sentence) => !REFERS_BACK.test(sentence));
  return alone.length > 0 ? alone : [...run];
}

/** Sentences in stretches of at least `size` characters; a short last one joins the one before. */
function stretches(all: readonly string[], size: number): string[][] {
  const runs: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const sentence of all) {
    current.push(sentence);
    used += length(sentence);
    if (used >= size) {
      runs.push(current);
      current = [];
      used = 0;
    }
  }
  const last = runs.at(-1);
  if (current.length > 0 && last && used < size / 2) last.push(...current);
  else if (current.length > 0) runs.push(current);
  return runs;
}

/** One slide's points, the paragraphs for its notes, and which points sit under a lead-in. */
export interface PointChunk {
  readonly points: string[];
  readonly paragraphs: Paragraph[];
  readonly underLeadIn?: number[];
  /** The first point is the lead-in of a list begun on the slide before, said again over its items. */
  readonly continuesList?: true;
}

/** The starting line of the list whose item gives the group's point, if it is one. */
const listLine = (group: PointGroup | undefined): number | undefined =>
  group?.from.within?.kind === 'list' ? group.from.within.line : undefined;

/**
 * Where, among the groups, the point is that leads into the list whose item group `i` gives: the
 * point just before the list's first item (区别在于预热时间： then its items), not an item itself
 * nor a further point of a paragraph (unless said as the list's lead-in). None for a point that is
 * no list's item, or a list whose lead-in is not among the groups.
 */
function leadInOf(groups: readonly PointGroup[], i: number): number | undefined {
  const line = listLine(groups[i]);
  if (line === undefined) return undefined;
  const first = groups.findIndex((g) => listLine(g) === line);
  const leadIn = groups[first - 1];
  return leadIn && listLine(leadIn) === undefined && (!leadIn.further || leadIn.leadsIn)
    ? first - 1
    : undefined;
}

/** The points of one slide that are items of a list led into by a point before them there: drawn under it. */
const underLeadIn = (taken: readonly PointGroup[]): number[] =>
  taken.flatMap((_, i) => (leadInOf(taken, i) === undefined ? [] : [i]));

/**
 * What it costs to start a slide at a list's item, in the units of the evenness chunk() weighs
 * (squared slide sizes): a list read in one piece, with the sentence that leads into it, is
 * worth a slide a few points shorter than its neighbour.
 */
const LIST_BREAK = 12;
/** Fewest letters of a list's lead-in said again, cut short: fewer would say nothing of it. */
const CONTINUED_LETTERS = 6;
/** A further point of a long paragraph starts no slide: its words are in the notes of the one before. */
const FURTHER_BREAK = 1000;

/**
 * The summary's points from the article's own conclusion, as a section's, except that a conclusion
 * of one paragraph that gives one point gives one for each sentence after it too, as many as one
 * slide holds: its lead alone (雷电是大自然中一种既壮观又危险的现象) left the takeaway after it
 * (了解它的原理…，我们就能…保护好自己的安全) on no slide, a summary of one line.
 */
export function conclusionChunks(paragraphs: readonly Paragraph[], limits: DeckLimits): PointChunk[] {
  const groups = derivedPoints(paragraphs, limits);
  const [only] = groups;
  if (groups.length !== 1 || only === undefined || only.from.within || only.label !== undefined)
    return chunksOf(groups, limits);
  let best: PointGroup[] = [...groups];
  for (const sentence of sentences(only.from.text).slice(1)) {
    const point = leadPoint(only.from, limits, [sentence]);
    // Not one the lead's point says already (said with the sentence after it).
    if (point === '' || best.some((g) => g.point.includes(point.replace(/…+$/u, '')))) continue;
    const tried = [...best, { point, from: only.from, paragraphs: [], further: true as const }];
    if (!fitsOneSlide(tried, limits)) break;
    best = tried;
  }
  return chunksOf(best, limits);
}

/**
 * Derived points over as many slides as they need, each slide's notes holding their paragraphs;
 * a list stays on one slide with its lead-in where it can.
 */
export function derivedChunks(
  paragraphs: readonly Paragraph[],
  limits: DeckLimits,
  breaks: readonly number[] = [],
  heading?: string,
): PointChunk[] {
  const all = derivedPoints(paragraphs, limits, heading);
  // A slide ends at each break (the line of a table the section holds, shown between its points).
  const runs = [...breaks, Number.POSITIVE_INFINITY].map((line, i, lines) =>
    all.filter((g) => g.from.position.line < line && (i === 0 || g.from.position.line > (lines[i - 1] ?? 0))),
  );
  return runs.flatMap((groups) => chunksOf(groups, limits));
}

/**
 * A slide's points, each one cut short (……) said whole where the slide, as it was decided, has room
 * for it, up to three lines: a cut leaves out what the slide could show (第二步：…四十三度之间…… without
 * 发酵六到八个小时; a web address too, which a cut would leave out). A further point of a paragraph
 * and a list's item keep their cut, and so does a point said longer but still cut, which may stop
 * on a bare subject (…一台30升左右的烤箱……).
 */
function saidWhole(
  points: readonly string[],
  taken: readonly PointGroup[],
  limits: DeckLimits,
  kept = 0,
): string[] {
  const said = [...points];
  // Points cut at their end first: they lose their conclusion, one cut in its middle only a part.
  const order = [...taken.entries()].sort(
    ([i], [j]) => Number(!(points[i] ?? '').endsWith('…')) - Number(!(points[j] ?? '').endsWith('…')),
  );
  for (const [i, group] of order) {
    const point = said[i] ?? '';
    if (i < kept || !point.includes('…') || group.further || group.from.within?.kind === 'list') continue;
    if (taken.some((other) => other !== group && other.from === group.from)) continue;
    const others = sum(said.filter((_, j) => j !== i).map((p) => width(p)));
    const room = Math.min(ROOMY_LINES * limits.pointLineChars, limits.maxChars - others);
    if (room <= limits.maxPointChars) continue;
    const longer = groupPoint(group, { ...limits, maxPointChars: room }, undefined, false, group.opener);
    // A point cut in its middle (很多人以为……其实…) takes a longer one only where it says more.
    if (longer.endsWith('…') || (!point.endsWith('…') && !saysMore(longer, point))) continue;
    const tried = said.map((p, j) => (j === i ? longer : p));
    if (chunkPoints(tried, limits).length === 1) said[i] = longer;
  }
  return said;
}

/** Whether a point said longer leaves fewer cuts, or says six letters more (not 夏天板温过……). */
const saysMore = (longer: string, point: string): boolean =>
  cuts(longer) < cuts(point) || letters(longer) - letters(point) >= ROOMY_GAIN_LETTERS;
const cuts = (point: string): number => point.match(/…+/gu)?.length ?? 0;
/** Letters a point cut in its middle gains at least where it is said longer. */
const ROOMY_GAIN_LETTERS = 6;

/** The groups' points over as many slides as they need. */
function chunksOf(groups: readonly PointGroup[], limits: DeckLimits): PointChunk[] {
  // A slide that starts inside a list whose lead-in is on the slide before says the lead-in again
  // over the rest of its items: alone, 4. 每次连续测量… would stand on a slide as a point of its own.
  const again = (slide: readonly number[]): number | undefined => {
    const lead = leadInOf(groups, slide[0] ?? -1);
    return lead === undefined || slide.includes(lead) ? undefined : lead;
  };
  const said = groups.map((g) => g.point);
  const mark = CONTINUED_MARK;
  // The slides are shared out as without it (no more slides, no list parted the more for it); it
  // is said again where the slide has room for it, measured with its mark (（续）) as drawn, and
  // cut short (在微重力环境里……（续）) where only that fits.
  return chunk(
    groups.map((_, i) => i),
    (slide) =>
      pointsFit(
        slide.map((i) => said[i] ?? ''),
        limits,
      ),
    (index) =>
      groups[index]?.further ? FURTHER_BREAK : listLine(groups[index]) !== undefined ? LIST_BREAK : 0,
    // One slide more rather than a list parted from its lead-in (看这件陶灶时，不妨留意三个细节 | 1. | 2. 3.).
    true,
  ).map((slide) => {
    const items = slide.map((i) => said[i] ?? '');
    const lead = again(slide);
    const whole = lead === undefined ? undefined : (said[lead] ?? '');
    const room = limits.maxChars - sum(items.map(width)) - width(mark);
    const short = whole === undefined ? undefined : shorten(whole, Math.min(room, width(whole)), width);
    const leadText = [whole, short].find(
      (text) =>
        text !== undefined &&
        letters(text) >= CONTINUED_LETTERS &&
        pointsFit([`${text}${mark}`, ...items], limits),
    );
    const kept = leadText === undefined ? 0 : 1;
    const order = [...(leadText === undefined || lead === undefined ? [] : [lead]), ...slide];
    const taken = order.map((i) => groups[i] as PointGroup);
    const measured = saidWhole(
      [...(leadText === undefined ? [] : [`${leadText}${mark}`]), ...items],
      taken,
      limits,
      kept,
    );
    const points = leadText === undefined ? measured : [leadText, ...measured.slice(1)];
    // As the slide says them: a lead-in said again is said in its first slide's words.
    for (const [k, i] of slide.entries()) said[i] = points[k + kept] ?? '';
    const under = underLeadIn(taken);
    return {
      points,
      paragraphs: slide.flatMap((i) => groups[i]?.paragraphs ?? []),
      ...(under.length > 0 ? { underLeadIn: under } : {}),
      ...(kept === 1 ? { continuesList: true as const } : {}),
    };
  });
}
