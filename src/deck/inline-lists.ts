import { letters, sentences } from './sentences.ts';

// A list written inside one paragraph (要注意三点：第一，…；第二，…；第三，…。 or 首先，…；其次，…；
// 最后，…。): the items a writer counts in prose, which a slide shows as the list they are.

/** A paragraph's words before its list, and the list's items without their ordinal words. */
export interface InlineList {
  /** What comes before the list (选充电宝要注意三点), empty when the paragraph opens with it. */
  readonly leadIn: string;
  /** Whether those words lead into the list, ending on a colon, rather than say a point before it. */
  readonly leadsIn: boolean;
  readonly items: readonly string[];
}

const CHINESE_ORDINALS = '一二三四五六七八九';

/**
 * The ordinal words that open an item, in the order a writer counts with them. Each form is one
 * way of counting; a paragraph's list counts one way throughout (第一… 第二…, never 第一… 其次…).
 */
const FORMS: readonly ((index: number) => RegExp)[] = [
  // 第一， 第二步： 其一、: an ordinal and its mark; 第一次, 第二代 and 第三方 are words.
  (i) => new RegExp(`^(?:第${CHINESE_ORDINALS[i]}(?:步|点|条)?|其${CHINESE_ORDINALS[i]})[，,、：:]`, 'u'),
  // 一是…，二是…: what a sentence counts out, its parts often set off by commas only.
  (i) => new RegExp(`^${CHINESE_ORDINALS[i]}(?:是|来)`, 'u'),
  // 一档，…；二档，…: tiers or grades counted by their number, which the list's numbers then say.
  (i) => new RegExp(`^${CHINESE_ORDINALS[i]}(?:档|级|类)[，,、：:]`, 'u'),
  // 首先， 其次， 再次， 最后，: 最后 ends the list. (然后 and 接着 tell a story's steps inside an item.)
  // 首先是容量问题 names its item after the 是.
  (i) =>
    i === 0
      ? /^首先(?:是(?=\p{Script=Han}))?[，,]?/u
      : /^(?:其次|再次|再者|最后)(?:是(?=\p{Script=Han}))?[，,]?/u,
];

/** Where a clause may open: the paragraph's start, or after a sentence's or clause's mark. */
const CLAUSE_START = /(?<=^|[。！？!?；;：:，,])/gu;
/** The end of the sentence an item closes the list with. */
const SENTENCE_END = /[。！？!?]/u;

/** The clause starts in `text`, outside quotation marks and brackets (whose words a list does not count). */
function clauseStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  const inside = new Array<number>(text.length + 1).fill(0);
  for (let i = 0; i < text.length; i++) {
    inside[i] = depth;
    const c = text[i] ?? '';
    if ('“「『（(【《'.includes(c)) depth++;
    else if ('”」』）)】》'.includes(c)) depth = Math.max(0, depth - 1);
  }
  for (const match of text.matchAll(CLAUSE_START)) if (inside[match.index] === 0) starts.push(match.index);
  return starts;
}

/** Most letters of an item's name said as a sentence of its own (违约金。 个税专项附加扣除。). */
const NAME_LETTERS = 10;
/**
 * Whether an item's first sentence, its end mark or none, only names it: a few words (at most
 * `most` letters), no clause.
 */
export const namesItem = (sentence: string, most = NAME_LETTERS): boolean => {
  const words = sentence.trim().replace(/[。！!]$/u, '');
  return letters(words) > 0 && letters(words) <= most && !/[，,；;：:、。！!？?]/u.test(words);
};

/**
 * Where the last item, from `from`, ends: at the end of its sentence, or of the sentence after
 * where the items are `named` and its first sentence is only its name.
 */
function lastItemEnd(text: string, from: number, named: boolean): number {
  const end = SENTENCE_END.exec(text.slice(from));
  if (!end) return text.length;
  const first = from + end.index;
  if (!named || !namesItem(text.slice(from, first))) return first;
  const second = SENTENCE_END.exec(text.slice(first + 1));
  return second ? first + 1 + second.index : text.length;
}

/** Trailing marks an item's words end on in prose (；。，): a point shows none. */
const trimmed = (item: string): string => item.replace(/[；;。，,、：:\s]+$/u, '').trim();

/**
 * The list counted in `text` with one form of ordinals, from its first: at least two items, in
 * order, each opening a clause; the last runs to the end of its sentence. Undefined when the
 * paragraph counts none.
 */
export function inlineList(text: string): InlineList | undefined {
  const starts = clauseStarts(text);
  for (const form of FORMS) {
    const found: { at: number; words: number }[] = [];
    for (const at of starts) {
      // Counted no further than the ordinals written here (一 to 九).
      if (found.length === CHINESE_ORDINALS.length) break;
      const ordinal = form(found.length).exec(text.slice(at));
      if (!ordinal) continue;
      found.push({ at, words: ordinal[0].length });
      if (ordinal[0].startsWith('最后')) break;
    }
    if (found.length < 2) continue;
    // Items that open on their name and go on to say it (第一，违约金。部分银行规定…) have a last one
    // that does too: its name alone would be the list's one item without its words.
    const named = found.slice(0, -1).every(({ at, words }, i) => {
      const item = text.slice(at + words, found[i + 1]?.at);
      const end = SENTENCE_END.exec(item);
      return end !== null && namesItem(item.slice(0, end.index)) && trimmed(item.slice(end.index + 1)) !== '';
    });
    const items = found.map(({ at, words }, i) => {
      const next = found[i + 1];
      const from = at + words;
      if (next) return trimmed(text.slice(from, next.at));
      return trimmed(text.slice(from, lastItemEnd(text, from, named)));
    });
    if (items.some((item) => item.length < 2)) continue;
    const before = text.slice(0, found[0]?.at ?? 0);
    // A sentence that says how many follow (目前证据比较充分的有三类。) leads in as a colon does.
    const leadsIn = /[：:]\s*$/u.test(before) || COUNT.test(before.replace(/[。！!]\s*$/u, ''));
    return { leadIn: trimmed(before), leadsIn, items };
  }
  return countedList(text) ?? caseList(text);
}

/** A short sentence that says the answer depends (这个问题要分情况。): the cases follow. */
export const DEPENDS = /分情况|看情况|因情况而异|得分人说|要看具体情况/u;
/** Most letters of such a sentence. */
export const DEPENDS_LETTERS = 16;
/** The turn that may set a case against the one before (但如果是…，): the item leaves it out. */
const CASE_TURN = /^(?:但是?|不过|而|可是)[，,]?\s*/u;
/** Whether a sentence opens a case with its condition, after such a turn too. */
const opensCase = (sentence: string): boolean =>
  /^(?:如果|要是|假如|倘若|若(?!干))/u.test(sentence.replace(CASE_TURN, ''));

/**
 * The cases a paragraph tells apart after saying the answer depends (这个问题要分情况。如果只是偶尔
 * 反酸…，症状消失后可以停。但如果是医生诊断的胃溃疡，一般要吃足4到8周…): one item a case, from
 * its condition to the next, without the turn that set it against the one before. Said with the
 * first case alone, the lead would give only the case it allows.
 */
function caseList(text: string): InlineList | undefined {
  const [lead, ...rest] = sentences(text);
  if (!lead || !DEPENDS.test(lead) || letters(lead) > DEPENDS_LETTERS) return undefined;
  const starts = rest.flatMap((sentence, i) => (opensCase(sentence) ? [i] : []));
  if (starts.length < 2 || starts[0] !== 0) return undefined;
  const items = starts.map((at, i) =>
    trimmed(
      rest
        .slice(at, starts[i + 1])
        .join('')
        .replace(CASE_TURN, ''),
    ),
  );
  return { leadIn: trimmed(lead), leadsIn: true, items };
}

/** How many a lead-in says follow (建议做三件事：, 有两点要注意：), in its last clause. */
const COUNT =
  /(?:^|[，,])[^，,。！？!?]*?(两|二|三|四|五|六|2|3|4|5|6)(?:件事|点|个方面|方面|个步骤|个问题|个原因|条|种|类|招|步|样(?:东西)?|个)[^，,。！？!?]{0,8}$/u;
/** The number a count word or digit says (两 and 二 are both 2). */
const counted = (word: string): number =>
  Number(word) || '一二三四五六'.indexOf(word.replace('两', '二')) + 1;

/** Most characters of an item in a list of three or more set apart by semicolons, uncounted. */
const UNCOUNTED_ITEM = 30;

/**
 * A list written without ordinals (全部改完后，建议做三件事：A；B；C。): a lead-in, a colon, and
 * items set apart by semicolons in the sentence after it: as many as the lead-in says, or, where
 * it says no number, three short ones or more.
 */
function countedList(text: string): InlineList | undefined {
  const starts = new Set(clauseStarts(text));
  for (let colon = text.search(/[：:]/u); colon >= 0; colon = nextColon(text, colon)) {
    if (!starts.has(colon + 1)) continue;
    const count = COUNT.exec(text.slice(0, colon));
    const many = count?.[1] ? counted(count[1]) : undefined;
    const rest = text.slice(colon + 1);
    const end = SENTENCE_END.exec(rest);
    const sentence = rest.slice(0, end ? end.index : rest.length);
    const cuts = clauseStarts(sentence).filter((at) => at > 0 && /[；;]/u.test(sentence[at - 1] ?? ''));
    const items = [0, ...cuts].map((at, i) => trimmed(sentence.slice(at, cuts[i] ?? sentence.length)));
    // Uncounted, three short items or more set apart so are a list by their form (…收取退票费：
    // 开车前8天以上退票不收费；48小时以上、不足8天的收取5%；…).
    const listed =
      many === undefined
        ? items.length >= 3 && items.every((item) => item.length <= UNCOUNTED_ITEM)
        : items.length === many;
    if (listed && items.every((item) => item.length >= 2))
      return { leadIn: trimmed(text.slice(0, colon)), leadsIn: true, items };
  }
  return undefined;
}

/** The next colon in `text` after the one at `from`, or -1. */
function nextColon(text: string, from: number): number {
  const at = text.slice(from + 1).search(/[：:]/u);
  return at < 0 ? -1 : from + 1 + at;
}
