// Chinese has no spaces between sentences; Intl.Segmenter knows where 。？！ and friends end one.
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'sentence' });

// Brackets and quotation marks that open and close; a sentence never ends inside them.
const OPENERS = '“‘「『（(《【[';
const CLOSERS = '”’」』）)》】]';

/** How many brackets `text` leaves open, starting `depth` deep (never below zero). */
function openAfter(text: string, depth = 0): number {
  let open = depth;
  for (const char of text) {
    if (OPENERS.includes(char)) open += 1;
    else if (CLOSERS.includes(char)) open = Math.max(0, open - 1);
  }
  return open;
}

// A full stop that ends a Latin abbreviation, not a sentence: initials (U.S., U.K.) and the
// abbreviations of titles and references an article writes before a name or a number.
const ABBREVIATION =
  /(?<![\p{Script=Latin}.])(?:(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Fig|No|Nos|Vol|Inc|Ltd|Co|Corp|Dept|Univ|vs|etc|approx|cf|ca|e\.g|i\.e|et al)\.)\s*$/u;

// One initial (J. before K. Rowling), an abbreviation only before a name: 方案A. 接下来 ends there.
const INITIAL = /(?<![\p{Script=Latin}.])\p{Lu}\.\s*$/u;
const NAME_NEXT = /^\s*\p{Lu}[\p{Ll}.]/u;

// An item's number and nothing before it (**1. 胎压要按冷胎标准补。**): it opens its sentence.
const ITEM_NUMBER = /^\s*\d{1,2}\.\s*$/u;

/**
 * Whether the segmenter's sentence `segment`, followed by `rest`, truly ends there. It ends one
 * at every full stop, also at U.S.联邦 and at Dr. Smith.
 */
function endsSentence(segment: string, rest: string): boolean {
  if (!/\.\s*$/.test(segment) || rest === '') return true;
  if (ABBREVIATION.test(segment) || ITEM_NUMBER.test(segment)) return false;
  return !(INITIAL.test(segment) && NAME_NEXT.test(rest));
}

/**
 * Splits text into trimmed, non-empty sentences. A sentence ends only outside quotation marks
 * and brackets: 他说：“它是新网。也是新路。” is one sentence, as a reader takes it (the
 * segmenter alone would end one at the first 。); and never at an abbreviation's full stop.
 */
export function sentences(text: string): string[] {
  // A mark the paragraph never closes (a quotation over several paragraphs opens each one and
  // closes only the last) holds no sentence together: it is left out of the count.
  const unclosed = unclosedOpeners(text);
  // Straight quotes ("…") open and close alike: they pair up only when there are an even number.
  // One after a digit is an inch mark (6" 屏), no quote.
  const quotes = new Set(straightQuotes(text));
  const straightPairs = quotes.size % 2 === 0;
  const found: string[] = [];
  let pending = '';
  let depth = 0;
  let inStraight = false;
  for (const { segment, index } of sentenceSegments(text)) {
    pending += segment;
    let at = index;
    for (const char of segment) {
      if (quotes.has(at) && straightPairs) inStraight = !inStraight;
      else if (!unclosed.has(at)) depth = openAfter(char, depth);
      at += char.length;
    }
    if (depth > 0 || inStraight || !endsSentence(pending, text.slice(at))) continue;
    found.push(pending.trim());
    pending = '';
  }
  found.push(pending.trim());
  return withAsidesBehind(found.filter((s) => s !== ''));
}

// A bracketed aside at a sentence's start, closed before anything else: a source or a citation.
const LEADING_ASIDE = /^[（(【[][^（(【[）)】\]]*[）)】\]]\s*/u;

/**
 * A source or citation in brackets after a sentence's end (是的。（数据来源：…） 有效果。[1]) is that
 * sentence's, not the start of the next one, where it would open its point.
 */
function withAsidesBehind(list: readonly string[]): string[] {
  const joined: string[] = [];
  for (const sentence of list) {
    const aside = LEADING_ASIDE.exec(sentence)?.[0];
    const last = joined.length - 1;
    if (!aside || last < 0) {
      joined.push(sentence);
      continue;
    }
    joined[last] = `${joined[last]}${aside.trimEnd()}`;
    const rest = sentence.slice(aside.length).trim();
    if (rest !== '') joined.push(rest);
  }
  return joined;
}

// Marks that open a sentence (OPENERS), after the mark that ends the one before and any that
// close it (CLOSERS): 他走了。《三体》…, 他说“好。”“走吧”.
const OPENS_NEXT = /(?<=[。！？!?…][”’」』）)》】\]]*)[“‘「『（(《【[]+\s*$/u;

/**
 * The segmenter's sentences, with the marks that open a sentence moved to it: it ends the one
 * before after them (他走了。《), and they would be counted as left open there.
 */
function sentenceSegments(text: string): { segment: string; index: number }[] {
  const found: { segment: string; index: number }[] = [];
  let carried = '';
  for (const { segment, index } of segmenter.segment(text)) {
    const whole = carried + segment;
    const opens = OPENS_NEXT.exec(whole);
    carried = opens ? opens[0] : '';
    const kept = opens ? whole.slice(0, opens.index) : whole;
    if (kept !== '') found.push({ segment: kept, index: index - (whole.length - segment.length) });
  }
  // Marks the text ends on open nothing: they stay with the last sentence.
  const last = found.at(-1);
  if (carried !== '' && last) last.segment += carried;
  else if (carried !== '') found.push({ segment: carried, index: 0 });
  return found;
}

/** Where `text` has a straight quotation mark ("): one after a digit is an inch mark (6" 屏). */
function straightQuotes(text: string): number[] {
  return Array.from(text.matchAll(/(?<!\d)"/g), (quote) => quote.index);
}

/** Where `text` opens a bracket or quotation mark that it never closes. */
function unclosedOpeners(text: string): Set<number> {
  const open: number[] = [];
  let at = 0;
  for (const char of text) {
    if (OPENERS.includes(char)) open.push(at);
    else if (CLOSERS.includes(char)) open.pop();
    at += char.length;
  }
  return new Set(open);
}

// Clause boundaries where a long sentence may be shortened without cutting a word in half (the
// author's own …… is one: a pause).
const CLAUSE_END = '，,；;：:…';

// Word boundaries, for a sentence with no clause boundary early enough: 腺苷 or "coffee" stays whole.
export const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

// A Latin name or number the word segmenter takes apart (Wi | - | Fi, 1 | . | 5, 12 | : | 30), or a
// web address (ASCII to its end: Chinese ends it): no cut inside.
const ADDRESS = /(?:https?:\/\/|www\.)[\x21-\x7e]*[\w/]/g;
const LATIN_RUN = new RegExp(`${ADDRESS.source}|[A-Za-z0-9]+(?:[-.+/@:][A-Za-z0-9]+)*\\+?`, 'g');

/**
 * Where `text` may not be cut: the places after the first character of each run `runs` finds
 * (LATIN_RUN: a Latin name, a number or a web address; ADDRESS: a web address alone).
 */
function insideRuns(text: string, runs: RegExp): Set<number> {
  const inside = new Set<number>();
  for (const run of text.matchAll(runs))
    for (let at = run.index + 1; at < run.index + run[0].length; at++) inside.add(at);
  return inside;
}

/** The longest run of whole words from the start of `sentence` that fits in `head`. */
function wholeWords(sentence: string, head: string, inside: ReadonlySet<number>): string {
  let kept = '';
  for (const { segment, index } of words.segment(sentence)) {
    const end = index + segment.length;
    if (end > head.length) break;
    if (!inside.has(end)) kept = sentence.slice(0, end);
  }
  return kept.trimEnd();
}

/**
 * Where `head` may be cut at a clause boundary: the last one outside brackets and outside a Latin
 * run (`inside`: the colon of https: or of 12:30 is none), or -1.
 */
function lastClauseEnd(head: string, inside: ReadonlySet<number>): number {
  let cut = -1;
  let depth = 0;
  let at = 0;
  for (const char of head) {
    depth = openAfter(char, depth);
    if (depth === 0 && CLAUSE_END.includes(char) && !inside.has(at)) cut = at;
    at += char.length;
  }
  return cut;
}

/** `text` without the brackets it leaves open at its end: cut before the first unclosed one. */
function withoutOpenBracket(text: string): string {
  let depth = 0;
  let openedAt = -1;
  let at = 0;
  for (const char of text) {
    const before = depth;
    depth = openAfter(char, depth);
    if (before === 0 && depth > 0) openedAt = at;
    at += char.length;
  }
  return depth > 0 && openedAt >= 0 ? text.slice(0, openedAt) : text;
}

/** How long a text is, in the unit a limit is given in: characters (`length`), or their width. */
export type Measure = (text: string) => number;

/**
 * Shortens a sentence to at most `max` characters (as `measure` counts them: each one, or by its
 * width in text-width.ts), marking the cut with an ellipsis (Chinese
 * "……", or "…" in a sentence with no Chinese): at its last clause boundary outside brackets if that keeps a
 * third of it, else after its last whole word. A cut avoids leaving a bracket or quotation open
 * (where every cut would, the sentence is shortened without its parenthetical asides; a sentence
 * that is all one aside, or cut inside “…” or 《…》, may still be), and the author's own ellipsis at
 * the cut is not doubled.
 */
export function shorten(sentence: string, max: number, measure: Measure = length): string {
  if (measure(sentence) <= max) return sentence;
  return keepingUrgent(
    sentence,
    keepingFigures(
      sentence,
      keepingEnd(sentence, cutShort(sentence, max, measure), max, measure),
      max,
      measure,
    ),
    max,
    measure,
  );
}

/** A quantity measured in digits and a unit (11天, 13560公里, 7.7公里, 90 mmHg, 5%). */
// Not an ordinal (第3个月) or a date (2019年被…), nor a figure that only describes (5个月的斑尾塍鹬).
const QUANTITY =
  /(?<![第\d.,])\d[\d,.]*\s*(?:多|余)?\s*(?:万|千|百|亿)?\s*(?:公里|千米|厘米|毫米|米|千克|公斤|克|吨|毫升|升|小时|分钟|秒|天|周|个月|年(?=多|余|左右|以上|以内|内|间)|%|％|元|度|℃|倍|mmHg|GB|TB|MB|Wh|mAh|瓦|千瓦)(?!的)/u;

/** Whether a text gives a quantity measured in digits and a unit (30分钟, 5%). */
export const measuresQuantity = (text: string): boolean => QUANTITY.test(text);

/**
 * A cut at the sentence's end that leaves out its measured figures (…一只出生才5个月的斑尾塍鹬…… without
 * 连续飞行了11天，航程约13560公里) keeps them after the cut, where they take at most half the room and
 * what comes before keeps a quarter: a figure is what a slide of a popular-science talk is read for.
 * The clauses from the first figure left out to the last, else the first alone.
 */
function keepingFigures(sentence: string, cut: string, max: number, measure: Measure): string {
  if (!cut.endsWith('……') || cut.slice(0, -2).includes('…')) return cut;
  const keptBefore = cut.slice(0, -2);
  if (!sentence.startsWith(keptBefore)) return cut;
  const starts = [0, ...clauseStarts(sentence)];
  const all = starts.map((at, i) => ({ at, text: sentence.slice(at, starts[i + 1] ?? sentence.length) }));
  // Not where the cut already ends on a figure (…一般骑40公里……): it keeps one.
  const lastKept = all.filter(({ at }) => at < keptBefore.length).at(-1);
  if (lastKept && QUANTITY.test(sentence.slice(lastKept.at, keptBefore.length))) return cut;
  const clauses = all.filter(({ at }) => at >= keptBefore.length);
  const figures = clauses.filter(({ text }) => QUANTITY.test(text));
  const first = figures[0];
  const last = figures.at(-1);
  if (!first || !last) return cut;
  const trim = (text: string) => text.replace(/[，,；;。！？!?\s]+$/u, '');
  // What follows the figures is left out with …… after them, as any cut: never said to end there.
  const goesOn = (end: number) => trim(sentence.slice(end)) !== '';
  const runs = [
    { run: trim(sentence.slice(first.at, last.at + last.text.length)), end: last.at + last.text.length },
    { run: trim(first.text), end: first.at + first.text.length },
  ].map(({ run, end }) => (goesOn(end) ? `${run}……` : run));
  for (const run of runs) {
    if (measure(run) + measure('……') > max / 2) continue;
    const before = sentence.slice(0, first.at).replace(/[，,；;：:\s]+$/u, '');
    const kept = withEndKept(before, run, max, measure, max / 4);
    // Only where what comes before is cut at a clause's end (给出过明确…… says less than the cut did),
    // and nothing left out between says the figures belong to another subject or a case of what
    // came before (…；固态硬盘…, …只有两种情况建议直接换：…).
    const head = kept?.slice(0, kept.indexOf('……')) ?? '';
    const between = sentence.slice(head.length, first.at);
    if (
      kept &&
      (head === before || '，,；;：:'.includes(sentence[head.length] ?? '')) &&
      !/[；;]/u.test(between + run) &&
      !/[：:]/u.test(between.slice(1) + run)
    )
      return kept;
  }
  return cut;
}

/**
 * A sentence already cut in its middle for its end (小李…做兼职……汇算时就要补上这部分差额), cut again,
 * keeps that end where it is short and what comes before keeps a third of the room: the end is
 * what the first cut kept it for.
 */
function keepingEnd(sentence: string, cut: string, max: number, measure: Measure): string {
  const at = sentence.lastIndexOf('……');
  if (at <= 0) return cut;
  const end = sentence.slice(at + 2);
  if (end === '' || cut.endsWith(end) || end.includes('…') || measure(end) > max / 3) return cut;
  return withEndKept(sentence.slice(0, at), end, max, measure) ?? cut;
}

/**
 * What comes before `end`, cut to the room `end` leaves, then …… and `end` (小李在公司拿工资……汇算时
 * 就要补上这部分差额); undefined where what comes before would keep less than `least` (a third of
 * the room).
 */
export function withEndKept(
  before: string,
  end: string,
  max: number,
  measure: Measure = length,
  least = max / 3,
): string | undefined {
  const head = cutShort(before, max - measure(end) - measure('……'), measure).replace(/…+$/u, '');
  return measure(head) >= least ? `${head}……${end}` : undefined;
}

/** A clause that tells the reader to get help at once (应该马上拨打120, 要及时就医, 尽快带孩子到正规医院…). */
const URGENT =
  /[^，,；;。：:]*(?:(?:马上|立即|立刻|尽快|及时|赶紧|赶快)(?:拨打|就医|就诊|送医|去医院|报警|(?:带[^，,；;。：:]{1,4})?(?:到|去)[^，,；;。：:]{0,6}(?:医院|门诊|眼科))|拨打(?:120|110|119|急救电话))[^，,；;。：:]*/u;

/**
 * A cut that leaves out a clause telling the reader to get help at once (…其实人体不会储存电荷……) keeps
 * it after the cut (……应该马上拨打120), where what comes before keeps half the room: on a slide, it
 * is the part that must not be lost.
 */
function keepingUrgent(sentence: string, cut: string, max: number, measure: Measure): string {
  const urgent = URGENT.exec(sentence);
  if (urgent === null || cut.includes(urgent[0])) return cut;
  const before = sentence.slice(0, urgent.index).replace(/[，,；;：:\s]+$/u, '');
  if (measure(urgent[0]) + measure('……') > max / 2 || before === '') return cut;
  return withEndKept(before, urgent[0], max, measure) ?? cut;
}

/** `sentence` cut to `max`, as an editor would cut it; see shorten. */
function cutShort(sentence: string, max: number, measure: Measure): string {
  if (measure(sentence) <= max) return sentence;
  // A gloss in brackets (a name in English, 简称MLO) is what an editor drops first: the thought
  // then stays whole, and the notes keep the gloss.
  // Where it must be cut anyway, it is cut without them: the room goes to what it says.
  const unglossed = withoutAsides(sentence, isGloss);
  if (unglossed !== sentence && unglossed !== '' && measure(unglossed) <= max) return unglossed;
  // Examples set off in their own clause (…产品，例如A和B，几乎都…) go next, and stay out of any
  // cut that follows: without them the sentence keeps its verb, where a cut would leave the
  // subject and its examples alone.
  const base = withoutExamples(unglossed || sentence);
  if (measure(base) <= max) return base;
  // A cut that drops a turn (…，但…) would keep the claim the sentence goes on to refute.
  const turned = keepingTurn(base, max, measure);
  if (turned) return turned;
  // A finding reported after a colon (…汇总了17项试验后发现：…) is what the sentence says.
  const found = keepingFinding(base, max, measure);
  if (found) return found;
  const concluded = keepingConclusion(base, max, measure);
  if (concluded) return concluded;
  const cut = cutToFit(base, max, measure);
  // A cut that would spend a third of its room on asides (按照最常用的定义（由…在2008年的一次研讨会上
  // 提出）……) keeps too little of what the sentence says: it is cut without them.
  const unaside = withoutAsides(base);
  if (unaside !== base && unaside !== '' && measure(withoutAsides(cut)) < (measure(cut) * 2) / 3)
    return shorten(unaside, max, measure);
  // A cut that keeps only the scene (根据…《规范》……, 如果发现报告里有错误……) says nothing: the
  // sentence keeps its opening, shortened, and the first clause that says what follows from it.
  const main = onlySetsScene(cut) ? saysWhat(base) : undefined;
  const result = main === undefined ? undefined : keepingTurn(base, max, measure, main);
  // A source cut short (根据国家卫生健康委员会发布……) names nothing: the rule it cites stands alone, from
  // the clause after the source (为了查验商品而拆开包装…，只要…，仍然算完好), not from its main clause alone.
  if (result && main !== undefined && CITES.test(base) && !result.startsWith(base.slice(0, main).trimEnd()))
    return shorten(base.slice(clauseStarts(base)[0] ?? main).trim(), max, measure);
  if (result) return result;
  if (unclosedOpeners(cut).size === 0) return cut;
  // Every cut short enough falls inside a parenthesis (a long aside early on): the sentence reads
  // on without its asides, as an editor would shorten it.
  const plain = withoutAsides(base);
  if (plain !== base && plain !== '') return shorten(plain, max, measure);
  // A quotation cut short is closed after the cut (“…真正拉开差距的是锂……”), not left open, in
  // room the cut leaves for its marks.
  const marks = measure(closeOpenMarks(cut)) - measure(cut);
  return closeOpenMarks(marks > 0 ? cutToFit(base, max - marks, measure) : cut);
}

// A clause that says what is not so, and the words that go on to what is (不是X，就是Y / 而是Y,
// 不在于X，而在于Y, 不要X，而应当Y): cut between them, the sentence would say the opposite of what
// it means. 而是否 (and whether) and 而应用 (while the apps) go on to nothing.
const DENIES = /不是|并非|不在于|不去|不要/u;
const WHAT_IS = '而是(?!否)|而在于|而应(?:当|该|(?!用))';
const GOES_ON = new RegExp(`^[\\s，,]*(?:就是|便是|${WHAT_IS})`, 'u');
const SAYS_WHAT_IS = new RegExp(`^(?:${WHAT_IS})`, 'u');

// Words that open a clause turning against what came before: what follows is the sentence's point
// (不是…，而是… too: cut before 而是, it would say only what is not so).
const TURN = new RegExp(
  `^(?:但是|但|然而|不过|可是|可问题是|其实|事实上|实际上|恰恰相反|${WHAT_IS})(?![愿凡])`,
  'u',
);
// A clause that turns with 却 a few words in (…或许没错，用在细菌感染上却可能耽误治疗): a turn
// where the sentence has no turning word (冷却, 忘却 and 退却 are no 却).
const TURNS_LATER = /^[^，,；;。：:“”]{2,20}?(?<![冷忘退推了])却(?!是)/u;

// A turn that goes on without a subject (但并不会停止, 但也会…, 但仍…): it speaks of the clause
// before. Not 但不少新款…, 但也有专家…, 但不管…, 但就目前来说…: these have their own.
const LEANS_BACK =
  /^(?:但是?|不过|可是|然而)(?:并不|并没|并非|不(?:会|能|是|再|一定)|没有?(?!人)|也(?!有)|仍|却)/u;

/** Whether a sentence turns against what came before it from its start (但是…, 事实上，…). */
// A bare 可 turns too where it opens the sentence (可往下一划，…), not 可以 or 可见; within one, a
// clause opening on it may only set the scene (…，可真到半夜发烧的时候，…).
const turnsAgainst = (sentence: string): boolean => TURN.test(sentence) || OPENS_ON_KE.test(sentence);
/** A bare 可 that turns (可往下一划), not a word it opens (可以, 可见, 可怕, 可靠…). */
export const BARE_KE = '可(?![以能见惜爱口怜怕靠乐观行笑喜贵恶疑信取供用])(?=\\p{Script=Han})';
const OPENS_ON_KE = new RegExp(`^${BARE_KE}`, 'u');

// A sentence that takes up the view just stated (这种担心…，但…): it corrects it in a later clause.
const TAKES_UP = /^这(?:种|个|样的)?(?:担心|看法|说法|观点|想法|认识|印象|顾虑|误解|观念|做法|话(?!题))/u;

/** Whether a sentence turns in a later clause (很多人担心…，其实…): it corrects itself. */
export const turnsWithin = (sentence: string): boolean =>
  clauseStarts(sentence).some((at) => TURN.test(sentence.slice(at)));

/**
 * Whether a sentence corrects the belief stated before it: it turns from its start (事实上，…),
 * calls it wrong (这是一个普遍的误解。 这话只对了一半。), or takes that belief up and turns on it
 * (这种担心在十年前有一定道理，但如今已经基本不成立).
 */
export const corrects = (sentence: string): boolean =>
  turnsAgainst(sentence) ||
  // One that grants a part first and turns within (虽然路况好的时候确实只要28分钟，但…), or lends the
  // view an ear first (我们理解这种感受，但这些步骤是为猫准备的).
  (/^(?:虽然|虽说|尽管|(?:我|我们)(?:完全|非常|很|也)?(?:理解|明白))/u.test(sentence) &&
    turnsWithin(sentence)) ||
  ((TAKES_UP.test(sentence) || /^(?:这|它|可惜)/u.test(sentence)) && REFUTES.test(sentence)) ||
  (TAKES_UP.test(sentence) && turnsWithin(sentence));

/** Words that call a view only partly wrong (这话不全对, 只对了一半). */
export const PARTLY_WRONG = /不(?:全|完全|尽)(?:对|正确)|只(?:说)?对了(?:一半|一小部分|一部分|一小半)/u;
// Words that call a view wrong (这是一个普遍的误解, 这种做法并没有证据支持, 这种做法并没有必要,
// 可惜它恰恰说反了, 这是不可能的：…, 这是谣言, 这种想法非常危险).
const REFUTES = new RegExp(
  `(?:只是|不过是|纯属)(?:运气|侥幸|巧合)|说得?太绝对|误解|误区|说反了|${PARTLY_WRONG.source}|恰恰(?:说明|证明)|(?:非常|很|十分|相当)危险|站不住脚|没有(?:任何)?(?:科学)?(?:证据|依据|根据)|没(?:有)?(?:这个)?必要|多此一举|大可不必|并非如此|不是这样|大错特错|不成立|(?:是|完全|根本)不可能|谣言`,
  'u',
);

// A clause that sets another subject against the one before (…，而一两百元的耳机…): not 而是,
// 而且, nor a time that goes on about the same subject (而如今, 而后).
const CONTRASTS = /^而(?![是且言不已如现后今当])/u;

// A sentence that opens on a cause or a condition (由于…，如果…), and the words that lead to its
// result (所以…, 那么…): that result is its point.
const IF = '如果|假如|倘若|若(?!干)|要是|只要|一旦|万一';
// What a clause may say it depends on: a condition, a cause, a concession.
const CONDITIONS = `${IF}|因为|由于|虽然|尽管`;
// Words that name where what follows comes from (根据…规范，据统计，).
const SOURCES = '根据|依据|按照|据';
const CAUSE = new RegExp(`^(?:由于|因为|既然|${IF})`, 'u');
const RESULT = /^(?:所以|因此|因而|于是|那么|从而|则|就(?=要|会|得|该|可以|能|必须|应该))/u;
const CONCLUDES = /^所以/u;
// How a story turned out (…一下子全停了，结果不到一周就烧心到睡不着): its point, after what someone
// believed too. Not 结果是 or 结果显示, which report a finding.
const OUTCOME = /^结果(?![是显表发])/u;
// What a rule says follows from a condition closed by 的 (…的，不承担赔偿责任; …的，应当退还).
const RULED =
  /^(?:不(?:承担|得|予|需|必|能|应)|应当|应该|应|可以|可|须|必须|由|依法|视为|予以|处以|有权|无权|免除|承担)/u;
/** The words for holding a view (以为, 担心, 第一反应是…): a clause with one says what someone believes. */
export const HOLD = '以为|认为|觉得|担心|怀疑|相信|坚信|听说|常说|会说|流传|抱怨|(?:的)?第一反应(?:都|就)?是';
const HOLDS_VIEW = new RegExp(HOLD, 'u');

// A first clause that only names the topic: the sentence's opening takes the clause after it too.
// So does a place in a sequence (第三，…): alone it says nothing of what the sentence says.
const TOPIC =
  /^(?:(?:说到|谈到|提到|说起|关于|对于)[^，,；;]{1,12}|第[一二三四五六七八九十\d]+|首先|其次|再次|另外|最后)[，,]/u;

/** Letters in `text`, of any script: what it says, without numbers, punctuation and spaces. */
export const letters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

// A clause that sets the scene for the one after it (随着…，因为…，根据…，在…时，): no conclusion.
// 在 only where the clause ends on a time or a place (在系统完成计算之前，), not 在家充电要贵两三倍;
// 当 not in 当前, 当地.
const SCENE = new RegExp(
  `^[，,\\s]*(?:随着|${CONDITIONS}|或者|或是|当(?![然地前今下])|在(?![线于])(?=[^，,。；;]{0,40}?(?:时|中|下|里|后|前|期间|之际)(?:[，,]|$))|对于|为了|自从|除了|${SOURCES}|直到|等到)`,
  'u',
);
// A clause that only says on what condition (…；如果你晚上十一点睡): cut off after it, it leads nowhere.
const CONDITION = new RegExp(`^(?:${CONDITIONS})`, 'u');

// An opening that names the source of what follows.
const CITES = new RegExp(`^(?:${SOURCES})`, 'u');

/** Whether every clause of a cut (its …… set aside) only sets the scene (根据…，如果…). */
function onlySetsScene(cut: string): boolean {
  const kept = cut.replace(/…+$/u, '');
  return [0, ...clauseStarts(kept)].every((at) => SCENE.test(kept.slice(at)));
}

/** Where the first clause of `sentence` that does not set the scene starts, if any does. */
const saysWhat = (sentence: string): number | undefined =>
  clauseStarts(sentence).find((at) => !SCENE.test(sentence.slice(at)) && letters(sentence.slice(at)) >= 2);

/** Where the clauses of `text` start: after each clause boundary outside brackets and Latin runs. */
function clauseStarts(text: string): number[] {
  const inside = insideRuns(text, LATIN_RUN);
  const starts: number[] = [];
  let depth = 0;
  let at = 0;
  for (const char of text) {
    depth = openAfter(char, depth);
    at += char.length;
    if (depth === 0 && '，,；;'.includes(char) && !inside.has(at - 1)) starts.push(at);
  }
  return starts;
}

/**
 * What the turn at `turn` says: its first clause with something to say of its own, after the
 * turning word (但这种看法早就过时了, 事实上，新能源汽车的火灾发生率并不比燃油车高).
 */
/** A clause that only asks to look again (但换个角度想，…): what it sees follows. */
const REFRAMES =
  /^(?:换(?:个|一个)角度(?:想|看|来看|说)|反过来(?:想|看|说)|仔细想想|再想想|这么(?:看|想)|往深(?:里)?想)(?:一下)?[，,]?$/u;
/** A clause that is only a place, with no verb (在合适的海湾和海峡，). */
const PLACE_ONLY = /^(?:在|而在)[^，,。；;：:是有会能要可]{1,12}[，,]?$/u;

function turnsTo(sentence: string, turn: number, clauseEnd: (from: number) => number): string | undefined {
  const word = (TURN.exec(sentence.slice(turn)) ?? RESULT.exec(sentence.slice(turn)))?.[0] ?? '';
  let scene = false;
  for (let at = turn; at < sentence.length; at = clauseEnd(at)) {
    const clause = sentence
      .slice(at === turn ? turn + word.length : at, clauseEnd(at))
      .replace(/^[，,\s]+/u, '');
    // A clause that only says where the news comes from (睡眠监测显示，) leads to the news.
    // Nor does one that only says where (但在合适的海湾和海峡，…): what holds there follows.
    // Nor one that goes on with the scene set (如果每周至少3晚…，并且持续3个月以上，): it is part of it.
    const goesOn: boolean = scene && /^(?:并且|而且|并|且|以及|同时)/u.test(clause);
    scene = SCENE.test(clause) || goesOn;
    if (
      letters(clause) < 2 ||
      scene ||
      PLACE_ONLY.test(clause) ||
      REFRAMES.test(clause) ||
      /(?:显示|表明|发现|指出|证明)[，,]?$/u.test(clause)
    )
      continue;
    if (at === turn) return sentence.slice(turn, clauseEnd(at));
    // 但 and 不过 run on; 其实, 事实上, 实际上 and 恰恰相反 take a comma.
    return `${word}${/^(?:其实|事实上|实际上|恰恰相反)$/u.test(word) ? '，' : ''}${clause}`;
  }
  return undefined;
}

/**
 * A sentence that turns (很多人以为…，这在十年前确实是事实，但随着…，这种看法早就过时了) shortened
 * to its opening and its conclusion, the clauses in between left out: 很多人以为……但这种看法早就过时了. Undefined
 * when it has no turn, or when its conclusion leaves too little room for the opening.
 */
function keepingTurn(sentence: string, max: number, measure: Measure, mainAt?: number): string | undefined {
  const starts = clauseStarts(sentence);
  // A turn past a ；speaks of what follows the ；(机械硬盘…；固态硬盘…，但大部分时间…), not of the
  // opening: only a turn right after it counts (…；其实…), or one on a view it takes up (…；这种担心…，但…).
  // So does a turn past a clause that sets another subject against the first (旗舰耳机…，而一两百元的
  // 耳机…，实际上芯片都没有 speaks of the cheap ones).
  const sameSubject = (at: number) =>
    starts.every(
      (start) =>
        start >= at ||
        !(/[；;]/u.test(sentence[start - 1] ?? '') || CONTRASTS.test(sentence.slice(start))) ||
        TAKES_UP.test(sentence.slice(start)),
    );
  // A cause or condition set first (由于…，如果…) leads to its result (所以…, 那么…): the sentence's
  // point, before any turn after it (…，那么eSIM会省去不少麻烦，但要注意备份激活码).
  // So does a condition closed by 的, as laws and rules put it (…致使租赁物受到损耗的，不承担赔偿责任).
  const result = CAUSE.test(sentence)
    ? starts.find((at) => sameSubject(at) && RESULT.test(sentence.slice(at)))
    : starts.find(
        (at) =>
          sameSubject(at) && /的[，,]\s*$/u.test(sentence.slice(0, at)) && RULED.test(sentence.slice(at)),
      );
  // Without one, a clause that draws the conclusion with 所以 (…加起来，一般会损失15%～20%，所以系统效率按80%估算)
  // is the point where nothing turns; not where it is what people believe follows (很多人以为…，所以…).
  // Its opening must say something (not 若干年前, a time alone).
  const concluded =
    letters(sentence.slice(0, starts[0] ?? 0)) < 6
      ? undefined
      : starts.find(
          (at) =>
            sameSubject(at) &&
            ((CONCLUDES.test(sentence.slice(at)) && !HOLDS_VIEW.test(sentence.slice(0, at))) ||
              OUTCOME.test(sentence.slice(at))),
        );
  // A turning word (但, 其实, 而是) wins over a clause that turns with 却 a few words in.
  const turnsAt = (pattern: RegExp) =>
    starts.filter((at) => sameSubject(at) && pattern.test(sentence.slice(at))).at(-1);
  const turnAt = mainAt ?? result ?? turnsAt(TURN) ?? turnsAt(TURNS_LATER) ?? concluded;
  if (turnAt === undefined) return undefined;
  // A turn with no subject of its own (…，大多数细菌的繁殖会大大减慢，但并不会停止) says it of the
  // clause right before it: the conclusion starts there, where that clause says something.
  // So does a rule's result (…的，不承担赔偿责任): its condition starts there.
  const leanedOn =
    turnAt === mainAt ||
    !(LEANS_BACK.test(sentence.slice(turnAt)) || (turnAt === result && !CAUSE.test(sentence)))
      ? undefined
      : starts.filter((at) => at < turnAt).at(-1);
  const turn =
    leanedOn !== undefined && sameSubject(leanedOn) && !SCENE.test(sentence.slice(leanedOn))
      ? leanedOn
      : turnAt;
  // Its first clause, or two where the first only names the topic (说到电动车，很多人担心…), or,
  // before 而是, up to the first clause that says what is not so (比较成本时，该看的不是…，而是…).
  const denies = SAYS_WHAT_IS.test(sentence.slice(turn)) ? sentence.slice(0, turn).search(DENIES) : -1;
  const first =
    denies >= 0
      ? starts.find((at) => at > denies)
      : TOPIC.test(sentence) && (starts[1] ?? turn) <= turn
        ? starts[1]
        : starts[0];
  const opening = sentence.slice(0, first ?? turn).replace(/[\s，,；;]+$/u, '');
  // Where nothing is left out between them, the opening runs on into the conclusion as written.
  const joint = (conclusion: string): string =>
    (first ?? turn) >= turn && sentence.slice(turn).startsWith(conclusion.replace(/……$/u, ''))
      ? (/[，,；;](?=\s*$)/u.exec(sentence.slice(0, turn))?.[0] ?? '，')
      : '……';
  // A clause that says what follows from the one before (…稍微高一点或低一点，读数就会有明显偏差)
  // is part of it: cut before it, the condition would lead nowhere.
  const clauseEnd = (from: number) =>
    starts.find((at) => at > from && !FOLLOWS_FROM.test(sentence.slice(at))) ?? sentence.length;
  const bareClauseEnd = (from: number) => starts.find((at) => at > from) ?? sentence.length;
  const trimmed = (text: string) => text.trim().replace(/[，,；;]$/u, '');
  // From the turn to the end if that fits beside the opening, else what the turn says: its
  // first clause that says something of its own (not 其实， alone, nor one that sets the scene:
  // 但随着…， 事实上，根据…统计，), after the turning word; else the sentence's last clause, unless
  // a ；sets it apart from the turn: then it is the last item of a list (…：储能…；分时电价…), no conclusion.
  const last = starts.at(-1) ?? turn;
  const conclusions = (
    turn === turnAt
      ? [
          sentence.slice(turn),
          turnsTo(sentence, turn, clauseEnd),
          // Where that does not fit, its first clause alone.
          turnsTo(sentence, turn, bareClauseEnd),
          // …nor one that only says what follows from the clause before it (反而更加抗拒), nor the
          // result of a condition it would leave out (…，如果发现明显长大，再做手术: the sentence
          // says not to operate yet).
          /[；;]/u.test(sentence.slice(turn, last)) ||
          FOLLOWS_FROM.test(sentence.slice(last)) ||
          CONDITION.test(sentence.slice(starts.filter((at) => at < last).at(-1) ?? turn))
            ? undefined
            : sentence.slice(last),
        ]
      : // The clause leaned on, with the whole turn or its first clause.
        [sentence.slice(turn), sentence.slice(turn, clauseEnd(turnAt))]
  )
    .filter((c): c is string => c !== undefined)
    .map(trimmed)
    // A conclusion that stops before the sentence does is marked so (…由4～6个周期组成……): unmarked,
    // it would read as the whole of what the sentence concludes.
    .map((c) => (letters(sentence.slice(sentence.indexOf(c, turn) + c.length)) > 0 ? `${c}……` : c));
  const room = (conclusion: string) => max - measure(conclusion);
  const least = Math.max(8, max / 3);
  const conclusion =
    conclusions.find((c) => room(c) >= Math.min(measure(opening) + 2, max / 2)) ??
    conclusions.find((c) => room(c) >= least);
  if (conclusion === undefined) return undefined;
  // Where the opening does not fit, what is not so still does, from the clause that says it
  // (……思路：不去模拟海水怎么流动，而是…), rather than an opening cut before it.
  const denial =
    denies >= 0
      ? sentence
          .slice(lastClauseEnd(sentence.slice(0, denies), insideRuns(sentence, LATIN_RUN)) + 1, first)
          .trim()
          // …，就不要急着往楼下跑 leans on the condition left out: 不要 stands alone.
          .replace(/^就(?=不)/u, '')
      : '';
  const front =
    measure(opening) + 2 <= room(conclusion)
      ? `${opening}${joint(conclusion)}`
      : denial !== opening && denial !== '' && measure(denial) + 2 <= room(conclusion)
        ? `${denial.replace(/[\s，,；;]+$/u, '')}${joint(conclusion)}`
        : cutToFit(opening, room(conclusion), measure);
  return unclosedOpeners(front).size === 0 ? `${front}${conclusion}` : undefined;
}

/** A clause that says what follows from the clause before it (读数就会…, 则…, 反而…). */
export const FOLLOWS_FROM =
  /^[\s，,]*(?:[^，,；;。]{0,4}?(?<!早|也|那)(?:就会|就要|就得|便会|则会)|则|反而|从而|进而|以致|以至于)/u;

// Words that report a finding, before the colon that gives it (研究发现：, 结果显示：), or opening
// a clause of their own that gives it after a study (…在《自然》杂志发表论文，发现欧亚鸲视网膜中的…;
// not …弗莱明度假归来，发现…, whose finder is the story).
export const REPORTS =
  /(?:发现|显示|表明|证实|证明|结论是|结果是)[：:]|(?<=(?:研究|论文|试验|实验|调查|分析|综述|跟踪|随访)[^。；;！？]*[，,]\s*(?:并|还|最终|结果)?)(?:发现|证实)(?=\p{Script=Han})|(?<=(?:研究|论文|试验|实验|调查|分析|综述|统计)(?:人员|者)?)(?:发现|显示|表明|证实)[，,]/u;

/**
 * A sentence that reports a finding after a colon (2023年，…发表了一篇系统综述，…后发现：…),
 * shortened to its first clause, the reporting verb and the finding: 2023年……发现：…. Undefined
 * when it reports none, or when a plain cut keeps the finding's first clause anyway.
 */
function keepingFinding(sentence: string, max: number, measure: Measure): string | undefined {
  const report = REPORTS.exec(sentence);
  if (!report) return undefined;
  const findingAt = report.index + report[0].length;
  const finding = sentence.slice(findingAt);
  const firstClause = clauseStarts(finding)[0] ?? finding.length;
  if (cutToFit(sentence, max, measure).replace(/…+$/u, '').length >= findingAt + firstClause)
    return undefined;
  // The reporting verb stays (发现：), after the sentence's first clause (2023年) and an ellipsis.
  const verb = report[0];
  const opening = sentence.slice(0, clauseStarts(sentence)[0] ?? report.index).replace(/[\s，,；;]+$/u, '');
  const said = asFinding(finding, max - measure(opening) - 2 - measure(verb), measure);
  if (!said || opening === '' || opening.length >= report.index) return undefined;
  return `${opening}……${verb}${said}`;
}

// A last clause that says what follows from the clauses before it (…，就可以诊断为高血压, …，即视为违约).
const CONCLUDES_RULE = /^(?:就|即|便)(?:可以|可|能|会|是|为|属于|视为|构成)/u;
// A clause that names only where a rule comes from or where it holds (根据…指南，在…的情况下，).
const SETTING = new RegExp(
  `^[，,\\s]*(?:${SOURCES}|在(?![线于])(?=[^，,。；;]{0,40}?(?:时|中|下|里|期间)(?:[，,]|$)))`,
  'u',
);

/**
 * A rule whose last clause says what follows from its conditions (根据…指南，在未使用降压药的情况下，
 * 非同日三次测量…，收缩压≥140 mmHg…，就可以诊断为高血压): cut at its end, it keeps only conditions and
 * never says what they make. Without the clauses that only set the scene (its source, 在…情况下), it
 * may fit whole.
 */
function keepingConclusion(sentence: string, max: number, measure: Measure): string | undefined {
  // One of two halves (…；而…，则…) concludes only its own half.
  if (/[；;]/u.test(sentence)) return undefined;
  const starts = clauseStarts(sentence);
  const last = starts.at(-1);
  if (last === undefined || !CONCLUDES_RULE.test(sentence.slice(last))) return undefined;
  let from = 0;
  for (const at of starts) {
    if (!SETTING.test(sentence.slice(from))) break;
    from = at;
  }
  const rest = sentence
    .slice(from)
    .trim()
    .replace(/[。！!]$/u, '');
  return from > 0 && from < last && measure(rest) <= max ? rest : undefined;
}

/** A finding cut to `max`, whole words kept; undefined where too little of it would be left. */
function asFinding(finding: string, max: number, measure: Measure): string | undefined {
  const plain = finding.replace(/[。！!]$/u, '');
  if (measure(plain) <= max) return plain;
  const cut = shorten(plain, max, measure);
  return letters(cut) >= 6 ? cut : undefined;
}

/**
 * `text` without the clauses that only list examples between two others (，例如A和B，): a list
 * (A、B, A和B, A等), not a case the next clause goes on about (，例如一些老款安卓机，仍然只能…)
 * nor a condition (，比如每天通勤五十公里，…); and one that closes an item of a sentence that counts
 * them (一是…，比如…；二是…), whatever it holds.
 */
const withoutExamples = (text: string): string =>
  text
    .replace(/[，,]\s*(?:例如|比如|譬如|像是)([^，,。；;：:！？!?]*)(?=[，,])/gu, (clause, listed: string) =>
      /[、和及与或等]/u.test(listed) && !/^(?:说|你|我们|如果|假如|每)/u.test(listed) ? '' : clause,
    )
    // One that closes an item of a sentence that counts them (一是…，比如…；二是…): the next is another.
    .replace(
      /[，,]\s*(?:例如|比如|譬如)(?!说)[^，,。；;：:！？!?]*(?=[；;]\s*(?:[二三四五]是|其[二三四五]|第[二三四五]|另一|再者))/gu,
      '',
    );

/**
 * Whether an aside only glosses what comes before it: a name in Latin letters (Runge, MLO), with
 * two Chinese characters at most (简称, 又称), or a Latin term's Chinese name, a few words and
 * nothing else (Massive MIMO（大规模多天线）). One that says more (（不含税）, （涨价500）, the
 * （上） of a book's title) may change the meaning.
 */
const isGloss = (aside: string, before: string): boolean =>
  ((aside.match(/\p{Script=Han}/gu)?.length ?? 0) <= 2 && /[A-Za-z]{2}/.test(aside)) ||
  (/[A-Za-z][A-Za-z0-9+-]*$/.test(before.trimEnd()) && /^\s*[（(]\p{Script=Han}{2,10}[）)]\s*$/u.test(aside));

/**
 * `text` without its parenthetical asides, or those `drop` picks: （…）, (…) and 【…】, each
 * closed; quotations stay.
 */
function withoutAsides(text: string, drop: (aside: string, before: string) => boolean = () => true): string {
  const aside = /\s*(?:（[^（）()]*）|\([^（）()]*\)|【[^【】]*】)\s*/gu;
  let rest = text;
  // Innermost first, until none is left: （甲（乙）丙） goes whole.
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(aside, (found, at: number, whole: string) => {
      if (!drop(found, whole.slice(0, at))) return found;
      // Between two Latin words a space stays, so they do not run together.
      return /\w$/.test(whole.slice(0, at)) && /^\w/.test(whole.slice(at + found.length)) ? ' ' : '';
    });
  }
  return rest.trim();
}

/** `text` cut before a straight quotation mark (") it leaves open: they open and close alike. */
function withoutOpenQuote(text: string): string {
  const quotes = straightQuotes(text);
  const last = quotes.at(-1);
  return quotes.length % 2 === 1 && last !== undefined ? text.slice(0, last).trimEnd() : text;
}

/** The longest start of `text` that `measure` puts within `max` (its first character at least). */
function headWithin(text: string, max: number, measure: Measure): string {
  let head = '';
  let used = 0;
  for (const char of text) {
    used += measure(char);
    if (used > max && head !== '') break;
    head += char;
  }
  return head;
}

// Words that lean on the words after them: a degree (更, 最), a preposition (对, 把), a conjunction (和, 而且) or 的.
const DANGLING =
  /^(?:更|很|最|较|越|太|非常|十分|比较|更加|对|在|和|与|及|或|把|被|将|让|向|从|为|给|跟|由|以|于|而|并|且|的|之|以及|并且|而且|或者|还是|以及其)$/u;

function cutToFit(sentence: string, max: number, measure: Measure): string {
  // Room for the ellipsis, two characters wide.
  const head = headWithin(sentence, max - 2, measure);
  const inside = insideRuns(sentence, LATIN_RUN);
  let cut = lastClauseEnd(head, inside);
  if (cut >= 0 && GOES_ON.test(sentence.slice(cut + 1))) {
    const before = lastClauseEnd(head.slice(0, cut), inside);
    if (DENIES.test(head.slice(before + 1, cut)) && measure(head.slice(0, before)) > max / 3) cut = before;
  }
  const wordCut = wholeWords(sentence, head, inside);
  let kept = cut >= 0 && measure(head.slice(0, cut)) > max / 3 ? head.slice(0, cut) : wordCut;
  // Too little left: the cut falls where the line ends, inside a long word if it must, but never
  // inside a web address, which cut short leads nowhere.
  if (measure(kept) <= max / 3 && !(wordCut && insideRuns(sentence, ADDRESS).has(head.length))) kept = head;
  const closed = withoutOpenQuote(withoutOpenBracket(kept));
  if (measure(closed) > max / 3) kept = closed;
  kept = kept.replace(/[\s…。，,、；;：:]+$/u, '');
  // A cut after a word that needs what follows it (对电池提出了更……) leaves it out.
  const lastWord = Array.from(words.segment(kept)).at(-1)?.segment ?? '';
  const bare = kept.slice(0, kept.length - lastWord.length).replace(/[\s、，,；;：:]+$/u, '');
  if (DANGLING.test(lastWord) && measure(bare) > max / 3) kept = bare;
  // A last clause that is only a connective (…更明显；反过来……) or a condition (…；如果你晚上十一点睡……)
  // leads into what the cut left out.
  const lastClause = lastClauseEnd(kept, insideRuns(kept, LATIN_RUN));
  const before = kept.slice(0, lastClause).replace(/[\s、，,；;：:]+$/u, '');
  const tail = kept.slice(lastClause + 1);
  if (
    lastClause >= 0 &&
    (withoutConnective(`${tail}，`) === '' || CONDITION.test(tail) || SETS_UP.test(tail)) &&
    measure(before) > max / 3
  )
    kept = before.replace(/…+$/u, '');
  return `${kept}${/\p{Script=Han}/u.test(kept) ? '……' : '…'}`;
}

// A last clause that only sets up what the cut leaves out: a condition a few words in (这些事一旦
// 碰上), a place or time (在南方, 第二年春天) or the subject alone (同一次地震).
const SETS_UP =
  /^[^，,。；;：:]{1,4}(?:一旦|如果|要是|只要|万一)|^(?:在|而在|到了|当)[^，,。；;：:]{1,6}$|^(?:第[二三四五六七八九十\d]+|次|每)(?:年|天|月|次)[^，,。；;：:]{0,4}$|^同一[^，,。；;：:]{1,5}$/u;

// Words that tie a sentence to the one before it; as a point on its own, a slide does not need them
// (但是, 其实, 然而 and 于是 without their comma too: 其实主动降噪最擅长…; not 但, as in 但凡 or
// a 但 that a joined point's second half keeps); 至于 turns to a topic of its own, which stays
// (至于那些按摩仪，…; not 至于此); 这也是为什么 points back at a reason the slide may not show,
// and what it explains stands as said (这也是为什么午睡最好控制在30分钟以内).
// A chatty lead-in before a colon (给大家一组数字感受一下：, 说到甲醛，这里必须说一句：) only says the
// writer is about to tell something.
const CONNECTIVE =
  /^(?:但是|但|不过|然而|而且|并且|此外|另外|同时|与此同时|除此之外|不仅如此|因此|所以|于是|那么|其实|事实上|实际上|当然|总之|总的来说|总而言之|总体来看|总体而言|综合来看|综合而言|综合起来看|整体来看|注意|请注意|需要注意|所以说|综上所述|首先|其次|再次|最后|另一方面|换句话说|换言之|也就是说|正因为如此|正因如此|综上|归根结底|归根到底|说实话|老实说|你看|坦白说|实话实说|还有一点|说白了|需要指出的是|不过要注意|要知道|反过来|反之|相反|为此|最后(?:还|再)?(?:要|想)?提醒(?:大家|你|各位)?(?:一句|一下)?|最后说一句|最后再说一句|最后(?:还)?(?:想|要)(?:对|跟|和)(?:你|你们|大家)(?:说|讲)(?:一句|几句)?|顺便说一句|顺便提一句|简单来说|简单地说|简单说|简而言之|说到底|需要(?:特别)?(?:注意|提醒|强调)的是|(?:我|我们)(?:更|最)?想提醒(?:大家|你|各位)?的是|特别(?:需要)?(?:注意|提醒|强调)的是|值得(?:特别)?注意的是|值得一提的是|要注意的是|另外要记住|要记住|请记住|有意思的是|有趣的是|(?:另外|顺便)?(?:还要|也要)?提醒(?:大家)?一句|有一点(?:需要|要)?(?:特别)?提醒|但这也意味着|这也意味着|打个比方|打个比喻|举个例子|比方说|比如说|说句实话|说句大实话|说句心里话|接着|紧接着|随后|即便如此|即使如此|尽管如此|话虽如此|虽然如此|给(?:大家|你|各位)(?:一组|几个|一个|组|个)?(?:数字|数据|例子)(?:感受一下|参考一下|看看|参考)?|先交代一下(?:背景)?|对比一下就(?:更)?清楚了|还有一点[^：:。]{0,12}值得一(?:说|提)|(?:这里|在这里)?要特别提醒|还有一点(?:要|需要)?(?:特别)?(?:注意|提醒)|原理是这样的|(?:(?:说到|至于|关于)[^，。：:]{1,8}[，,])?(?:最后|这里|在这里)?(?:必须|得|要|想|还要)(?:多)?(?:说|提醒)一句)(?:[，,]|[：:](?=\s*\S))\s*|^(?:但是|其实|然而)(?=\p{Script=Han})(?!否|不然)|^所以(?=答案)|^于是(?!乎)(?=[\p{Script=Han}“])|^至于(?=[\p{Script=Han}“])(?!此)|^这(?:也|就|正)是为什么(?=[\p{Script=Han}“])/u;

/** `sentence` without a connective that ties it to the sentence before (不过，…). */
export const withoutConnective = (sentence: string): string => sentence.replace(CONNECTIVE, '');

// A label that says a conclusion or an answer follows (先说结论：…, 答案是：…, a Q&A's 答：… or A：…): what
// follows is the point.
const SAYS_CONCLUSION =
  /^(?:(?:答|A)[：:]|答案(?:是|很简单)(?:——|—|[：:，,])|(?:(?:先|要|得|这里要)?泼(?:一)?(?:点|盆)冷水|(?:(?:如果|要是)你[^，,。]{0,10}[，,])?(?:我们|我)的(?:看法|回答|态度|建议)是|先说(?:我的)?态度|先说结论|先讲结论|先给(?:个|一个)?结论|结论先行|结论(?:先)?放在(?:最)?前面|一句话总结|一句话概括|总之一句话|总而言之一句话|(?:如果)?(?:只)?(?:记住?)?一句话[，,]?(?:那就是|就是)?|总结一下(?:就是)?)[：:，,])\s*/u;

// A connective that says the same again in plainer words, with the 就是 it leans on (说白了，就是…):
// without the connective, 就是 would open the point as a fragment.
const RESTATES =
  /^(?:说白了|简单来说|简单地说|简而言之|换句话说|换言之|也就是说|说到底|归根结底|归根到底)[，,：:]\s*就是(?!说)\s*/u;

/**
 * A sentence made a point of its own on a slide: without a connective that ties it to the
 * sentence before (但是，… 那么，…), and without the full stop, comma or colon at its end that a
 * list's item has no use for (a question or exclamation mark stays), also inside closing
 * quotation marks; a lead-in to a list loses its 例如： (and a 包括： or 如下： after a comma, and
 * a 是： or 有： after what it names: …的情况是：).
 */
export function asPoint(sentence: string): string {
  const point = sentence
    .replace(SAYS_CONCLUSION, '')
    .replace(RESTATES, '')
    .replace(CONNECTIVE, '')
    // A label after its connective (所以答案是：…).
    .replace(SAYS_CONCLUSION, '')
    // A tip counted on from the last (还有一个小技巧：) is a tip: 小技巧：….
    .replace(
      /^(?:另外|最后)?(?:(?:这里|这儿)?(?:还)?有(?:一)?个|还有|再(?:说|给))(?:一个|一条|一点)?(?:常被忽略的|容易忽视的|容易被忽略的)?(?=小?(?:技巧|建议|窍门|提醒|细节|心得)[：:])/u,
      '',
    )
    // So is a precondition announced (要注意，这里有个前提：…): 前提：….
    .replace(/^(?:要注意[，,]\s*)?(?:这里|这儿)?有(?:一)?个前提[：:]/u, '前提：')
    // …and what is easily missed, announced before a colon (还有一个容易忽略的地方：): what follows says it.
    .replace(
      /^(?:另外|最后)?还有(?:一个|一点|一处)(?:常|容易|很容易|常常)?(?:被)?(?:忽略|忽视)(?:的(?:地方|一点|细节|问题))?[：:]\s*(?=\S)/u,
      '',
    )
    // A restating connective within (3类的结节，说白了就是“…”) says what the subject is: a colon does.
    .replace(/(?<=\p{Script=Han})[，,]\s*(?:说白了|简单来说|简单地说|换句话说)[，,]?\s*就是(?!说)\s*/u, '：')
    // A lead-in to a list (…的因素有很多，例如：) says what the list is about, not that it follows.
    .replace(/(?:[，,]\s*(?:例如|比如|譬如|包括|如下|有以下几点)|(?:例如|比如|譬如))[：:]$/u, '')
    // …and the verb it ends on before its items (比较适合提前还款的情况是：): it names what they are.
    .replace(/(?<=的\p{Script=Han}{1,4})(?:就是|是|有|包括)[：:]$/u, '')
    .replace(/[。，,、；;：:]+$/u, '')
    // Typed with a Latin keyboard: 有安全感. ends there, and 增长了... is the author's …….
    .replace(/(?<=\p{Script=Han})\.$/u, '')
    .replace(/(?<=[\p{Script=Han}，。])\.{3,}/gu, '……')
    // A quoted sentence (“醒得越久，越困。”) drops its full stop inside the marks too, and one
    // with its source in brackets after it (价格上涨了。（见图1）) before them.
    .replace(/[。，,；;](?=[”’」』]+$)/u, '')
    .replace(/[。，,；;](?=[（(【[][^）)】\]]*[）)】\]]$)/u, '');
  return closeOpenMarks(point);
}

/**
 * `text` with the marks it leaves open closed at its end: the first sentence of a quotation that
 * runs on (“第一段…。) reads as a quotation on a slide, not as a stray “.
 */
function closeOpenMarks(text: string): string {
  const closers = [...unclosedOpeners(text)].map((at) => CLOSERS[OPENERS.indexOf(text[at] ?? '')] ?? '');
  return text + closers.reverse().join('');
}

/** Length in Unicode characters (code points: 汉 is one, so is 1), the unit of the deck's text limits. */
export function length(text: string): number {
  return Array.from(text).length;
}
