import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { SourceError } from '../article/source-error.ts';
import { launchChromium } from '../browser/chromium.ts';
import type { RenderedDiagram } from '../render/render-slides.ts';
import { diagramText } from './diagram-text.ts';
import { DIAGRAM_FONT_FAMILY, mermaidConfig } from './mermaid-config.ts';
import { fileLine } from './mermaid-lines.ts';

/** A Mermaid source file, named as the deck spec names it. */
export interface DiagramSource {
  readonly name: string;
  /** The path shown in errors, e.g. `slides/diagrams/sim-provisioning.mmd`. */
  readonly file: string;
  readonly text: string;
}

export interface DiagramRenderOptions {
  /** A TrueType/OpenType file of the deck's font, loaded before any label is measured. */
  readonly fontFile: string;
  /** An already running browser to reuse; one is launched (and closed) otherwise. */
  readonly browser?: Browser;
}

/** Turns Mermaid's "Parse error on line 3: …" into file:line. */
export function mermaidError(source: DiagramSource, message: string): SourceError {
  const named = /on line (\d+)/i.exec(message) ?? /line[: ]+(\d+)/i.exec(message);
  let line = 1;
  let said = message;
  if (named?.[1]) {
    // Mermaid counts lines after dropping front matter, directives and comment lines; the location
    // and the message both give the file's own line instead, so they agree.
    line = fileLine(source.text, Number(named[1]));
    const end = named.index + named[0].length;
    said = message.slice(0, named.index) + named[0].replace(named[1], String(line)) + message.slice(end);
  }
  const detail = said
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .join('\n    ');
  return new SourceError(source.file, line, 1, `Mermaid could not draw this diagram: ${detail}`);
}

// Every request of the render page is answered from disk; this host never resolves.
const ORIGIN = 'http://diagrams.invalid';
const require = createRequire(import.meta.url);

interface PageResult {
  readonly svg?: string;
  readonly error?: string;
  /** Mermaid drew no shape: the source declares nothing to show. */
  readonly empty?: boolean;
}

/**
 * Draws Mermaid sources to standalone SVG in headless Chromium, with the deck's font loaded,
 * so the deck itself ships no Mermaid code and nothing is drawn late.
 */
export async function renderDiagrams(
  sources: readonly DiagramSource[],
  options: DiagramRenderOptions,
): Promise<Map<string, RenderedDiagram>> {
  const results = new Map<string, RenderedDiagram>();
  if (sources.length === 0) return results;
  for (const source of sources) diagramText(source);

  const browser = options.browser ?? (await launchChromium());
  try {
    const page = await browser.newPage();
    const mermaidJs = await readFile(require.resolve('mermaid/dist/mermaid.min.js'));
    const font = await readFile(options.fontFile);
    await page.route('**/*', async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/mermaid.js') return route.fulfill({ body: mermaidJs, contentType: 'text/javascript' });
      if (path === '/font.ttf') return route.fulfill({ body: font, contentType: 'font/ttf' });
      if (path === '/') {
        return route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
            @font-face { font-family: "Noto Sans SC"; src: url(/font.ttf); }
            body { font-family: ${DIAGRAM_FONT_FAMILY}; }
          </style><script src="/mermaid.js"></script></head><body></body></html>`,
        });
      }
      return route.abort();
    });
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(async (config) => {
      await document.fonts.load('20px "Noto Sans SC"', '中文 SIM');
      (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid.initialize(config);
    }, mermaidConfig);

    for (const source of sources) {
      const result: PageResult = await page.evaluate(
        async ({ id, text }) => {
          const mermaid = (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid;
          try {
            await mermaid.parse(text);
            const { svg } = await mermaid.render(id, text);
            const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
            const root = doc.documentElement;
            // A source with nothing to draw (only accTitle and accDescr, say) still renders, as an
            // empty square. Every node, message or edge is a shape; markers and icons are only
            // definitions, and a diagram title alone is text.
            const shapes = Array.from(
              root.querySelectorAll('rect, path, line, circle, ellipse, polygon, polyline, image, use'),
            );
            if (shapes.every((shape) => shape.closest('defs, marker, symbol, clipPath, mask, pattern')))
              return { empty: true };
            // Size comes from the slide's CSS; the viewBox keeps the drawing's proportions.
            root.removeAttribute('style');
            root.removeAttribute('width');
            root.removeAttribute('height');
            root.setAttribute('role', 'img');
            root.setAttribute('preserveAspectRatio', 'xMidYMid meet');
            // Mermaid ships the CSS of a whole diagram family in every SVG; keep only the rules
            // that style something in this one, so the deck's page stays light to parse and style.
            document.body.append(root);
            for (const style of Array.from(root.querySelectorAll('style'))) {
              const rules = Array.from(style.sheet?.cssRules ?? []);
              const used = rules.filter((rule) => {
                if (!(rule instanceof CSSStyleRule)) return true;
                try {
                  return root.matches(rule.selectorText) || root.querySelector(rule.selectorText) !== null;
                } catch {
                  return true;
                }
              });
              style.textContent = used.map((rule) => rule.cssText).join('');
            }
            // A backdrop in the panel's white under each message label, so a lifeline crossing it
            // does not run through the words. A rect, not a stroke under the glyphs: Chromium
            // prints stroked text twice (once as Type 3 outlines), doubling it in a PDF's text.
            for (const text of Array.from(root.querySelectorAll<SVGTextElement>('text.messageText'))) {
              if (!text.textContent?.trim()) continue;
              const b = text.getBBox();
              const backdrop = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
              backdrop.setAttribute('class', 'label-backdrop');
              backdrop.setAttribute('x', (b.x - 4).toFixed(1));
              backdrop.setAttribute('y', b.y.toFixed(1));
              backdrop.setAttribute('width', (b.width + 8).toFixed(1));
              backdrop.setAttribute('height', b.height.toFixed(1));
              backdrop.setAttribute('rx', '3');
              backdrop.setAttribute('fill', '#ffffff');
              const transform = text.getAttribute('transform');
              if (transform) backdrop.setAttribute('transform', transform);
              text.before(backdrop);
            }
            root.remove();
            // The drawing is an image named by its <title> and <desc>. reveal announces a slide by
            // walking its text, and would read every label and the style sheet too.
            for (const child of Array.from(root.children)) {
              if (child.localName !== 'title' && child.localName !== 'desc')
                child.setAttribute('aria-hidden', 'true');
            }
            // Without mirrored actors Mermaid draws lifelines down to y=2000; end them at the drawing's edge.
            const box =
              root
                .getAttribute('viewBox')
                ?.split(/[\s,]+/)
                .map(Number) ?? [];
            if (box.length === 4) {
              const bottom = String((box[1] ?? 0) + (box[3] ?? 0));
              for (const line of Array.from(root.querySelectorAll('line.actor-line'))) {
                if (Number(line.getAttribute('y2')) > Number(bottom)) line.setAttribute('y2', bottom);
              }
            }
            // Mermaid names some inner elements (actor0, arrowhead …) the same in every diagram;
            // prefix them so several diagrams can share one page without clashing.
            const prefix = `${id}-`;
            const renamed = new Map<string, string>();
            for (const el of Array.from(root.querySelectorAll('[id]'))) {
              if (!el.id.startsWith(id)) {
                renamed.set(el.id, prefix + el.id);
                el.id = prefix + el.id;
              }
            }
            const rename = (value: string): string =>
              value
                .replace(/url\(#([^)]+)\)/g, (m, ref: string) =>
                  renamed.has(ref) ? `url(#${renamed.get(ref)})` : m,
                )
                .replace(/^#(.+)$/, (m, ref: string) => (renamed.has(ref) ? `#${renamed.get(ref)}` : m));
            // The root too: its aria-labelledby and aria-describedby name the <title> and <desc>.
            const idLists = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns']);
            for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
              for (const attr of Array.from(el.attributes)) {
                const next = idLists.has(attr.name)
                  ? attr.value
                      .split(/\s+/)
                      .map((ref) => renamed.get(ref) ?? ref)
                      .join(' ')
                  : rename(attr.value);
                if (next !== attr.value) el.setAttribute(attr.name, next);
              }
            }
            // Mermaid defines its actor icons (computer, database, clock: ~20 KB of path data) in
            // every sequence diagram; drop the definitions nothing here refers to.
            const markup = new XMLSerializer().serializeToString(root);
            for (const symbol of Array.from(root.querySelectorAll('symbol[id], marker[id]'))) {
              // `#id` not followed by a character an id may continue with: href="#id", url(#id),
              // url('#id') and url(&quot;#id&quot;) all count as uses.
              const escaped = symbol.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
              if (!new RegExp(`#${escaped}(?![\\w.:-])`).test(markup)) symbol.remove();
            }
            for (const defs of Array.from(root.querySelectorAll('defs'))) {
              if (defs.children.length === 0) defs.remove();
            }
            return { svg: new XMLSerializer().serializeToString(root) };
          } catch (error) {
            return { error: error instanceof Error ? error.message : String(error) };
          }
        },
        { id: `diagram-${source.name}`, text: source.text },
      );
      if (result.empty) {
        // Line 1 of what Mermaid parses is the diagram-type line.
        throw new SourceError(
          source.file,
          fileLine(source.text, 1),
          1,
          'diagram draws nothing (no node, message or label); it would be a blank slide',
        );
      }
      if (result.error !== undefined || !result.svg)
        throw mermaidError(source, result.error ?? 'no SVG produced');
      if (!/<title[ >]/.test(result.svg) || !/<desc[ >]/.test(result.svg)) {
        throw new SourceError(source.file, 1, 1, 'Mermaid produced no <title>/<desc> from accTitle/accDescr');
      }
      results.set(source.name, { svg: result.svg });
    }
    await page.close();
  } finally {
    if (!options.browser) await browser.close();
  }
  return results;
}
