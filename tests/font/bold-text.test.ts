import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOLD_SELECTORS, boldText } from '../../src/font/bold-text.ts';
import { fontFaceCss, subsetFonts } from '../../src/font/subset-fonts.ts';
import { projectRoot } from '../support/fixtures.ts';

describe('boldText', () => {
  it('collects headings, table headers, strong text and the theme’s bold labels, and nothing else', () => {
    const html = `<section><h2>物理形态</h2><p>正文<strong>重点</strong>说明</p>
      <span class="section-number">01</span><ol class="agenda"><li><span class="agenda-number">02</span>目录项</li></ol>
      <table class="comparison"><thead><tr><th>维度</th><td>无</td></tr></thead>
      <tbody><tr><th>开通</th><td>营业厅</td><td>扫码</td></tr></tbody></table>
      <aside class="notes"><p class="notes-cue">建议用时</p><p>讲稿</p></aside></section>`;
    const bold = boldText(html);
    for (const text of ['物理形态', '重点', '01', '02', '维度', '开通', '扫码', '建议用时'])
      expect(bold).toContain(text);
    for (const text of ['正文', '说明', '目录项', '营业厅', '讲稿']) expect(bold).not.toContain(text);
  });

  it('covers every rule of the theme that sets text in bold', () => {
    const css = readFileSync(join(projectRoot, 'assets', 'theme.css'), 'utf8').replace(
      /\/\*[\s\S]*?\*\//g,
      '',
    );
    const boldRules = [...css.matchAll(/([^{}]+)\{[^}]*font-weight:\s*(?:[6-9]00|bold|bolder)[^}]*\}/g)];
    expect(boldRules.length).toBeGreaterThan(0);
    // Text outside the slides' HTML comes from the labels, which both subsets carry whole.
    const outsideSlides = [
      '.reader-notes-label',
      '.deck-dialog',
      '.deck-toolbar',
      '.print-hint',
      '.deck-preview-end',
    ];
    for (const [, selectors] of boldRules) {
      for (const selector of (selectors ?? '').split(',').map((s) => s.trim())) {
        if (outsideSlides.some((label) => selector.includes(label))) continue;
        const covered = BOLD_SELECTORS.some((bold) => selector === bold || selector.endsWith(` ${bold}`));
        expect(covered, `${selector} is bold in theme.css but not in BOLD_SELECTORS`).toBe(true);
      }
    }
  });
});

describe('subsetFonts', () => {
  it('makes one WOFF2 file per weight, 400 and 700, the bold one smaller for holding only the bold text', async () => {
    const fonts = await subsetFonts({ all: '物理形态与功能体验', bold: '物理形态' });
    expect(fonts.map((f) => f.weight)).toEqual([400, 700]);
    const [regular, bold] = fonts;
    // Fewer glyphs, a smaller file; both stay real WOFF2 fonts.
    expect(bold?.data.byteLength).toBeLessThan(regular?.data.byteLength ?? 0);
    for (const font of fonts) expect(Buffer.from(font.data.subarray(0, 4)).toString('latin1')).toBe('wOF2');
  });

  it('declares the regular file a second time, at weight 400 only, as the bold fallback', async () => {
    const fonts = await subsetFonts({ all: '形态', bold: '形' });
    const css = fontFaceCss(fonts, '');
    const faces = css.split('\n');
    expect(faces).toHaveLength(3);
    const regularFile = fonts.find((f) => f.weight === 400)?.fileName ?? '';
    expect(faces[2]).toContain('font-family:"Noto Sans SC Regular"');
    expect(faces[2]).toContain('font-weight:400;');
    expect(faces[2]).toContain(`url("${regularFile}")`);
  });
});
