import { extname } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parseAst } from 'vite';
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

/**
 * What the HTML parser reads inside a script element as more than text: `</script` ends it, and
 * `<!--` followed later by `<script` (any case) puts it in a state where the `</script>` that
 * should close the element no longer does, so the rest of the page becomes script.
 */
const SCRIPT_DATA_MARKUP = /(\\*)<(\/?script|!--)/gi;

/** Where in a script a `<` stands: in a string, template or regular expression, or in code. */
interface LiteralSpan {
  readonly start: number;
  readonly end: number;
  /** A tagged template's tag may read its raw text, and a regular expression's `(?<` and `\k<` are syntax. */
  readonly kind: 'literal' | 'tagged template' | 'regular expression';
}

/** The script's string, template and regular-expression literals, as the parser finds them. */
function literalSpans(code: string, file: string): LiteralSpan[] {
  const spans: LiteralSpan[] = [];
  const visit = (value: unknown, tagged: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, tagged);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as { type?: unknown; start: number; end: number; value?: unknown; regex?: unknown };
    if (node.type === 'Literal' && (typeof node.value === 'string' || node.regex)) {
      spans.push({ start: node.start, end: node.end, kind: node.regex ? 'regular expression' : 'literal' });
      return;
    }
    if (node.type === 'TemplateElement') {
      spans.push({ start: node.start, end: node.end, kind: tagged ? 'tagged template' : 'literal' });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      const quasi = node.type === 'TaggedTemplateExpression' && key === 'quasi';
      visit(child, quasi || (tagged && node.type === 'TemplateLiteral' && key === 'quasis'));
    }
  };
  visit(parseAst(code, { sourceType: 'module' }, file), false);
  return spans;
}

/**
 * Inline scripts must not end early nor swallow the page after them (SCRIPT_DATA_MARKUP). Each
 * such `<` is written as the code around it reads the same: `\x3C` in a string, template or
 * regular expression (an escaped `\<` there is `<` too; a pattern's `.source` then shows `\x3C`,
 * still `<` to a RegExp made from it), and `< ` in code or a comment, where a space cannot change
 * what a `<` before `/`, `!` or a letter means. A `<` whose raw text counts (a tagged template, a
 * regular expression's group name) stops the build, named at its line.
 */
function scriptSafe(code: string, file: string): string {
  if (code.search(SCRIPT_DATA_MARKUP) < 0) return code; // most scripts: no need to parse them
  const spans = literalSpans(code, file);
  return code.replace(SCRIPT_DATA_MARKUP, (match, slashes: string, rest: string, offset: number) => {
    const at = offset + slashes.length;
    const span = spans.find((s) => s.start <= at && at < s.end);
    if (!span) return `${slashes}< ${rest}`;
    const groupName = span.kind === 'regular expression' && /(?:\(\?|\\k)$/.test(code.slice(at - 2, at));
    if (span.kind === 'tagged template' || groupName) {
      const before = code.slice(0, at).split('\n');
      throw new Error(
        `single-file build: ${file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}: "${match.slice(slashes.length)}" in ${groupName ? "a regular expression's group" : 'a tagged template'} cannot be escaped without changing the script, and would end or hide the inlined script early`,
      );
    }
    // An odd run of backslashes escapes the `<` itself: `\<` is `<`, so `\x3C` takes its place.
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\x3C${rest}`;
  });
}

/** Inline styles must not close their own element early, whatever the case of `</style`. */
const styleSafe = (css: string): string => css.replace(/<\/(style)/gi, '<\\/$1');

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
    const path = normalise(src);
    const code = scriptSafe(text(read(path)), path);
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
  const leftover = separateFile(out);
  if (leftover) throw new Error(`single-file build: ${leftover} is still a separate file`);
  return out;
}

// The properties (as hast names them) whose value is a file the page loads.
const URL_PROPERTIES = ['src', 'href', 'srcSet', 'poster', 'xLinkHref'] as const;
const BUILT_FILE = /^(?:\.\/)?assets\//;
const CSS_BUILT_FILE = /url\(\s*(["']?)((?:\.\/)?assets\/[^"')]+)\1\s*\)/;

/**
 * The first file of the build the page still loads from beside it, as written there; else
 * undefined. Read from the page's elements, not its text: a slide or its notes may well say
 * `url(assets/car.png)` or `src="assets/a.png"` in words, and that loads nothing.
 */
function separateFile(html: string): string | undefined {
  const inside = (nodes: readonly (Root | RootContent)[]): string | undefined => {
    for (const node of nodes) {
      if (node.type !== 'element' && node.type !== 'root') continue;
      const found = (node.type === 'element' ? inElement(node) : undefined) ?? inside(node.children);
      if (found) return found;
    }
    return undefined;
  };
  return inside([fromHtml(html)]);
}

/** A built file one element loads: by a URL attribute, its style attribute, or a <style>'s CSS. */
function inElement(element: Element): string | undefined {
  const tag = element.tagName;
  for (const name of URL_PROPERTIES) {
    const value = element.properties[name];
    // srcset is a list of "url width" candidates, apart at a comma and a space (a data: URL holds
    // commas of its own); the others are one URL.
    const listed = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
    const entries = listed.flatMap((v) => (name === 'srcSet' ? String(v).split(/,\s+/) : [String(v)]));
    const urls = entries.map((entry) => entry.trim().split(/\s+/)[0] ?? '');
    const url = urls.find((u) => BUILT_FILE.test(u));
    if (url) return `<${tag}> ${name.toLowerCase()}="${url}"`;
  }
  const style = element.properties.style;
  const inStyle = typeof style === 'string' ? CSS_BUILT_FILE.exec(style) : null;
  if (inStyle) return `<${tag}> style ${inStyle[0]}`;
  if (tag === 'style') {
    const css = element.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    const inCss = CSS_BUILT_FILE.exec(css);
    if (inCss) return `<style> ${inCss[0]}`;
  }
  return undefined;
}
