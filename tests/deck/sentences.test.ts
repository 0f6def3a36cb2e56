import { describe, expect, it } from 'vitest';
import { length, sentences, shorten } from '../../src/deck/sentences.ts';

const wordEnds = (text: string): Set<number> =>
  new Set(
    Array.from(
      new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text),
      (w) => w.index + w.segment.length,
    ),
  );

describe('sentences and shorten', () => {
  it('splits Chinese text into its sentences', () => {
    expect(sentences('第一句。第二句？第三句！')).toEqual(['第一句。', '第二句？', '第三句！']);
  });

  it('shortens at the last clause boundary when it keeps a third of the sentence', () => {
    expect(shorten('我们之所以会感到困倦，是因为大脑里有一种物质在不断积累', 20)).toBe(
      '我们之所以会感到困倦…',
    );
  });

  it('otherwise cuts after a whole word, never inside one, in English as in Chinese', () => {
    const english = 'Caffeine is a natural alkaloid found in coffee beans and tea leaves worldwide';
    const short = shorten(english, 48);
    expect(short).toBe('Caffeine is a natural alkaloid found in coffee…');
    const chinese = '咖啡因是一种天然生物碱存在于咖啡豆和茶叶之中并且在全世界广泛饮用';
    const cut = shorten(chinese, 20);
    expect(length(cut)).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
    expect(wordEnds(chinese).has(cut.length - 1)).toBe(true);
  });

  it('leaves a sentence that fits as it is', () => {
    expect(shorten('短句。', 20)).toBe('短句。');
  });
});
