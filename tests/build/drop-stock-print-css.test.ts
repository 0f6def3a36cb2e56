import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { dropStockPrintCss } from '../../src/build/drop-stock-print-css.ts';

const require = createRequire(import.meta.url);
const run = async (css: string): Promise<string> =>
  (await postcss([dropStockPrintCss()]).process(css, { from: undefined })).css;

describe('dropping reveal.js’s stock print style for the slide and reader views', () => {
  it('removes a print block whose every rule is for pages outside reveal’s print view', async () => {
    const css = `@media print{html:not(.print-pdf){width:auto}html:not(.print-pdf) .reveal div,html:not(.print-pdf) .reveal p{display:block}}.x{color:red}`;
    expect(await run(css)).toBe('.x{color:red}');
  });

  it('keeps print blocks that style anything else, and every other media block', async () => {
    const css = [
      '@media print{.print-hint{display:none}}',
      '@media print{html:not(.print-pdf) body{margin:0}.toolbar{display:none}}',
      '@media screen{html:not(.print-pdf) .reveal{color:red}}',
      'html.reveal-print .reveal{overflow:hidden}',
    ].join('');
    expect(await run(css)).toBe(css);
  });

  it('leaves nothing of reveal.css’s own stock print style, and all of its print view', async () => {
    const reveal = readFileSync(require.resolve('reveal.js/reveal.css'), 'utf8');
    // Both kinds are there to begin with, so neither count below is of nothing.
    expect(reveal).toContain('html:not(.print-pdf)');
    expect(reveal).toContain('html.reveal-print');
    const kept = await run(reveal);
    expect(kept).not.toContain('html:not(.print-pdf)');
    expect(kept.match(/html\.reveal-print/g)?.length).toBe(reveal.match(/html\.reveal-print/g)?.length);
  });
});
