import { describe, expect, it } from 'vitest';
import { inlineBuild } from '../../src/build/single-file.ts';

const page = (head: string): string =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'; font-src 'self'">${head}</head><body></body></html>`;
const files: Record<string, string> = { 'assets/f.woff2': 'wOF2', 'assets/app.css': 'body{color:red}' };
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

  it('refuses a page without a Content-Security-Policy to widen', () => {
    expect(() => inlineBuild('<html><head></head><body></body></html>', read)).toThrow(
      'single-file build: the page has no Content-Security-Policy meta tag',
    );
  });

  it('refuses to write a file that still points at a font beside it', () => {
    expect(() =>
      inlineBuild(page('<style id="elsewhere">@font-face{src:url("assets/f.woff2")}</style>'), read),
    ).toThrow(/single-file build: url\("assets\/f\.woff2 is still a separate file/);
  });
});
