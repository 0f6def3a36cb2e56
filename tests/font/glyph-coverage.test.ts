import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDeck } from '../../src/build/generate-deck.ts';
import { checkDrawable, coveredCodePoints, undrawable } from '../../src/font/glyph-coverage.ts';
import { fullFontFile } from '../../src/font/subset-fonts.ts';
import { fixture, projectRoot, scratchDir } from '../support/fixtures.ts';

describe('the deck font’s glyph coverage', () => {
  let covered: ReadonlySet<number>;
  beforeAll(async () => {
    covered = await coveredCodePoints(fullFontFile(400));
  });

  it('finds what Noto Sans SC cannot draw, once each, and not what is never drawn', () => {
    expect(undrawable('中文、English、①→…“”', covered)).toEqual([]);
    // A zero-width space and the emoji variation selector are invisible; the emoji itself is not.
    expect(undrawable('看📱\u200b手机📱\ufe0f，再看𠀀', covered)).toEqual(['📱', '𠀀']);
  });

  it('names the first such character where it is written, and the others after it', () => {
    const inputs = [
      { file: 'a.md', text: '# 标题\n\n第一段。\n\n第二段👉看这里🔥。\n' },
      { file: 'deck.yaml', text: 'title: 🎉\n' },
    ];
    expect(() => checkDrawable('标题 第二段👉看这里🔥', covered, inputs, 'Noto Sans SC')).toThrow(
      'a.md:5:4: "👉" (U+1F449) has no glyph in the deck\'s font, Noto Sans SC: slides and PDF would show an empty box where the viewer has no font with it. Write it in words or leave it out (also without a glyph: "🔥" (U+1F525))',
    );
    // One only the spec has is found there.
    expect(() => checkDrawable('🎉', covered, inputs, 'Noto Sans SC')).toThrow(/^deck\.yaml:1:8: "🎉"/);
    // One a link's address spells in %-escapes (a sources slide shows it decoded) is found there.
    const linked = [{ file: 'b.md', text: '# 题\n\n见[图](https://example.org/%F0%9F%91%89)。\n' }];
    expect(() => checkDrawable('图（example.org/👉）', covered, linked, 'Noto Sans SC')).toThrow(
      /^b\.md:3:26: "👉"/,
    );
  });

  it('names first the character written first in the article, at its line, though the slides show another first', () => {
    // The slides lift a point from line 5 before the notes say line 3.
    const inputs = [{ file: 'a.md', text: '# 标题\n\n吓了一跳😱？\n\n研究了个底朝天🔍。\n' }];
    expect(() => checkDrawable('标题 研究了🔍 吓了😱', covered, inputs, 'Noto Sans SC')).toThrow(
      /^a\.md:3:5: "😱" \(U\+1F631\) has no glyph.*\(also without a glyph: "🔍" \(U\+1F50D\)\)$/,
    );
  });

  it('finds a character written as a reference or an escape: markdown, Mermaid and YAML', () => {
    const at = (file: string, text: string) => () =>
      checkDrawable('😀', covered, [{ file, text }], 'Noto Sans SC');
    expect(at('a.md', '# 题\n\n笑&#x1F600;了\n')).toThrow(/^a\.md:3:2: "😀" \(U\+1F600\)/);
    expect(at('a.md', '# 题\n\n笑&#128512;了\n')).toThrow(/^a\.md:3:2: "😀"/);
    expect(at('x.mmd', 'flowchart LR\n  A["笑#128512;"]\n')).toThrow(/^x\.mmd:2:7: "😀"/);
    expect(at('deck.yaml', 'points:\n  - "气象站\\U0001F600很多"\n')).toThrow(/^deck\.yaml:2:9: "😀"/);
    expect(() =>
      checkDrawable('𝒜', covered, [{ file: 'a.md', text: '# 题\n\n写作&Ascr;了\n' }], 'Noto Sans SC'),
    ).toThrow(/^a\.md:3:3: "𝒜" \(U\+1D49C\)/);
    expect(() =>
      checkDrawable('𝒜', covered, [{ file: 'x.mmd', text: 'flowchart LR\n  A["#Ascr;"]\n' }], 'Noto Sans SC'),
    ).toThrow(/^x\.mmd:2:6: "𝒜"/);
    // Another character's reference is not this one: nowhere to point at, the reason alone.
    expect(at('a.md', '# 题\n\n&#x1F6001;\n')).toThrow(/^"😀" \(U\+1F600\) has no glyph/);
  });

  it('stops the build of an article with an emoji at its line', async () => {
    const root = scratchDir('deck-emoji-');
    mkdirSync(join(root, 'slides'));
    const article = fixture('articles/other-article.md').replace(
      '绿色牌照的汽车越来越多。',
      '绿色牌照的汽车越来越多🚗。',
    );
    writeFileSync(join(root, 'slides', 'article.md'), article);
    await expect(
      generateDeck({ root, article: 'slides/article.md', spec: 'slides/deck.yaml' }),
    ).rejects.toThrow(/^slides\/article\.md:3:17: "🚗" \(U\+1F697\) has no glyph/);
  });

  it('refuses an emoji in the deck’s article before it starts drawing the diagrams, which takes seconds', async () => {
    const root = scratchDir('deck-emoji-diagrams-');
    cpSync(join(projectRoot, 'slides'), join(root, 'slides'), { recursive: true });
    const file = join(root, 'slides', 'article.md');
    const article = readFileSync(file, 'utf8');
    expect(article).toContain('提到手机通信，');
    writeFileSync(file, article.replace('提到手机通信，', '提到手机通信📱，'));
    // Lent to draw the diagrams with: asked for a page, it says the drawing had begun.
    const browser = {
      newPage: () => Promise.reject(new Error('the diagrams were being drawn')),
    } as unknown as Browser;
    await expect(
      generateDeck({ root, article: 'slides/article.md', spec: 'slides/deck.yaml' }, browser),
    ).rejects.toThrow(/^slides\/article\.md:3:7: "📱" \(U\+1F4F1\) has no glyph/);
  });

  it('refuses an emoji in a diagram’s label before it starts drawing, written as it is or as a Mermaid code', async () => {
    const root = scratchDir('deck-emoji-label-');
    cpSync(join(projectRoot, 'slides'), join(root, 'slides'), { recursive: true });
    const file = join(root, 'slides', 'diagrams', 'esim-authenticate.mmd');
    const source = readFileSync(file, 'utf8');
    const label = '  Note over L: 显示运营商名称';
    expect(source).toContain(label);
    const line = source.split('\n').findIndex((l) => l.startsWith(label)) + 1;
    const browser = {
      newPage: () => Promise.reject(new Error('the diagrams were being drawn')),
    } as unknown as Browser;
    const build = () =>
      generateDeck({ root, article: 'slides/article.md', spec: 'slides/deck.yaml' }, browser);
    for (const written of ['📱', '#128241;']) {
      writeFileSync(file, source.replace(label, `  Note over L: ${written}显示运营商名称`));
      await expect(build(), written).rejects.toThrow(
        new RegExp(`^slides/diagrams/esim-authenticate\\.mmd:${line}:16: "📱" \\(U\\+1F4F1\\) has no glyph`),
      );
    }
    // A comment is never drawn: the build goes on to draw the diagrams.
    writeFileSync(file, `%% 📱 a note to the writer\n${source}`);
    await expect(build()).rejects.toThrow('the diagrams were being drawn');
  });
});
