/**
 * The steps that turn the SVG Mermaid draws into one the deck can inline, one job each.
 *
 * They run in the render page, not here: the page receives their source text
 * (Function.prototype.toString, see `svgCleanupScript`). So a step may use only its parameters
 * and the page's globals, never anything else of this module, and defines no named function
 * inside (`const f = () => …`): tsx's esbuild would wrap it in a `__name` helper the page lacks.
 */

/**
 * A source with nothing to draw (only accTitle and accDescr, say) still renders, as an empty
 * square; a pie, gantt or journey with no data renders its title alone. Every node, message or
 * edge is a shape, and a drawing says something only in words besides its title: markers and
 * icons are only definitions.
 */
export function drawsSomething(root: SVGSVGElement, titles: readonly string[]): boolean {
  const shapes = Array.from(
    root.querySelectorAll('rect, path, line, circle, ellipse, polygon, polyline, image, use'),
  );
  if (shapes.every((shape) => shape.closest('defs, marker, symbol, clipPath, mask, pattern'))) return false;
  const words = Array.from(root.querySelectorAll('text, foreignObject'), (label) =>
    (label.textContent ?? '').trim(),
  );
  // The title is drawn once: a node named like it is a word of the drawing.
  for (const title of titles) {
    const drawn = words.indexOf(title);
    if (drawn >= 0) words.splice(drawn, 1);
  }
  return words.some(Boolean);
}

/** Size comes from the slide's CSS; the viewBox keeps the drawing's proportions. */
export function fitToSlide(root: SVGSVGElement): void {
  root.removeAttribute('style');
  root.removeAttribute('width');
  root.removeAttribute('height');
  root.setAttribute('preserveAspectRatio', 'xMidYMid meet');
}

/**
 * Mermaid ships the CSS of a whole diagram family in every SVG; keep only the rules that style
 * something in this one, so the deck's page stays light to parse and style. Needs the drawing in
 * the page: a <style> has a parsed sheet only there.
 */
export function pruneUnusedCss(root: SVGSVGElement): void {
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
}

/**
 * A backdrop in the panel's white under each message label, so a lifeline crossing it does not
 * run through the words. A rect, not a stroke under the glyphs: Chromium prints stroked text
 * twice (once as Type 3 outlines), doubling it in a PDF's text. Needs the drawing in the page,
 * laid out, to measure the labels.
 */
export function addLabelBackdrops(root: SVGSVGElement): void {
  for (const text of Array.from(root.querySelectorAll<SVGTextElement>('text.messageText'))) {
    if (!text.textContent?.trim()) continue;
    const b = text.getBBox();
    const backdrop = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    backdrop.setAttribute('class', 'label-backdrop');
    backdrop.setAttribute('x', (b.x - 4).toFixed(1));
    // A little taller than the words: the deck's subset font may set them a fraction higher
    // than the full font they were measured in.
    backdrop.setAttribute('y', (b.y - 2).toFixed(1));
    backdrop.setAttribute('width', (b.width + 8).toFixed(1));
    backdrop.setAttribute('height', (b.height + 4).toFixed(1));
    backdrop.setAttribute('rx', '3');
    backdrop.setAttribute('fill', '#ffffff');
    const transform = text.getAttribute('transform');
    if (transform) backdrop.setAttribute('transform', transform);
    text.before(backdrop);
  }
}

/**
 * The drawing's name and description, from the source's accTitle and accDescr, as its first
 * children, the root pointing at them. Given by the deck for every diagram type alike: Mermaid
 * writes them only for the types whose grammar has them.
 */
export function nameImage(root: SVGSVGElement, id: string, title: string, description: string): void {
  const ns = 'http://www.w3.org/2000/svg';
  const name = document.createElementNS(ns, 'title');
  name.id = `${id}-title`;
  name.textContent = title;
  const desc = document.createElementNS(ns, 'desc');
  desc.id = `${id}-desc`;
  desc.textContent = description;
  root.prepend(name, desc);
  root.setAttribute('aria-labelledby', name.id);
  root.setAttribute('aria-describedby', desc.id);
}

/**
 * The drawing is an image named by its <title> and <desc>. reveal announces a slide by walking
 * its text, and would read every label and the style sheet too. Mermaid's own name for the
 * diagram's type (flowchart-v2, sequence) would be read out in place of "image" in the reader's
 * language.
 */
export function presentAsImage(root: SVGSVGElement): void {
  root.setAttribute('role', 'img');
  root.removeAttribute('aria-roledescription');
  for (const child of Array.from(root.children)) {
    if (child.localName !== 'title' && child.localName !== 'desc') child.setAttribute('aria-hidden', 'true');
  }
}

/**
 * Without mirrored actors Mermaid draws lifelines down to y=2000, and its drawing ends right under
 * the last message. The lifelines end a little below that message instead, and the drawing gets
 * room under their ends: cut off at the panel's edge, the flow looked unfinished.
 */
export function clampLifelines(root: SVGSVGElement): void {
  const lines = Array.from(root.querySelectorAll('line.actor-line'));
  const box =
    root
      .getAttribute('viewBox')
      ?.split(/[\s,]+/)
      .map(Number) ?? [];
  if (box.length !== 4 || lines.length === 0) return;
  const [x = 0, y = 0, width = 0, height = 0] = box;
  const end = y + height + 10;
  for (const line of lines) {
    if (Number(line.getAttribute('y2')) > end) line.setAttribute('y2', String(end));
  }
  root.setAttribute('viewBox', `${x} ${y} ${width} ${height + 18}`);
}

/**
 * Mermaid names some inner elements (actor0, arrowhead …) the same in every diagram; prefix them
 * with the diagram's id so several diagrams can share one page without clashing, and point every
 * reference (url(#…), href="#…", aria id lists) at the new names.
 */
export function prefixIds(root: SVGSVGElement, id: string): void {
  const prefix = `${id}-`;
  const renamed = new Map<string, string>();
  for (const el of Array.from(root.querySelectorAll('[id]'))) {
    if (!el.id.startsWith(id)) {
      renamed.set(el.id, prefix + el.id);
      el.id = prefix + el.id;
    }
  }
  // The root too: its aria-labelledby and aria-describedby name the <title> and <desc>.
  const idLists = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns']);
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const next = idLists.has(attr.name)
        ? attr.value
            .split(/\s+/)
            .map((ref) => renamed.get(ref) ?? ref)
            .join(' ')
        : attr.value
            .replace(/url\(#([^)]+)\)/g, (m, ref: string) =>
              renamed.has(ref) ? `url(#${renamed.get(ref)})` : m,
            )
            .replace(/^#(.+)$/, (m, ref: string) => (renamed.has(ref) ? `#${renamed.get(ref)}` : m));
      if (next !== attr.value) el.setAttribute(attr.name, next);
    }
  }
}

/**
 * Mermaid defines its actor icons (computer, database, clock: ~20 KB of path data) in every
 * sequence diagram; drop the symbols and markers nothing here refers to.
 */
export function dropUnusedDefinitions(root: SVGSVGElement): void {
  const markup = new XMLSerializer().serializeToString(root);
  for (const symbol of Array.from(root.querySelectorAll('symbol[id], marker[id]'))) {
    // `#id` not followed by a character an id may continue with: href="#id", url(#id),
    // url('#id') and url(&quot;#id&quot;) all count as uses.
    const escaped = symbol.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`#${escaped}(?![\\w.:-])`).test(markup)) symbol.remove();
  }
}

/** A <defs> left with nothing to define is only bytes. */
export function dropEmptyDefs(root: SVGSVGElement): void {
  for (const defs of Array.from(root.querySelectorAll('defs'))) {
    if (defs.children.length === 0) defs.remove();
  }
}

/**
 * The smallest label's height in the drawing's own units (its font size) and its words, and the drawing's size
 * in those units: with the slide's diagram box they give the size a label is drawn at. Needs the
 * drawing in the page, for the computed font sizes.
 */
export function labelSizes(root: SVGSVGElement): {
  smallest: number;
  smallestText: string;
  width: number;
  height: number;
} {
  let smallest = Number.POSITIVE_INFINITY;
  let smallestText = '';
  for (const text of Array.from(root.querySelectorAll('text'))) {
    const words = text.textContent?.trim();
    if (!words) continue;
    const size = Number.parseFloat(getComputedStyle(text).fontSize);
    if (size < smallest) [smallest, smallestText] = [size, words];
  }
  const box = root.viewBox.baseVal;
  return { smallest, smallestText, width: box.width, height: box.height };
}

/** Every step by name, as the render page calls them. */
export const svgCleanup = {
  drawsSomething,
  labelSizes,
  fitToSlide,
  pruneUnusedCss,
  addLabelBackdrops,
  nameImage,
  presentAsImage,
  clampLifelines,
  prefixIds,
  dropUnusedDefinitions,
  dropEmptyDefs,
};

export type SvgCleanup = typeof svgCleanup;

/** A classic script that gives the page `window.svgCleanup`, made from the steps' own source. */
export function svgCleanupScript(): string {
  const steps = Object.entries(svgCleanup).map(([name, step]) => `${JSON.stringify(name)}: ${String(step)}`);
  return `window.svgCleanup = {\n${steps.join(',\n')}\n};\n`;
}
