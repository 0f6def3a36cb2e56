// Chinese has no spaces between sentences; Intl.Segmenter knows where 。？！ and friends end one.
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'sentence' });

/** Splits text into trimmed, non-empty sentences. */
export function sentences(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment.trim()).filter((s) => s !== '');
}

// Clause boundaries where a long sentence may be shortened without cutting a word in half.
const CLAUSE_END = /[，,；;：:]/gu;

// Word boundaries, for a sentence with no clause boundary early enough: 腺苷 or "coffee" stays whole.
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The longest run of whole words from the start of `sentence` that fits in `head`. */
function wholeWords(sentence: string, head: string): string {
  let kept = '';
  for (const { segment, index } of words.segment(sentence)) {
    if (index + segment.length > head.length) break;
    kept = sentence.slice(0, index + segment.length);
  }
  return kept.trimEnd();
}

/**
 * Shortens a sentence to at most `max` characters, marking the cut with "…": at its last clause
 * boundary if that keeps a third of it, else after its last whole word.
 */
export function shorten(sentence: string, max: number): string {
  const chars = Array.from(sentence);
  if (chars.length <= max) return sentence;
  const head = chars.slice(0, max - 1).join('');
  let cut = -1;
  for (const match of head.matchAll(CLAUSE_END)) cut = match.index;
  if (cut > max / 3) return `${head.slice(0, cut)}…`;
  const whole = wholeWords(sentence, head);
  return `${length(whole) > max / 3 ? whole : head}…`;
}

/** Length in user-perceived characters, the unit of the deck's text limits. */
export function length(text: string): number {
  return Array.from(text).length;
}
