/**
 * Advances of the printable ASCII characters, U+0020 to U+007E, in em: the wider of Noto Sans SC's
 * regular and bold faces, rounded up to a twentieth (tests/deck/text-width.test.ts reads them back
 * from the fonts). A Latin letter is about half as wide as a Chinese character.
 */
// biome-ignore format: one row of the table per 16 code points.
const ASCII_ADVANCES: readonly number[] = [
  0.25, 0.4, 0.6, 0.6, 0.6, 1, 0.75, 0.35, 0.4, 0.4, 0.55, 0.6, 0.35, 0.4, 0.35, 0.4,
  0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.35, 0.35, 0.6, 0.6, 0.6, 0.55,
  1.05, 0.65, 0.7, 0.7, 0.75, 0.65, 0.6, 0.75, 0.8, 0.35, 0.6, 0.7, 0.6, 0.9, 0.75, 0.8,
  0.7, 0.8, 0.7, 0.65, 0.65, 0.75, 0.65, 0.95, 0.65, 0.6, 0.65, 0.4, 0.4, 0.4, 0.6, 0.6,
  0.65, 0.6, 0.65, 0.55, 0.65, 0.6, 0.4, 0.6, 0.65, 0.35, 0.35, 0.65, 0.35, 1, 0.65, 0.65,
  0.65, 0.65, 0.45, 0.5, 0.45, 0.65, 0.6, 0.9, 0.6, 0.6, 0.55, 0.4, 0.3, 0.4, 0.6,
];

/** The first code point the table holds. */
export const ASCII_FIRST = 0x20;

/** The advance of one character in em: its own for printable ASCII, a full 1 em for any other. */
export function advance(char: string): number {
  return ASCII_ADVANCES[(char.codePointAt(0) ?? 0) - ASCII_FIRST] ?? 1;
}

/**
 * How wide `text` sets in the deck's font, in Chinese characters (1 em each): Wi-Fi 7 is 3.5 of
 * them, not 7. Points are cut and laid out on slides by it; headings, titles, table cells and
 * sources are still limited by their count of characters, which overstates Latin text.
 */
export function width(text: string): number {
  let sum = 0;
  for (const char of text) sum += advance(char);
  return Math.round(sum * 100) / 100;
}
