import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';

const require = createRequire(import.meta.url);

/** A CSP source allowing the inline script `text` by its hash. */
export const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The notes plugin writes its speaker view into an about:blank window, which inherits the page's
 * CSP; its one inline script must be allowed by hash. The hash is taken from the installed plugin,
 * so it follows reveal.js upgrades (a browser test opens the speaker view under the policy).
 */
export async function speakerViewScriptHashes(): Promise<string[]> {
  // The ES module build is the one Vite bundles into the deck.
  const dist = dirname(require.resolve('reveal.js'));
  const source = await readFile(join(dist, 'plugin', 'notes.mjs'), 'utf8');
  const marker = '.document.write(';
  const start = source.indexOf(marker);
  if (start < 0) throw new Error('reveal.js notes plugin: speaker view markup not found');
  const literalStart = start + marker.length;
  // The markup is one string literal; find its closing quote, stepping over escapes.
  const quote = source[literalStart];
  let end = literalStart + 1;
  while (end < source.length && source[end] !== quote) end += source[end] === '\\' ? 2 : 1;
  // Evaluate only that string literal, in an empty context, to get the exact text the plugin writes.
  const markup = runInNewContext(source.slice(literalStart, end + 1)) as unknown;
  if (typeof markup !== 'string')
    throw new Error('reveal.js notes plugin: speaker view markup is not a string');
  return Array.from(markup.matchAll(/<script>([\s\S]*?)<\/script>/g), (m) => sha256(m[1] ?? ''));
}

export interface PolicyOptions {
  /** Extra script hashes (the speaker view's, an inlined bundle's). */
  readonly scriptHashes: readonly string[];
}

/**
 * The deck's Content-Security-Policy: nothing but its own origin. Styles may be inline (reveal.js
 * and Mermaid's SVG use style attributes; styles cannot run code); scripts may not, except by hash.
 */
export function contentSecurityPolicy(options: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${options.scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:`,
    // The single file widens this to data: itself (single-file.ts), with the hashes of its scripts.
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
