import { SourceError } from '../article/source-error.ts';
import { length } from './sentences.ts';
import type { DeckSpec } from './spec.ts';
import type { Slide } from './types.ts';

// Pacing: the talk's time shared among the slides by how much there is to say on each.

/**
 * What there is to say on a slide, in characters: its notes, and what the slide shows that the
 * notes do not say (a table's cells, the summary's points, the agenda's parts, a diagram's
 * caption). A points slide's points restate its notes' paragraphs, so they are not counted twice.
 * A diagram's text alternative is written for readers, every interface and key named; where a
 * gist tells the drawing in plain words, that is what is said on stage, and the time follows it
 * (a cue says what to do, and is said too).
 */
export function spokenChars(slide: Slide): number {
  const sum = (texts: readonly string[]): number => texts.reduce((n, t) => n + length(t), 0);
  const { paragraphs, cue = '', gist = '', note = '', explanation = '' } = slide.notes;
  const said = (explained: string): number =>
    sum([...paragraphs.map((p) => p.text), cue, gist, note, explained]);
  switch (slide.kind) {
    case 'diagram':
      return said(gist === '' ? explanation : '') + length(slide.caption);
    case 'table':
      return said(explanation) + sum(slide.columns) + sum(slide.rows.flat());
    case 'summary':
      return said(explanation) + sum(slide.points);
    case 'agenda':
      return said(explanation) + sum(slide.items.map((item) => item.heading));
    default:
      return said(explanation);
  }
}

/**
 * What every slide weighs besides what is said on it, in characters: putting it up and a word to
 * lead into it. Small, so a divider's one sentence gets the few seconds a turn of the page takes
 * and the time goes where there is something to say.
 */
const BASE_WEIGHT = 20;

/** Suggested times are whole multiples of this many seconds, each slide at least `MIN_UNITS` of them. */
const TIME_UNIT = 5;
const MIN_UNITS = 2;

/**
 * Shares the talk's time among the slides by how much there is to say on each: every slide gets
 * 10 s (less, if the talk is too short for that), the rest goes by weight, in 5-second steps
 * (largest remainders first), so the suggested times add up to the talk's length, to the
 * nearest 5 s.
 */
export function withTimings(slides: Slide[], minutes: number): Slide[] {
  const weights = slides.map((s) => BASE_WEIGHT + spokenChars(s));
  const total = weights.reduce((a, b) => a + b, 0);
  const units = Math.round((minutes * 60) / TIME_UNIT);
  // A talk too short for 10 s a slide shares what there is (at least 5 s each: see checkTalkLength).
  const floor = Math.min(MIN_UNITS, Math.floor(units / slides.length));
  const spare = units - floor * slides.length;
  const exact = weights.map((w) => (w / total) * spare);
  const shares = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, left: x - Math.floor(x) })).sort((a, b) => b.left - a.left);
  let missing = spare - shares.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (missing <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    missing -= 1;
  }
  return slides.map((slide, i) => ({
    ...slide,
    notes: { ...slide.notes, seconds: (floor + (shares[i] ?? 0)) * TIME_UNIT },
  }));
}

/**
 * Refuses a talk too short to give every slide the shortest suggested time, at its line in the
 * spec, naming the shortest talk in whole minutes that does.
 */
export function checkTalkLength(spec: DeckSpec, slideCount: number): void {
  const minutes = spec.talkMinutes;
  if (minutes === undefined || Math.round((minutes * 60) / TIME_UNIT) >= slideCount) return;
  const at = spec.talkMinutesPosition ?? { line: 1, column: 1 };
  const enough = Math.ceil((slideCount * TIME_UNIT) / 60);
  throw new SourceError(
    spec.file,
    at.line,
    at.column,
    `talkMinutes: a ${minutes}-minute talk leaves less than ${TIME_UNIT} s for some of this deck's ${slideCount} slides; give at least ${enough} minutes`,
  );
}
