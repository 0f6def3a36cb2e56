import { readFile } from 'node:fs/promises';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { Blob, Face } from 'harfbuzzjs';
import { SourceError } from '../article/source-error.ts';

/** The code points a font file has a glyph for (its character map, read with HarfBuzz). */
export async function coveredCodePoints(fontFile: string): Promise<ReadonlySet<number>> {
  const face = new Face(new Blob(await readFile(fontFile)), 0);
  return new Set(face.collectUnicodes());
}

// Never drawn, so never missing: line breaks, tabs, and zero-width formatting such as U+200B or
// the emoji variation selector that text copied from the web carries.
const INVISIBLE = /[\n\r\t\p{Default_Ignorable_Code_Point}]/u;

/** The distinct characters of `text` that the font cannot draw, in the order they first appear. */
export function undrawable(text: string, covered: ReadonlySet<number>): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (!INVISIBLE.test(char) && !covered.has(char.codePointAt(0) ?? 0)) missing.add(char);
  }
  return [...missing];
}

/** An input file's name and text, to say where a character was written. */
export interface InputText {
  readonly file: string;
  readonly text: string;
}

const named = (char: string): string =>
  `"${char}" (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways an input can write a character: as it is; percent-encoded in a link's address (the
 * sources slide decodes those); as a character reference in markdown (&#x1F600;, &#128512;, or
 * by name, &Ascr;) or Mermaid (#128512;, #Ascr;); as an escape in a YAML string (\U0001F600, \u4E00).
 */
function writtenForms(char: string, text: string): RegExp[] {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16);
  const percent = encodeURIComponent(char);
  const names = [...text.matchAll(/[&#]([A-Za-z][A-Za-z0-9]*);/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => decodeNamedCharacterReference(name) === char);
  return [
    new RegExp(escaped(char), 'u'),
    new RegExp(escaped(percent), 'i'),
    new RegExp(`&#x0*${hex};`, 'i'),
    new RegExp(`&?#0*${code};`),
    new RegExp(`\\\\[xuU]0*${hex}(?![0-9a-f])`, 'i'),
    ...names.map((name) => new RegExp(`[&#]${name};`)),
  ];
}

/** Where a character is first written: the first input that has it, at its earliest written form. */
interface Place {
  readonly input: number;
  readonly at: number;
}

function firstWritten(char: string, inputs: readonly InputText[]): Place | undefined {
  for (const [input, { text }] of inputs.entries()) {
    const at = Math.min(
      ...writtenForms(char, text)
        .map((form) => text.search(form))
        .filter((i) => i >= 0),
    );
    if (Number.isFinite(at)) return { input, at };
  }
  return undefined;
}

/** Places in reading order (inputs as given, then offset); a character written nowhere goes last. */
function byPlace(a: Place | undefined, b: Place | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return a.input - b.input || a.at - b.at;
}

/**
 * Stops the build when the deck's text has characters its font cannot draw (emoji, a rare
 * character): they would be empty boxes on a machine without a font that has them, and in the
 * PDF. Names them in the order they are written in the inputs, the first at its place: the first
 * on the slides may be written far later in the article (a point lifted from a later paragraph).
 */
export function checkDrawable(
  text: string,
  covered: ReadonlySet<number>,
  inputs: readonly InputText[],
  fontName: string,
): void {
  const missing = undrawable(text, covered)
    .map((char) => ({ char, place: firstWritten(char, inputs) }))
    .sort((a, b) => byPlace(a.place, b.place));
  const [first, ...others] = missing;
  if (first === undefined) return;
  const reason =
    `${named(first.char)} has no glyph in the deck's font, ${fontName}: slides and PDF would show an ` +
    `empty box where the viewer has no font with it. Write it in words or leave it out` +
    (others.length > 0 ? ` (also without a glyph: ${others.map(({ char }) => named(char)).join(', ')})` : '');
  const input = first.place && inputs[first.place.input];
  if (!first.place || !input) throw new Error(reason);
  const before = input.text.slice(0, first.place.at).split('\n');
  throw new SourceError(input.file, before.length, (before.at(-1) ?? '').length + 1, reason);
}
