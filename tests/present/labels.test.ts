import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labels, labelText } from '../../src/present/labels.ts';
import { PASSED_ON } from '../../src/present/speaker-view.ts';
import { projectRoot } from '../support/fixtures.ts';

/** Chinese characters and full-width marks: what the subset font must hold to draw. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;

/**
 * The string literals of a module's code: what it can show (not its comments, nor a regular
 * expression that reads what is typed, such as full-width digits).
 */
const stringsOf = (code: string): string[] =>
  Array.from(
    code
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g),
    ([literal]) => literal,
  );

describe('the interface labels', () => {
  it('hold every Chinese character the browser code shows, so the subset font can draw it', () => {
    // The font is cut to the deck's text and labelText(); a word written straight into the
    // browser code would be drawn as an empty box on a machine without a Chinese font.
    const dir = join(projectRoot, 'src', 'present');
    const inLabels = new Set(labelText());
    const missing = readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && name !== 'labels.ts')
      .flatMap((name) =>
        stringsOf(readFileSync(join(dir, name), 'utf8')).flatMap((literal) =>
          Array.from(literal.matchAll(WIDE), ([char]) => `${name}: ${char}`),
        ),
      )
      .filter((found) => !inLabels.has(found.slice(-1)));
    expect(missing).toEqual([]);
  });

  it('name in the speaker view’s own key list only keys the shortcut list has', () => {
    // The view finds its lines by the key: one renamed in the list would be left out unseen.
    const listed = labels.keys.map(([key]) => key as string);
    expect(PASSED_ON.filter((key) => !listed.includes(key))).toEqual([]);
    expect(Object.keys(labels.speakerKeys).filter((key) => !PASSED_ON.includes(key))).toEqual([]);
  });
});
