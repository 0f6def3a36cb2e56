import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { inlineBuild } from '../../src/build/single-file.ts';
import { must } from '../support/must.ts';

const page = (head: string): string =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'; font-src 'self'">${head}</head><body></body></html>`;
const files: Record<string, string> = {
  'assets/f.woff2': 'wOF2',
  'assets/app.css': 'body{color:red}',
  'assets/app.js': 'const end = "</script>"; console.log(end);',
  'assets/odd.css': '.x::after{content:"</style>"}.y::after{content:"</STYLE>"}',
  // Markup the HTML parser reads inside a script, in each place a script may hold it.
  'assets/markup.js': [
    'const script = 2;',
    '/* a comment: <!-- <script> */',
    'export const values = [',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture's own template literal
    '  "<!--", \'<SCRIPT>\', "</script>", "\\<!--", `</Script>${1}<!--`,',
    '  /<!--x/.exec("a<!--x")?.[0], new RegExp(/<!--x/.source).test("<!--x"), /[<]script/i.test("<script"), /\\<script/.test("<script"),',
    '  1 <script, 3 </script/.source.length,',
    '];',
  ].join('\n'),
  'assets/raw.js': 'export const tag = String.raw`</script>`;',
  'assets/group.js': 'export const named = /(?<script>a)/;',
};
const read = (path: string): Uint8Array => {
  const content = files[path];
  if (content === undefined) throw new Error(`no file ${path}`);
  return new TextEncoder().encode(content);
};

describe('inlineBuild', () => {
  it('inlines the fonts the page’s @font-face rules name, and allows data: fonts in the policy', () => {
    const out = inlineBuild(
      page('<style id="deck-fonts">@font-face{src:url("assets/f.woff2") format("woff2")}</style>'),
      read,
    );
    expect(out).toContain(`url("data:font/woff2;base64,${Buffer.from('wOF2').toString('base64')}")`);
    expect(out).toMatch(/font-src 'self' data:/);
  });

  it('turns linked stylesheets into style elements', () => {
    const out = inlineBuild(page('<link rel="stylesheet" crossorigin href="./assets/app.css">'), read);
    expect(out).toContain('<style>body{color:red}</style>');
    expect(out).not.toContain('app.css');
  });

  it('inlines a script that holds "</script>" whole, and allows exactly it by its hash', () => {
    const out = inlineBuild(
      page(
        '<script type="module" crossorigin src="./assets/app.js"></script><link rel="stylesheet" href="assets/odd.css">',
      ),
      read,
    );
    const tree = fromHtml(out);
    const scripts = selectAll('script', tree);
    expect(scripts).toHaveLength(1);
    const code = textOf(must(scripts[0], 'the inlined script'));
    expect(code).toBe('const end = "\\x3C/script>"; console.log(end);');
    const hash = createHash('sha256').update(code, 'utf8').digest('base64');
    expect(out).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(textOf(must(select('style', tree), 'the inlined style sheet'))).toBe(
      '.x::after{content:"<\\/style>"}.y::after{content:"<\\/STYLE>"}',
    );
  });

  it('keeps a script whole that holds "<!--" and then "<script>", so the page after it is still read as HTML', () => {
    const out = inlineBuild(
      page(
        '<script type="module" crossorigin src="./assets/markup.js"></script><link rel="stylesheet" href="assets/app.css">',
      ),
      read,
    );
    const tree = fromHtml(out);
    const scripts = selectAll('script', tree);
    expect(scripts).toHaveLength(1);
    // The stylesheet after the script is an element, not more of the script's text.
    expect(textOf(must(select('style', tree), 'the style sheet after the script'))).toBe('body{color:red}');
    expect(textOf(must(scripts[0], 'the inlined script'))).not.toMatch(/<(\/?script|!--)/i);
  });

  it('leaves every string, template, pattern and comparison of an inlined script meaning what it did', async () => {
    const out = inlineBuild(
      page('<script type="module" crossorigin src="./assets/markup.js"></script>'),
      read,
    );
    const inlined = textOf(must(select('script', fromHtml(out)), 'the inlined script'));
    // As a browser runs it: a module (where V8 refuses `<!--` outside strings).
    const run = async (code: string): Promise<unknown> =>
      (await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`))
        .values;
    const before = await run(files['assets/markup.js'] ?? '');
    expect(before).toEqual([
      '<!--',
      '<SCRIPT>',
      '</script>',
      '<!--',
      '</Script>1<!--',
      '<!--x',
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(await run(inlined)).toEqual(before);
  });

  it('refuses markup it cannot escape without changing the script: a tagged template’s raw text, a group’s name', () => {
    expect(() =>
      inlineBuild(page('<script type="module" crossorigin src="./assets/raw.js"></script>'), read),
    ).toThrow(/^single-file build: assets\/raw\.js:1:31: "<\/script" in a tagged template cannot be escaped/);
    expect(() =>
      inlineBuild(page('<script type="module" crossorigin src="./assets/group.js"></script>'), read),
    ).toThrow(/^single-file build: assets\/group\.js:1:25: "<script" in a regular expression's group/);
  });

  it('refuses a page without a Content-Security-Policy to widen', () => {
    expect(() => inlineBuild('<html><head></head><body></body></html>', read)).toThrow(
      'single-file build: the page has no Content-Security-Policy meta tag',
    );
  });

  it('refuses to write a file that still points at a font beside it', () => {
    expect(() =>
      inlineBuild(page('<style id="elsewhere">@font-face{src:url("assets/f.woff2")}</style>'), read),
    ).toThrow('single-file build: <style> url("assets/f.woff2") is still a separate file');
  });

  it('refuses an element that still loads a built file by its address or its style attribute', () => {
    expect(() => inlineBuild(page('</head><body><img src="./assets/car.png" alt="车">'), read)).toThrow(
      'single-file build: <img> src="./assets/car.png" is still a separate file',
    );
    expect(() =>
      inlineBuild(page('</head><body><img srcset="data:image/png;base64,AA 1x, assets/car.png 2x">'), read),
    ).toThrow('<img> srcset="assets/car.png" is still a separate file');
    expect(() =>
      inlineBuild(page('</head><body><div style="background: url(assets/car.png)">'), read),
    ).toThrow('<div> style url(assets/car.png) is still a separate file');
  });

  it('lets a slide or its notes mention a built file’s address in words, which loads nothing', () => {
    const words =
      '</head><body><section><p>背景写作 url(assets/car.png)，图片写作 src="assets/car.png"。</p>' +
      '<aside class="notes">CSS 里的 url(\'./assets/car.png\') 会被内联。</aside></section>';
    expect(inlineBuild(page(words), read)).toContain('背景写作 url(assets/car.png)');
  });
});
