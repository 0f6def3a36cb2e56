import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { SourceError } from '../article/source-error.ts';
import { launchChromium } from '../browser/chromium.ts';
import type { RenderedDiagram } from '../render/render-slides.ts';
import { withDarkColours } from './dark-colours.ts';
import { diagramText, refuseEntityCodes, withoutTextAlternative } from './diagram-text.ts';
import { DIAGRAM_FONT_FAMILY, mermaidConfig } from './mermaid-config.ts';
import { fileLine, frontMatterTitle } from './mermaid-lines.ts';
import { type Numbering, type SequenceParse, sequenceSteps } from './sequence-steps.ts';
import { type SvgCleanup, svgCleanupScript } from './svg-cleanup.ts';

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

/**
 * The file's line of an error Mermaid gives no line for, where it can be found: in the front
 * matter, as YAML counts its lines there ("… (4:1)"), or the line that holds the value it names
 * ("Invalid date:2024-13-45", a mindmap's `No parent could be found for ("…")`). Line 1 otherwise.
 */
function unnamedLine(source: DiagramSource, message: string): number {
  const lines = source.text.split('\n');
  const yaml = /\((\d+):\d+\)/.exec(message);
  const opening = lines.findIndex((l) => l.trim() !== '');
  if (yaml?.[1] && lines[opening]?.trim() === '---') return opening + 1 + Number(yaml[1]);
  const first = message.split('\n')[0] ?? '';
  const value = (/\("([^"]+)"\)/u.exec(first) ?? /:\s*(\S{4,})\s*$/u.exec(first))?.[1];
  const holding = value === undefined ? -1 : lines.findIndex((l) => l.includes(value));
  return holding >= 0 ? holding + 1 : 1;
}

/** Turns Mermaid's "Parse error on line 3: …" into file:line. */
export function mermaidError(source: DiagramSource, message: string): SourceError {
  const named = /on line (\d+)/i.exec(message) ?? /line[: ]+(\d+)/i.exec(message);
  let line = unnamedLine(source, message);
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
  // A bracket left open reads on into the next line, where the parser then stops: the line that
  // opened it is the one to mend.
  const open = named?.[1] ? unclosedBefore(source.text, line) : undefined;
  if (open)
    return new SourceError(
      source.file,
      open.line,
      1,
      `"${open.bracket}" opens on this line and never closes; Mermaid could not draw this diagram: ${detail}`,
    );
  return new SourceError(source.file, line, 1, `Mermaid could not draw this diagram: ${detail}`);
}

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

// An ER relationship's crow's feet (`||--o{`, `}|..|{`) are drawn with braces that open nothing.
const ER_CARDINALITY = /[|}][o|](?:--|\.\.)[o|][|{]/g;

const COMMENT = /^\s*%%/;

/** A line's brackets as the parser reads them: none inside quotation marks, a cardinality or a comment. */
function bracketsOf(line: string): string {
  if (COMMENT.test(line)) return '';
  return line.replace(/"[^"]*"/g, '').replace(ER_CARDINALITY, '');
}

/**
 * The line before `line` (the last that is neither blank nor a comment, which Mermaid skips) when
 * it opens a bracket that nothing after it closes, and the bracket; else undefined. A bracket
 * closed on a later line opens a block (`state 开机 {`, an entity's attributes), and the error is
 * inside it, where Mermaid says.
 */
function unclosedBefore(text: string, line: number): { line: number; bracket: string } | undefined {
  const lines = text.split(/\r\n?|\n/);
  let at = line - 2;
  while (at >= 0 && ((lines[at] ?? '').trim() === '' || COMMENT.test(lines[at] ?? ''))) at--;
  if (at < 0) return undefined;
  // Brackets still open, each with the line that opened it, read from that line to the file's end.
  const open: { bracket: string; line: number }[] = [];
  for (let i = at; i < lines.length; i++) {
    for (const char of bracketsOf(lines[i] ?? '')) {
      if (char in CLOSING) open.push({ bracket: char, line: i });
      else if (CLOSING[open.at(-1)?.bracket ?? ''] === char) open.pop();
    }
  }
  const left = open.filter((o) => o.line === at).at(-1);
  return left ? { line: at + 1, bracket: left.bracket } : undefined;
}

// Every request of the render page is answered from disk; this host never resolves.
const ORIGIN = 'http://diagrams.invalid';
const require = createRequire(import.meta.url);

/**
 * The slide's box for a drawing (theme.css: a 1280×720 slide's diagram card, less a caption of two
 * lines) and the size below which its labels cannot be read there. The browser tests hold the
 * project's diagrams to 16 px on the real slide; this floor stops a build that would ship a
 * drawing far too crowded to read, such as a flowchart of forty nodes in a row.
 */
const SLIDE_DIAGRAM_BOX = { width: 1188, height: 490 } as const;
const SMALLEST_READABLE_LABEL_PX = 12;

/** The size (px) a label of `labelUnits` is drawn at when a drawing of this size fits the box. */
function drawnLabelPx(labelUnits: number, drawing: { width: number; height: number }): number {
  const scale = Math.min(SLIDE_DIAGRAM_BOX.width / drawing.width, SLIDE_DIAGRAM_BOX.height / drawing.height);
  return labelUnits * scale;
}

/** What the render page reads of a sequence diagram's parse. */
interface SequenceDb {
  getMessages(): { from?: string; to?: string; message: unknown; type?: number }[];
  getActors(): Map<string, { name: string; description: string }>;
  readonly LINETYPE: Record<string, number>;
}

interface PageResult {
  readonly svg?: string;
  readonly parse?: SequenceParse;
  readonly labels?: { smallest: number; smallestText: string; width: number; height: number };
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
  // Each source as Mermaid is given it, with its text alternative set aside for the deck to add.
  const prepared = sources.map((source) => {
    const { title, description } = diagramText(source);
    refuseEntityCodes(source);
    return { source, parsed: { ...source, text: withoutTextAlternative(source) }, title, description };
  });

  const browser = options.browser ?? (await launchChromium());
  let page: Page | undefined;
  try {
    page = await browser.newPage();
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
            /* As the theme sets it, so labels are measured as the deck draws them. */
            html { text-spacing-trim: space-all; }
            body { font-family: ${DIAGRAM_FONT_FAMILY}; }
          </style><script src="/mermaid.js"></script></head><body></body></html>`,
        });
      }
      return route.abort();
    });
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ content: svgCleanupScript() });
    await page.evaluate(async (config) => {
      await document.fonts.load('20px "Noto Sans SC"', '中文 SIM');
      (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid.initialize(config);
    }, mermaidConfig);

    for (const { source, parsed, title, description } of prepared) {
      const result: PageResult = await page.evaluate(
        async ({ id, text, frontTitle, title, description }) => {
          const { mermaid, svgCleanup: step } = window as unknown as {
            mermaid: typeof import('mermaid').default;
            svgCleanup: SvgCleanup;
          };
          try {
            // Parses and draws; a source that does not parse throws here, with Mermaid's message.
            const { svg } = await mermaid.render(id, text);
            const root = new DOMParser().parseFromString(svg, 'image/svg+xml')
              .documentElement as unknown as SVGSVGElement;
            // The title the drawing shows: its front matter's, or its own `title` line's. Only
            // Mermaid's parser knows the latter, and render() does not hand its parse back.
            const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
            const titles = [frontTitle, db.getDiagramTitle?.()].flatMap((t) => (t ? [t.trim()] : []));
            if (!step.drawsSomething(root, titles)) return { empty: true };
            // A sequence's statements, for its steps in words (sequence-steps.ts). Other kinds
            // have no messages.
            const sequence = db as unknown as Partial<SequenceDb>;
            const parse =
              sequence.getMessages && sequence.getActors && sequence.LINETYPE
                ? {
                    messages: sequence.getMessages().map((m) => ({
                      from: m.from,
                      to: m.to,
                      text: typeof m.message === 'string' ? m.message : '',
                      type: m.type ?? -1,
                      // An autonumber statement's settings come as its message.
                      ...(m.message !== null && typeof m.message === 'object'
                        ? { numbering: m.message as Numbering }
                        : {}),
                    })),
                    names: Object.fromEntries(
                      Array.from(sequence.getActors().entries(), ([id, actor]) => [
                        id,
                        actor.description || actor.name,
                      ]),
                    ),
                    types: { ...sequence.LINETYPE },
                  }
                : undefined;
            step.fitToSlide(root);
            // Style sheets are parsed, and labels measured, only in a rendered document.
            document.body.append(root);
            step.pruneUnusedCss(root);
            step.addLabelBackdrops(root);
            const labels = step.labelSizes(root);
            root.remove();
            step.nameImage(root, id, title, description);
            step.presentAsImage(root);
            step.clampLifelines(root);
            step.prefixIds(root, id);
            step.dropUnusedDefinitions(root);
            step.dropEmptyDefs(root);
            return { svg: new XMLSerializer().serializeToString(root), labels, ...(parse ? { parse } : {}) };
          } catch (error) {
            return { error: error instanceof Error ? error.message : String(error) };
          }
        },
        {
          id: `diagram-${source.name}`,
          text: parsed.text,
          frontTitle: frontMatterTitle(source.text),
          title,
          description,
        },
      );
      if (result.empty) {
        // Line 1 of what Mermaid parses is the diagram-type line.
        throw new SourceError(
          source.file,
          fileLine(parsed.text, 1),
          1,
          'diagram draws nothing to read (no node, message, task or data; a title at most); it would be a blank slide',
        );
      }
      if (result.error !== undefined || !result.svg)
        throw mermaidError(parsed, result.error ?? 'no SVG produced');
      const labelPx = result.labels ? drawnLabelPx(result.labels.smallest, result.labels) : Infinity;
      if (labelPx < SMALLEST_READABLE_LABEL_PX) {
        throw new SourceError(
          source.file,
          fileLine(parsed.text, 1),
          1,
          `diagram is too crowded to read on a slide: its smallest labels (such as “${result.labels?.smallestText}”) would be drawn ${labelPx.toFixed(1)} px high (at least ${SMALLEST_READABLE_LABEL_PX} px needed); split it over several diagrams, draw fewer or shorter labels, or give the small ones a larger font in the diagram's front matter (config)`,
        );
      }
      results.set(source.name, {
        svg: withDarkColours(result.svg),
        ...(result.parse ? { steps: sequenceSteps(result.parse) } : {}),
      });
    }
  } finally {
    // A browser the caller lends outlives this call (the tests share one over many renders): a
    // page left open by a diagram that failed would stay in it. Closing never hides the error.
    await page?.close().catch(() => {});
    if (!options.browser) await browser.close();
  }
  return results;
}
