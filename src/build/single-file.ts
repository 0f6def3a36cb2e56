import { extname } from 'node:path';
import { FONT_STYLE_ID } from '../font/font-family.ts';
import { sha256 } from './content-security-policy.ts';

/** Reads a file of the build by its path relative to the build folder. */
export type AssetReader = (path: string) => Uint8Array;

const MIME: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const normalise = (href: string): string => href.replace(/^\.\//, '').replace(/^\//, '');
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

function dataUrl(path: string, bytes: Uint8Array): string {
  const type = MIME[extname(path)];
  if (!type) throw new Error(`single-file build: no MIME type for ${path}`);
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** Inline scripts must not close their own element early. */
const scriptSafe = (code: string): string => code.replaceAll('</script', '<\\/script');
/** Same for styles. */
const styleSafe = (css: string): string => css.replaceAll('</style', '<\\/style');

/** Fonts and images referenced by url("…") in a stylesheet, turned into data: URLs. */
function inlineCssUrls(css: string, read: AssetReader, cssDir: string): string {
  return css.replace(/url\((["']?)([^"')]+)\1\)/g, (match, _q, ref: string) => {
    if (ref.startsWith('data:')) return match;
    const path = normalise(`${cssDir}${ref}`);
    return `url("${dataUrl(path, read(path))}")`;
  });
}

/**
 * Turns the built index.html into one self-contained page: scripts, styles, fonts and icons
 * inlined, the Content-Security-Policy adjusted to allow exactly the inlined script and data: fonts.
 */
export function inlineBuild(html: string, read: AssetReader): string {
  const inlinedScripts: string[] = [];
  let out = html.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_m, src: string) => {
    const code = scriptSafe(text(read(normalise(src))));
    inlinedScripts.push(code);
    return `<script type="module">${code}</script>`;
  });
  out = out.replace(/<link rel="stylesheet"(?: crossorigin)? href="([^"]+)">/g, (_m, href: string) => {
    const path = normalise(href);
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    return `<style>${styleSafe(inlineCssUrls(text(read(path)), read, dir))}</style>`;
  });
  // The @font-face rules already sit in the page; their files are relative to index.html. (Only
  // that style element: the diagrams' own styles have nothing to inline.)
  out = out.replace(
    new RegExp(`(<style id="${FONT_STYLE_ID}">)([\\s\\S]*?)(</style>)`),
    (_m, open: string, css: string, close: string) => `${open}${inlineCssUrls(css, read, '')}${close}`,
  );
  out = out.replace(/\s*<link rel="preload" href="[^"]+" as="font"[^>]*>/g, '');
  out = out.replace(/<link rel="icon" href="([^"]+)"/g, (_m, href: string) => {
    const path = normalise(href);
    return `<link rel="icon" href="${dataUrl(path, read(path))}"`;
  });
  const policyTag = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
  // The inlined script and fonts need the policy widened; a page without it would break silently.
  if (!policyTag.test(out))
    throw new Error('single-file build: the page has no Content-Security-Policy meta tag');
  out = out.replace(policyTag, (_m, head, policy: string, tail) => {
    const adjusted = policy
      .replace(
        /script-src ([^;]*)/,
        (_s, sources: string) => `script-src ${sources} ${inlinedScripts.map(sha256).join(' ')}`,
      )
      .replace(/font-src ([^;]*)/, (_s, sources: string) => `font-src ${sources} data:`);
    return `${head}${adjusted}${tail}`;
  });
  const leftover = /(?:(?:src|href)="|url\(["']?)(?:\.\/)?assets\/[^"')]+/.exec(out);
  if (leftover) throw new Error(`single-file build: ${leftover[0]} is still a separate file`);
  return out;
}
