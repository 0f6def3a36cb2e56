// Chinese has no spaces between sentences; Intl.Segmenter knows where 。？！ and friends end one.
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'sentence' });

/** Splits text into trimmed, non-empty sentences. */
export function sentences(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment.trim()).filter((s) => s !== '');
}

// Clause boundaries where a long sentence may be shortened without cutting a word in half.
const CLAUSE_END = /[，,；;：:]/gu;

/** Shortens a sentence to at most `max` characters at a clause boundary, marking the cut with "…". */
export function shorten(sentence: string, max: number): string {
  const chars = Array.from(sentence);
  if (chars.length <= max) return sentence;
  const head = chars.slice(0, max - 1).join('');
  let cut = -1;
  for (const match of head.matchAll(CLAUSE_END)) cut = match.index;
  const kept = cut > max / 3 ? head.slice(0, cut) : head;
  return `${kept}…`;
}

/** Length in user-perceived characters, the unit of the deck's text limits. */
export function length(text: string): number {
  return Array.from(text).length;
}
