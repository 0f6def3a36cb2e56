/**
 * What reads as one name or one quantity but offers the browser a line break: a Latin term joined
 * by hyphens (SM-DP+, 4096-QAM), with the version that follows it (Wi-Fi 7, Wi-Fi 6E), and a
 * number with its Chinese unit (10万, 1.5亿), where Chinese text may break anywhere.
 */
const UNBREAKABLE =
  /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\+?(?:(?<=[A-Za-z]) \d[A-Za-z0-9]?\b)?|\d+(?:\.\d+)?[万亿]/g;

/** The longest term kept on one line: SM-DP+, 5G-Advanced, Wi-Fi 6E, COVID-19 are far shorter. */
const MAX_TERM_CHARS = 24;

/** The text cut into runs, each a term to keep whole or the text between terms. */
export function termRuns(text: string): { readonly text: string; readonly term: boolean }[] {
  const runs: { text: string; term: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(UNBREAKABLE)) {
    // A run longer than a name (a hyphenated path in an address) may wrap like other text: kept
    // whole it would run off a phone's line.
    if (match[0].length > MAX_TERM_CHARS) continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index), term: false });
    runs.push({ text: match[0], term: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), term: false });
  return runs;
}
