/**
 * The diagrams in the deck's dark theme. Mermaid bakes its colours into each SVG's style sheet;
 * here each colour of the deck's Mermaid palette (mermaid-config.ts, as the browser writes it
 * out) becomes `light-dark(light, dark)`, so a diagram follows the page's colour scheme like
 * the rest of the slide, and paper, which is always light, gets the light one.
 */

/** Each colour the deck's diagrams are drawn in, and its counterpart on the dark theme's card. */
const DARK: Readonly<Record<string, string>> = {
  // Text: labels, messages, node text (primaryTextColor, textColor, signalTextColor).
  'rgb(15, 37, 64)': '#e8eef6',
  // A subgraph's title (Mermaid derives it from the cluster colours).
  'rgb(12, 9, 5)': '#e8eef6',
  // Participants and nodes: border and fill (primaryBorderColor, primaryColor, actor*).
  'rgb(31, 95, 168)': '#7db8ff',
  'rgb(230, 240, 251)': '#1d3556',
  // Messages and edges (signalColor, lineColor).
  'rgb(35, 54, 77)': '#c5d2e3',
  'rgb(59, 74, 92)': '#b3c0d1',
  // Notes (noteBorderColor, noteBkgColor, noteTextColor).
  'rgb(201, 154, 27)': '#d9ab2e',
  'rgb(255, 246, 214)': '#3b3013',
  'rgb(58, 44, 0)': '#ffe9a8',
  // Subgraphs (clusterBkg, clusterBorder).
  'rgb(243, 246, 250)': '#111b2a',
  'rgb(138, 162, 191)': '#5d7594',
  // Behind edge labels: the card itself (edgeLabelBackground; the theme's --surface when dark).
  'rgb(255, 255, 255)': '#172233',
};

// Colours as a browser serializes a style sheet: rgb()/rgba(), hex, or a colour keyword (not a
// word inside a name: white-space, #diagram-a, .red-box).
const COLOUR =
  /rgba?\([^)]*\)|#[0-9a-fA-F]{3,8}(?![\w-])|(?<![\w#.-])(?:black|white|gr[ae]y|silver|red|green|blue|yellow|orange|purple|navy|teal|maroon|olive|lime|aqua|fuchsia|lightgr[ae]y|darkgr[ae]y)(?![\w-])/g;

const STYLE = /(<style[^>]*>)([\s\S]*?)(<\/style>)/g;
// An element's own style attribute outweighs the style sheet (Mermaid writes one for a `style`
// or `classDef` line): a colour there would stay light on the dark card.
const INLINE_STYLE = /\sstyle="([^"]*)"/g;

// A declaration's value: what follows a colon, up to the end of the declaration. Colours are
// looked for there only, so a selector (#bead, .red) is never taken for one.
const VALUE = /:([^;{}]*)/g;

const colours = (css: string): string[] =>
  Array.from(css.matchAll(VALUE), (m) => m[1] ?? '').flatMap((value) =>
    Array.from(value.matchAll(COLOUR), (m) => m[0]),
  );

/**
 * The SVG with every colour of its style sheets given its dark counterpart. A diagram drawn in a
 * colour the palette does not know (a kind of diagram the deck's own do not use), or coloured in
 * an element's own style attribute, is left as it is and marked `data-palette="light"`: the
 * theme keeps its card white, where it is legible.
 */
export function withDarkColours(svg: string): string {
  const sheets = Array.from(svg.matchAll(STYLE), (m) => m[2] ?? '');
  const inline = Array.from(svg.matchAll(INLINE_STYLE), (m) => m[1] ?? '');
  const unknown =
    sheets.some((css) => colours(css).some((c) => !(c in DARK))) ||
    inline.some((css) => colours(css).length > 0);
  if (unknown) return svg.replace(/^<svg\b/, '<svg data-palette="light"');
  return svg.replace(
    STYLE,
    (_m, open: string, css: string, close: string) =>
      `${open}${css.replace(VALUE, (declared) => declared.replace(COLOUR, (colour) => `light-dark(${colour}, ${DARK[colour]})`))}${close}`,
  );
}
