import { describe, expect, it } from 'vitest';
import { firstPages } from '../../src/export/export-pdf.ts';
import { sheetsFor } from '../../src/present/print-handout.ts';

const a4 = (297 * 96) / 25.4;
const margin = (14 * 96) / 25.4;

describe('sheetsFor', () => {
  it('counts the A4 pages a notes sheet runs on to, each page keeping its margins', () => {
    expect(sheetsFor(a4)).toBe(1);
    expect(sheetsFor(a4 + 2)).toBe(2);
    // A second page holds the sheet's height less its margins, which it repeats.
    expect(sheetsFor(2 * a4 - 2 * margin)).toBe(2);
    expect(sheetsFor(2 * a4 - 2 * margin + 2)).toBe(3);
  });
});

describe('firstPages', () => {
  const on = (id: string) => ({ id, slide: { kind: 'points', title: id } });
  const sheet = (id: string, height = a4) => ({ height, slides: [on(id)] });

  it('opens each slide at the first page of its sheet, counting a long notes sheet as several pages', () => {
    const { slides, printPages } = firstPages([sheet('a'), sheet('b', a4 * 1.5), sheet('c')], true);
    expect(slides.map((s) => [s.title, s.page])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 3],
    ]);
    expect(printPages).toBe(4);
    // Two slides that share a readers' sheet both open at it.
    const shared = firstPages([sheet('a'), { height: a4, slides: [on('b'), on('c')] }, sheet('d')], true);
    expect(shared.slides.map((s) => s.page)).toEqual([0, 1, 1, 2]);
    expect(shared.printPages).toBe(3);
  });

  it('counts a sheet of any height as one page without notes, and opens nothing new at a build step repeating its slide', () => {
    const steps = firstPages([sheet('a', a4 * 1.5), sheet('a'), sheet('b')], false);
    expect(steps.slides.map((s) => s.page)).toEqual([0, 2]);
    expect(steps.printPages).toBe(3);
  });
});
