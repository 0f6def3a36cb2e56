import { describe, expect, it } from 'vitest';
import { readJumpEntry } from '../../src/present/jump-box.ts';

describe("G's box", () => {
  it('reads a slide number within the deck as that slide, counted from one', () => {
    expect(readJumpEntry('1', 22)).toEqual({ kind: 'slide', index: 0 });
    expect(readJumpEntry(' 22 ', 22)).toEqual({ kind: 'slide', index: 21 });
  });

  it('reads full-width digits from a Chinese input method as the same number', () => {
    expect(readJumpEntry('１２', 22)).toEqual({ kind: 'slide', index: 11 });
  });

  it('calls a number past either end, or anything but digits, wrong rather than the nearest slide', () => {
    for (const typed of ['0', '23', '99', '物理形态', 'cover', '1.2', '-3', '5页'])
      expect(readJumpEntry(typed, 22), typed).toEqual({ kind: 'wrong' });
  });

  it('tells an empty box from a wrong one', () => {
    expect(readJumpEntry('  ', 22)).toEqual({ kind: 'empty' });
  });
});
