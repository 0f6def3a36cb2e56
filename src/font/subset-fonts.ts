import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

/** The deck's typeface; self-hosted because a bare Debian machine has no CJK font at all. */
export const FONT_FAMILY = 'Noto Sans SC';

/** The two weights the theme uses: body text and headings. */
export const FONT_WEIGHTS = [400, 700] as const;
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
export function glyphSet(text: string): string {
  const chars = new Set(Array.from(ASCII + text));
  // Line breaks and tabs are never drawn; every other character, spaces included, needs a glyph.
  for (const c of ['\n', '\r', '\t']) chars.delete(c);
  return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** Subsets each weight to the characters the deck uses, one WOFF2 file per weight. */
export async function subsetFonts(text: string): Promise<SubsetFont[]> {
  const glyphs = glyphSet(text);
  return Promise.all(
    FONT_WEIGHTS.map(async (weight) => {
      const full = await readFile(fullFontFile(weight));
      const data = new Uint8Array(await subsetFont(full, glyphs, { targetFormat: 'woff2' }));
      const hash = createHash('sha256').update(data).digest('hex').slice(0, 8);
      return { weight, fileName: `noto-sans-sc-${weight}-${hash}.woff2`, data };
    }),
  );
}

/** The @font-face rules for the subset files, which sit next to the stylesheet. */
export function fontFaceCss(fonts: readonly SubsetFont[]): string {
  return fonts
    .map(
      (font) =>
        `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-weight:${font.weight};` +
        `font-display:swap;src:url("${font.fileName}") format("woff2")}`,
    )
    .join('\n');
}
