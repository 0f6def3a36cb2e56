import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { FALLBACK_FAMILY, FONT_FAMILY } from './font-family.ts';

/** The two weights the theme uses: body text and headings. */
const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

const FONT_FILES: Record<FontWeight, string> = {
  400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

const require = createRequire(import.meta.url);

/** The full (unsubset) font file of a weight, for tools that need to measure text, like Mermaid. */
export function fullFontFile(weight: FontWeight): string {
  return require.resolve(FONT_FILES[weight]);
}

export interface SubsetFont {
  readonly weight: FontWeight;
  /** Content-hashed file name, e.g. `noto-sans-sc-400-1a2b3c4d.woff2`. */
  readonly fileName: string;
  readonly data: Uint8Array;
}

// Printable ASCII is always kept: URLs, numbers and Latin terms typed in the speaker view or search.
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** The distinct characters of `text` plus printable ASCII, in code point order. */
function glyphSet(text: string): string {
  const chars = new Set(Array.from(ASCII + text));
  // Line breaks and tabs are never drawn; every other character, spaces included, needs a glyph.
  for (const c of ['\n', '\r', '\t']) chars.delete(c);
  return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** What each weight must draw: all the deck's text, and the part of it set in bold. */
export interface DeckText {
  readonly all: string;
  readonly bold: string;
}

/**
 * One WOFF2 file per weight: the regular face with every character of the deck, the bold face
 * with the characters of its bold text only (a bold character outside it falls back to the
 * regular face, see FALLBACK_FAMILY).
 */
export async function subsetFonts(text: DeckText): Promise<SubsetFont[]> {
  return Promise.all(
    FONT_WEIGHTS.map(async (weight) => {
      const full = await readFile(fullFontFile(weight));
      const glyphs = glyphSet(weight === 400 ? text.all : text.bold);
      const data = new Uint8Array(await subsetFont(full, glyphs, { targetFormat: 'woff2' }));
      const hash = createHash('sha256').update(data).digest('hex').slice(0, 8);
      return { weight, fileName: `noto-sans-sc-${weight}-${hash}.woff2`, data };
    }),
  );
}

/** The @font-face rules for the subset files, found at `${dir}${fileName}` from the page. */
export function fontFaceCss(fonts: readonly SubsetFont[], dir: string): string {
  const fontFace = (family: string, font: SubsetFont): string =>
    `@font-face{font-family:"${family}";font-style:normal;font-weight:${font.weight};` +
    `font-display:swap;src:url("${dir}${font.fileName}") format("woff2")}`;
  const regular = fonts.find((font) => font.weight === 400);
  return [
    ...fonts.map((font) => fontFace(FONT_FAMILY, font)),
    // Declared at weight 400 only, so bold text that reaches it is drawn as synthesized bold.
    ...(regular ? [fontFace(FALLBACK_FAMILY, regular)] : []),
  ].join('\n');
}
