import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../../src/deck/limits.ts';

describe('wrappedLines', () => {
  it('counts Chinese text as whole lines of its characters, breaking between any two', () => {
    expect(wrappedLines('叶'.repeat(31), 31)).toBe(1);
    expect(wrappedLines('叶'.repeat(32), 31)).toBe(2);
    expect(wrappedLines('叶'.repeat(62), 31)).toBe(2);
  });

  it('measures Latin letters by their width, about half a Chinese character each', () => {
    // 49 characters, words of four letters and spaces: under 27 Chinese characters wide, one line.
    expect(wrappedLines('abcd '.repeat(10).trim(), 31)).toBe(1);
  });

  it('moves a Latin word that does not fit to the next line whole, as the browser wraps it', () => {
    // 30 characters fill the line but for one; the word after them cannot share it.
    expect(wrappedLines(`${'叶'.repeat(30)}Wi-Fi`, 31)).toBe(2);
    // A space at a line's end takes no room.
    expect(wrappedLines(`${'叶'.repeat(31)} Wi-Fi`, 31)).toBe(2);
    // A word longer than a line breaks inside it.
    expect(wrappedLines('W'.repeat(40), 31)).toBe(2);
    // A term the theme keeps on one line moves whole too, space and all.
    expect(wrappedLines(`${'叶'.repeat(28)}Wi-Fi 7${'叶'.repeat(28)}`, 31)).toBe(3);
    expect(wrappedLines(`${'叶'.repeat(29)}10万${'叶'.repeat(29)}`, 31)).toBe(3);
  });
});
