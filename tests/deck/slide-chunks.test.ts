import { describe, expect, it } from 'vitest';
import { chunk } from '../../src/deck/slide-chunks.ts';

/** A slide that holds at most five items weighing six in all. */
const fits = (slide: readonly number[]): boolean =>
  slide.length <= 5 && slide.reduce((a, b) => a + b, 0) <= 6;

describe('chunk', () => {
  it('shares items over as few slides as hold them, as evenly as they fit: 3 + 3 + 3, not 3 + 5 + 1', () => {
    const items = [3, 2, 1, 1, 1, 1, 1, 1, 1];
    expect(chunk(items, fits)).toEqual([
      [3, 2, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
  });

  it('gives the odd item out to the first slides', () => {
    expect(chunk([1, 1, 1, 1, 1, 1, 1], fits).map((slide) => slide.length)).toEqual([4, 3]);
  });

  it('starts a slide elsewhere than where a break costs (inside a list), when evenness is worth less', () => {
    const sixOnes = [1, 1, 1, 1, 1, 1];
    const upToFour = (slide: readonly number[]) => slide.length <= 4;
    expect(chunk(sixOnes, upToFour).map((slide) => slide.length)).toEqual([3, 3]);
    // Items 1 to 3 are a list: 4 + 2 (16 + 4) beats 3 + 3 with a break in the list (9 + 9 + 12).
    const inList = (index: number) => (index >= 1 && index <= 3 ? 12 : 0);
    expect(chunk(sixOnes, upToFour, inList).map((slide) => slide.length)).toEqual([4, 2]);
  });

  it('takes one slide more, when asked to, where the fewest slides must break a list and one more need not', () => {
    const upToFour = (slide: readonly number[]) => slide.length <= 4;
    // A point, a lead-in (1) and its three items (2 to 4), then two points: two slides part the list.
    const inList = (index: number) => (index >= 2 && index <= 4 ? 12 : 0);
    const seven = [1, 1, 1, 1, 1, 1, 1];
    expect(chunk(seven, upToFour, inList).map((slide) => slide.length)).toEqual([4, 3]);
    expect(chunk(seven, upToFour, inList, true).map((slide) => slide.length)).toEqual([1, 4, 2]);
    // Not where one more slide would still part it.
    const longList = (index: number) => (index >= 1 && index <= 6 ? 12 : 0);
    expect(chunk(seven, upToFour, longList, true)).toHaveLength(2);
  });

  it('keeps what fits one slide on one slide, and an item too big for any slide on a slide of its own', () => {
    expect(chunk([1, 2, 3], fits)).toEqual([[1, 2, 3]]);
    expect(chunk([1, 9, 1], fits)).toEqual([[1], [9], [1]]);
    expect(chunk([], fits)).toEqual([]);
  });
});
