import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Blob, Face, Font } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { ASCII_FIRST, advance, width } from '../../src/deck/text-width.ts';
import { projectRoot } from '../support/fixtures.ts';

/** A font's advance of a code point in em, read with HarfBuzz. */
function advancesOf(file: string): (codePoint: number) => number {
  const face = new Face(
    new Blob(readFileSync(join(projectRoot, 'node_modules/@expo-google-fonts/noto-sans-sc', file))),
    0,
  );
  const font = new Font(face);
  return (codePoint) => font.glyphHAdvance(font.nominalGlyph(codePoint) ?? 0) / face.upem;
}

describe('text width', () => {
  it('gives every printable ASCII character the advance the deck’s fonts give it, rounded up to a twentieth', () => {
    const regular = advancesOf('400Regular/NotoSansSC_400Regular.ttf');
    const bold = advancesOf('700Bold/NotoSansSC_700Bold.ttf');
    for (let codePoint = ASCII_FIRST; codePoint < 0x7f; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      const widest = Math.max(regular(codePoint), bold(codePoint));
      expect(advance(char), char).toBeGreaterThanOrEqual(widest);
      expect(advance(char) - widest, char).toBeLessThan(0.05);
    }
    // Chinese, full-width marks and anything else count a full character, as the fonts draw them.
    for (const char of ['中', '，', '“', '…', 'é']) {
      expect(advance(char), char).toBe(1);
      expect(bold(char.codePointAt(0) ?? 0), char).toBeLessThanOrEqual(1);
    }
  });

  it('measures mixed text in Chinese characters: Latin about half as wide', () => {
    expect(width('无线网')).toBe(3);
    expect(width('Wi-Fi 7')).toBe(3.5);
    expect(width('')).toBe(0);
  });
});
