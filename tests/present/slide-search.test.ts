import { describe, expect, it } from 'vitest';
import { foldForSearch, matchingSlides, nextMatch } from '../../src/present/slide-search.ts';

describe('slide search', () => {
  const slides = ['封面 eSIM卡与手机卡', 'SIM 卡：大卡、Micro、Nano', '换运营商', '实体 SIM 卡一旦遗失'];

  it('finds words whatever their case, width or spacing', () => {
    expect(foldForSearch('ＳＩＭ 卡')).toBe('sim卡');
    expect(matchingSlides(slides, 'sim卡')).toEqual([0, 1, 3]);
    expect(matchingSlides(slides, 'micro')).toEqual([1]);
  });

  it('finds nothing for an empty query or words no slide has, and treats symbols as text', () => {
    expect(matchingSlides(slides, '   ')).toEqual([]);
    expect(matchingSlides(slides, '卫星')).toEqual([]);
    expect(matchingSlides(['SM-DP+ 地址', 'SM-DPP'], 'SM-DP+')).toEqual([0]);
    expect(matchingSlides(['(a'], '(')).toEqual([0]);
  });

  it('never matches across two runs of text, such as two points of one slide', () => {
    expect(matchingSlides(['无需卡槽\u0000esim：焊在主板上'], '卡槽esim')).toEqual([]);
    expect(matchingSlides(['无需卡槽\u0000esim：焊在主板上'], 'esim：焊')).toEqual([0]);
  });

  it('goes on to the next match after the current slide, wrapping round, and back with Shift', () => {
    expect(nextMatch([0, 1, 3], 1)).toBe(3);
    expect(nextMatch([0, 1, 3], 3)).toBe(0);
    expect(nextMatch([0, 1, 3], 1, { backwards: true })).toBe(0);
    expect(nextMatch([0, 1, 3], 0, { backwards: true })).toBe(3);
    expect(nextMatch([], 2)).toBeUndefined();
  });

  it('starts a new search at the slide in view when it matches', () => {
    expect(nextMatch([0, 1, 3], 1, { here: true })).toBe(1);
    expect(nextMatch([0, 1, 3], 2, { here: true })).toBe(3);
  });
});
