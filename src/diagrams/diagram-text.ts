import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { SourceError } from '../article/source-error.ts';
import type { DiagramSource } from './render-diagrams.ts';

/** A diagram's text alternative, as its Mermaid source gives it in accTitle and accDescr. */
export interface DiagramText {
  readonly title: string;
  readonly description: string;
}

/** A keyword's text and the lines (1-based, inclusive) that give it. */
interface AccessibleLine {
  readonly text: string;
  readonly first: number;
  readonly last: number;
}

/**
 * Reads `keyword: text` on one line, or `keyword { … }` over several (Mermaid allows a block for
 * accDescr), with the lines it takes. Undefined when the source has no such line.
 */
function accessibleLine(source: DiagramSource, keyword: string): AccessibleLine | undefined {
  const lines = source.text.split('\n');
  const starts = new RegExp(`^\\s*${keyword}\\s*[:{]`);
  const given = lines.flatMap((line, i) => (starts.test(line) ? [i + 1] : []));
  // Mermaid keeps the last, for the drawing; the notes would read the first.
  if (given.length > 1)
    throw new SourceError(
      source.file,
      given[1] ?? 1,
      1,
      `${keyword} is given ${given.length} times (lines ${given.join(', ')}); keep one`,
    );
  for (const [i, line] of lines.entries()) {
    const single = new RegExp(`^\\s*${keyword}\\s*:(.*)$`).exec(line);
    if (single) return { text: (single[1] ?? '').trim(), first: i + 1, last: i + 1 };
    if (!new RegExp(`^\\s*${keyword}\\s*\\{`).test(line)) continue;
    const rest = [line.slice(line.indexOf('{') + 1), ...lines.slice(i + 1)].join('\n');
    const end = rest.indexOf('}');
    if (end < 0) throw new SourceError(source.file, i + 1, 1, `${keyword} { … } is never closed`);
    const block = rest.slice(0, end);
    return {
      text: block
        .split('\n')
        .map((part) => part.trim())
        .filter(Boolean)
        .join(' '),
      first: i + 1,
      last: i + 1 + (block.match(/\n/g)?.length ?? 0),
    };
  }
  return undefined;
}

const KEYWORDS = ['accTitle', 'accDescr'] as const;

/**
 * The source as Mermaid is given it: each line of the text alternative turned into a comment.
 * Several of Mermaid's diagram types (mindmap, timeline, kanban, sankey, xychart, block) have no
 * accTitle or accDescr in their grammar and fail on them, so the deck names every drawing itself
 * (`nameImage`). The lines stay, so Mermaid's line numbers still map back to the file's.
 */
export function withoutTextAlternative(source: DiagramSource): string {
  const lines = source.text.split('\n');
  for (const keyword of KEYWORDS) {
    const given = accessibleLine(source, keyword);
    for (let n = given?.first ?? 1; given && n <= given.last; n++) lines[n - 1] = '%% (text alternative)';
  }
  return lines.join('\n');
}

/**
 * The diagram's title and description. Text alternatives are not optional: a diagram without
 * either stops the build, naming its file; the description also becomes the slide's notes.
 */
export function diagramText(source: DiagramSource): DiagramText {
  if (source.text.trim() === '')
    throw new SourceError(source.file, 1, 1, 'the diagram file is empty; write a Mermaid diagram in it');
  const read = (keyword: string): string => {
    const given = accessibleLine(source, keyword);
    if (!given) {
      throw new SourceError(
        source.file,
        1,
        1,
        `diagram has no ${keyword}; every diagram needs a text alternative`,
      );
    }
    // Written but left blank: the line to mend is that one, not the file's first.
    if (!given.text)
      throw new SourceError(
        source.file,
        given.first,
        1,
        `${keyword} is empty; every diagram needs a text alternative`,
      );
    return given.text;
  };
  return { title: read('accTitle'), description: read('accDescr') };
}

// Mermaid's character codes, as its encodeEntities finds them (#quot;, #35;), and the lines it
// leaves alone: styles, whose colours (fill:#f9f;) look like codes.
const ENTITY_CODE = /#\w+;/;
const STYLE_LINE = /^\s*(?:%%|style\b|classDef\b|linkStyle\b)/;

/**
 * Refuses Mermaid's character codes (#quot;, #35;). The deck draws labels as SVG text, where
 * Mermaid leaves them undecoded: a label would read 他说&quot;你好&quot; on the slide. The
 * character itself, or a Chinese quotation mark in place of ", says the same.
 */
export function refuseEntityCodes(source: DiagramSource): void {
  for (const [i, line] of source.text.split('\n').entries()) {
    if (STYLE_LINE.test(line)) continue;
    const code = ENTITY_CODE.exec(line);
    if (!code) continue;
    throw new SourceError(
      source.file,
      i + 1,
      code.index + 1,
      `Mermaid's character code ${code[0]} would be drawn as it is written, not as its character; write the character itself (for " inside a quoted label, use “ ” or 「 」)`,
    );
  }
}

/**
 * The text a diagram's source may draw, known before it is drawn: its lines but its comments
 * (%% …, and the %%{init}%% directive), with Mermaid's character codes (#128512;, #Ascr;)
 * decoded. Its syntax is ASCII, which the deck's font has: checked against the font, it finds a
 * label's emoji without starting a browser.
 */
export function sourceText(source: DiagramSource): string {
  return source.text
    .split('\n')
    .filter((line) => !/^\s*%%/u.test(line))
    .join('\n')
    .replace(/#(?:(\d+)|([A-Za-z][A-Za-z0-9]*));/g, (written, code?: string, name?: string) => {
      if (code !== undefined) {
        const point = Number(code);
        return point <= 0x10ffff ? String.fromCodePoint(point) : written;
      }
      const named = decodeNamedCharacterReference(name ?? '');
      return named === false ? written : named;
    });
}
