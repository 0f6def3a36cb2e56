import type { DeckLimits } from '../limits.ts';
import { asPoint, BARE_KE, letters, turnsWithin, withEndKept } from '../sentences.ts';
import { width } from '../text-width.ts';
import { isThin } from './thin-sentences.ts';

// A turn and what it turns from: a grant, an answer from one view, a reassurance, an upside; worked examples.

/** A sentence that turns from the one before it (但…, 不过…). */
// A bare 可 turns where it opens a sentence (可现实往往是：…), not 可以 or 可见, as corrects() reads it.
export const TURNS = new RegExp(`^(?:但是?|不过|可是|然而|${BARE_KE})`, 'u');
/** `sentence` without the word it turns with (但兽医发现，… gives 兽医发现，…). */
export const withoutTurn = (sentence: string): string =>
  sentence.replace(TURNS, '').replace(/^[，,]\s*/u, '');

/** A sentence that grants something (…确实…, …固然…), which the next may turn from. */
// The writer's own grant counts (我完全同意…, 那当然很好), as does a lent ear (我理解…).
export const CONCEDES =
  /确实|固然|诚然|的确|我(?:完全|当然|也|非常)?(?:同意|承认|理解)|当然(?:很|也|是)?(?:好|可以|没问题|没错|有道理)/u;

/** Words that open a worked example (以第二种为例：, 举个例子：, 比如说，). */
export const EXAMPLE = /^(?:以[^，,。：:]{1,10}为例|举(?:个|一个)例子|比如说?|例如)[：:，,]/u;

/**
 * A worked example said with how it comes out: whole where it fits, else its setting cut and the last
 * clause of its last sentence (小李在公司拿工资，…做兼职……汇算时就要补上这部分差额); undefined where
 * that keeps too little of the setting, or the paragraph ends on no outcome.
 */
export function workedOut(bare: string, all: readonly string[], limits: DeckLimits): string | undefined {
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

/** A turn that only qualifies what came before or makes an exception to it (如果…, 这只是…). */
export const QUALIFIES = /^(?:如果|假如|要是|若|万一|一旦|这只是|这仅仅是)/u;

/** A sentence that tells the reader not to worry (…，不必担心。 这很正常。). */
export const REASSURES =
  /(?:不必|不用|无需|无须|没必要)(?:太|过于|过度|过分)?(?:担心|紧张|焦虑|害怕)|问题不大|不要紧|(?:很|是|属于)正常(?:的|现象)?[。！!]?$/u;

/** A sentence that names a drawback (缺点是…, 不足之处在于…; not 不足1%, less than). */
const DOWNSIDE = /^(?:缺点|不足之处|不足的是|劣势|短板|弊端|代价是)/u;
/** A sentence that names an advantage (它的优点是…). */
const UPSIDE = /优点|优势|好处|长处/u;
/** Words that move on from the sentence before (此外，但…): what follows is another thought. */
export const MOVES_ON = /^(?:此外|另外|而且|并且|同时|除此之外|不过|但|然而|可是|其实|事实上|后来|然后)/u;
/** Words that open a sentence turning from the one before, or saying what it came to (后来…). */
export const TURNS_ON = /^(?:后来|但是?|不过|可是|然而|其实|事实上)/u;

/**
 * The sentence right after `lead` when it names the drawback to set against it: one that says it
 * is one (缺点是…), or, after a lead that names an advantage, one that turns (但它属于…).
 */
export function downsideAfter(lead: string, all: readonly string[]): string | undefined {
  const next = all[all.indexOf(lead) + 1];
  if (!next || DOWNSIDE.test(lead)) return undefined;
  return DOWNSIDE.test(asPoint(next)) || (UPSIDE.test(lead) && /^(?:但|不过|然而|可是)/u.test(next))
    ? next
    : undefined;
}

/**
 * The sentence after an answer that turns from it, where the answer grants a part (…确实可以不涂。但…)
 * or answers from one point of view (算钱的话，…), is the paragraph's last sentence but one and the
 * turn neither qualifies it (但如果…) nor only reassures; else undefined.
 */
export function turnAfterAnswer(found: string, all: readonly string[]): string | undefined {
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
