import {
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node as YamlNode,
} from 'yaml';
import { SourceError } from '../article/source-error.ts';
import type { SourcePosition } from '../article/types.ts';
import { isNumberAlone, isPageOwnId } from './slide-ids.ts';
import type { DiagramRef, SourceItem } from './types.ts';

/** Curated content for one article section, attached by its heading text. */
export interface SectionSpec {
  readonly heading: string;
  readonly position: SourcePosition;
  /** URL fragment for the section's slides; defaults to the heading. */
  readonly id?: string;
  readonly idPosition?: SourcePosition;
  readonly points?: readonly string[];
  /** Where each point is written, for errors about one of them. */
  readonly pointPositions?: readonly SourcePosition[];
  readonly cue?: string;
  /** A correction or caveat to the section's text, shown to readers too (the cue is not). */
  readonly note?: string;
  readonly table?: TableSpec;
  readonly diagrams: readonly DiagramSpec[];
}

export interface IntroSpec {
  readonly position: SourcePosition;
  readonly title?: string;
  readonly titlePosition?: SourcePosition;
  readonly points?: readonly string[];
  readonly pointPositions?: readonly SourcePosition[];
  readonly cue?: string;
  readonly note?: string;
}

/** The summary's slide: its title (总结 without it) and curated points (derived without them). */
export interface SummarySpec {
  readonly position: SourcePosition;
  readonly title?: string;
  readonly titlePosition?: SourcePosition;
  readonly points?: readonly string[];
  readonly pointPositions?: readonly SourcePosition[];
}

export interface TableSpec {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly cue?: string;
  readonly note?: string;
  /** Where the title, the column names and each row are written, for errors about them. */
  readonly titlePosition: SourcePosition;
  readonly columnsPosition: SourcePosition;
  readonly rowPositions: readonly SourcePosition[];
}

export interface DiagramSpec {
  readonly ref: DiagramRef;
  readonly title: string;
  readonly caption: string;
  readonly titlePosition: SourcePosition;
  readonly captionPosition: SourcePosition;
  /** What to do over the drawing on stage (where to start, what to stress), for the presenter only. */
  readonly cue?: string;
  /**
   * The drawing told in plain words, for everyone: a reader alone gets it before the text
   * alternative's interfaces and keys, and the presenter says it.
   */
  readonly gist?: string;
  /** The diagram's text alternative, read from its `.mmd` file (see `withDiagramDescriptions`). */
  readonly description?: string;
}

/** The deck spec (`slides/deck.yaml`): everything the article itself does not say. */
export interface DeckSpec {
  readonly file: string;
  readonly title?: string;
  readonly titlePosition?: SourcePosition;
  readonly subtitle?: string;
  readonly subtitlePosition?: SourcePosition;
  readonly author?: string;
  readonly authorPosition?: SourcePosition;
  /** The presenter's cue on the cover, where the talk opens. */
  readonly openingCue?: string;
  readonly talkMinutes?: number;
  readonly talkMinutesPosition?: SourcePosition;
  readonly sections: readonly SectionSpec[];
  /** The introduction's slide: its title, curated points and presenter cue. */
  readonly intro?: IntroSpec;
  readonly summary?: SummarySpec;
  readonly sources?: readonly SourceItem[];
  readonly sourcePositions?: readonly SourcePosition[];
}

/** A spec with nothing curated: the deck builder then derives every slide from the article. */
export const emptySpec = (file = '(no spec)'): DeckSpec => ({ file, sections: [] });

type Path = (string | number)[];

/** A mapping key as text, as written: YAML reads the keys 2024 and 1.50 as numbers. */
function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return typeof key.value === 'number' && typeof key.source === 'string' ? key.source : String(key.value);
}

/** Reads values out of a YAML document, reporting bad ones at their own line. */
class SpecReader {
  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  private get root(): YamlNode | null {
    return this.document.contents as YamlNode | null;
  }

  /** The node a path leads to, and the node to point at: the key for mapping entries, the item itself in lists. */
  private find(path: Path): { node: unknown; at: { range?: [number, number, number] | null } | null } {
    let node: unknown = this.root;
    let at: { range?: [number, number, number] | null } | null = this.root;
    for (const key of path) {
      if (isMap(node)) {
        // Keys are compared as text: a heading such as 2024 is a number to YAML.
        const pair = node.items.find((item) => keyText(item.key) === String(key));
        if (!pair) return { node: undefined, at };
        at = isScalar(pair.key) ? pair.key : at;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (!node || typeof node !== 'object' || !('range' in node)) return { node: undefined, at };
        at = node as YamlNode;
      } else {
        return { node: undefined, at };
      }
    }
    return { node, at };
  }

  position(path: Path): SourcePosition {
    const { line, col } = this.lines.linePos(this.find(path).at?.range?.[0] ?? 0);
    return { line, column: col };
  }

  error(path: Path, reason: string): SourceError {
    const { line, column } = this.position(path);
    const where = path.length > 0 ? `${path.join('.')}: ` : '';
    return new SourceError(this.file, line, column, `${where}${reason}`);
  }

  /** What the author wrote for a value, as it stands in the file. */
  private source(path: Path): string | undefined {
    const { node } = this.find(path);
    if (isScalar(node) && typeof node.source === 'string') return node.source;
    const range = (node as YamlNode | undefined)?.range;
    return range ? this.text.slice(range[0], range[1]).trim() : undefined;
  }

  string(value: unknown, path: Path): string {
    // A number is text to the deck: a table cell "95", an id "123". Its source keeps "1.50" as written.
    const text = typeof value === 'number' ? (this.source(path) ?? String(value)) : value;
    if (typeof text !== 'string' || text.trim() === '') throw this.error(path, this.notText(value, path));
    const key = path.at(-1);
    const markup = typeof key === 'string' && NOT_SHOWN.has(key) ? undefined : markupIn(text);
    if (markup) {
      throw this.error(
        path,
        `the spec's texts are shown as written, so ${markup} would show its marks on the slide; write the words alone (a source's link goes in its url)`,
      );
    }
    return text.trim();
  }

  /** Why a value is not a text, in terms of what YAML made of it and how to write it instead. */
  private notText(value: unknown, path: Path): string {
    const written = this.source(path);
    const quoted = (text: string): string => (text.includes('"') ? `'${text}'` : `"${text}"`);
    if (typeof value === 'boolean' && written) {
      return `expected a text, but YAML reads ${written} as a yes/no value; to show it as text, put it in quotes: ${quoted(written)}`;
    }
    const oneLine = written !== undefined && !written.includes('\n');
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return oneLine && written.includes(': ')
        ? `expected a text, but YAML reads ${written} as a key and a value because of the ": " in it; put the whole text in quotes: ${quoted(written)}`
        : 'expected a text, but YAML reads a mapping of keys to values here; put the text in quotes';
    }
    if (Array.isArray(value)) {
      return oneLine && written.startsWith('[')
        ? `expected a text, but YAML reads ${written} as a list because of its brackets; put the whole text in quotes: ${quoted(written)}`
        : 'expected a text, but YAML reads a list here; put the text in quotes';
    }
    return 'expected a non-empty text';
  }

  optionalString(value: unknown, path: Path): string | undefined {
    return value === undefined || value === null ? undefined : this.string(value, path);
  }

  strings(value: unknown, path: Path): string[] {
    if (!Array.isArray(value) || value.length === 0) throw this.error(path, 'expected a non-empty list');
    return value.map((item, i) => this.string(item, [...path, i]));
  }

  /**
   * The entries of the mapping at `path` (which `value`, its plain reading, must be), keyed as
   * written: YAML makes 1.50 the number 1.5 and merges 2024 with "2024", which to the deck are
   * headings, kept as written, and one heading twice, refused at the second.
   */
  entriesAsWritten(value: unknown, path: Path): [string, unknown][] {
    this.record(value, path, Object.keys(value ?? {}));
    const { node } = this.find(path);
    if (!isMap(node)) return [];
    const seen = new Set<string>();
    return node.items.map((pair) => {
      const key = keyText(pair.key) ?? '';
      if (seen.has(key)) {
        // At this key, not the first of its name, which the path would lead to.
        const { line, col } = this.lines.linePos(isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
        const where = [...path, key].join('.');
        throw new SourceError(
          this.file,
          line,
          col,
          `${where}: "${key}" is given twice; give each heading one entry`,
        );
      }
      seen.add(key);
      const entry = pair.value;
      return [key, isNode(entry) ? entry.toJS(this.document) : entry];
    });
  }

  record(value: unknown, path: Path, allowed: readonly string[]): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw this.error(path, 'expected a mapping of keys to values');
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        throw this.error([...path, key], `unknown key "${key}"; expected one of ${allowed.join(', ')}`);
      }
    }
    return value as Record<string, unknown>;
  }
}

// Keys whose values are addresses and names, never shown as prose.
const NOT_SHOWN = new Set(['url', 'file', 'id']);
const MARKUP: readonly (readonly [RegExp, string])[] = [
  [/\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__/, 'bold markup (**…** or __…__)'],
  [/\[[^\]]*\]\([^)]*\)/, 'a markdown link'],
  // The tags a writer uses in running text; x<y and a>b are comparisons.
  [
    /<\/?(?:a|b|i|u|s|em|strong|span|div|p|br|hr|sup|sub|code|img|font|mark|small|big|del|ins)(?:\s+[a-z-]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/i,
    'an HTML tag',
  ],
  [/`/, 'a backtick (markdown code)'],
];

/** What markdown or HTML a text of the spec holds, named for the author; undefined if none. */
function markupIn(text: string): string | undefined {
  return MARKUP.find(([pattern]) => pattern.test(text))?.[1];
}

const DIAGRAM_FILE = /^diagrams\/([a-z0-9][a-z0-9-]*)\.mmd$/;
const SECTION_ID = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

function readTable(r: SpecReader, value: unknown, path: Path): TableSpec {
  const t = r.record(value, path, ['title', 'columns', 'rows', 'cue', 'note']);
  const columns = r.strings(t.columns, [...path, 'columns']);
  if (!Array.isArray(t.rows) || t.rows.length === 0)
    throw r.error([...path, 'rows'], 'expected a non-empty list');
  const rows = t.rows.map((row, i) => {
    const cells = r.strings(row, [...path, 'rows', i]);
    if (cells.length !== columns.length) {
      throw r.error(
        [...path, 'rows', i],
        `a row has ${cells.length} cells but the table has ${columns.length} columns`,
      );
    }
    return cells;
  });
  const cue = r.optionalString(t.cue, [...path, 'cue']);
  const note = r.optionalString(t.note, [...path, 'note']);
  return {
    title: r.string(t.title, [...path, 'title']),
    columns,
    rows,
    ...(cue ? { cue } : {}),
    ...(note ? { note } : {}),
    titlePosition: r.position([...path, 'title']),
    columnsPosition: r.position([...path, 'columns']),
    rowPositions: rows.map((_, i) => r.position([...path, 'rows', i])),
  };
}

/** What is wrong with a diagram path, and the path to write instead. */
function notADiagramPath(file: string, specFile: string): string {
  const base = (file.split('/').at(-1) ?? '').replace(/\.mmd$/i, '');
  const name =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'name';
  const rename = name === base ? '' : ` (and rename the file to ${name}.mmd)`;
  return `"${file}" is not a diagram path like diagrams/name.mmd: a diagram is a .mmd file in the diagrams folder beside ${specFile}, named with lowercase letters, digits and dashes only; write diagrams/${name}.mmd${rename}`;
}

function readDiagram(r: SpecReader, value: unknown, path: Path): DiagramSpec {
  const d = r.record(value, path, ['file', 'title', 'caption', 'cue', 'gist']);
  const file = r.string(d.file, [...path, 'file']);
  const name = DIAGRAM_FILE.exec(file)?.[1];
  if (!name) throw r.error([...path, 'file'], notADiagramPath(file, r.file));
  const cue = r.optionalString(d.cue, [...path, 'cue']);
  const gist = r.optionalString(d.gist, [...path, 'gist']);
  return {
    ref: { name, file, position: r.position([...path, 'file']) },
    title: r.string(d.title, [...path, 'title']),
    caption: r.string(d.caption, [...path, 'caption']),
    ...(cue ? { cue } : {}),
    ...(gist ? { gist } : {}),
    titlePosition: r.position([...path, 'title']),
    captionPosition: r.position([...path, 'caption']),
  };
}

/**
 * The spec's sources: each a text, or `text` and the `url` it leads to (http or https, written
 * in full). A mapping of other keys is a text YAML misread, and is reported as that.
 */
function readSources(r: SpecReader, value: unknown): SourceItem[] {
  if (!Array.isArray(value) || value.length === 0) throw r.error(['sources'], 'expected a non-empty list');
  return value.map((item: unknown, i) => {
    const path = ['sources', i];
    const linked = item !== null && typeof item === 'object' && ('text' in item || 'url' in item);
    if (!linked) return { text: r.string(item, path) };
    const s = r.record(item, path, ['text', 'url']);
    const url = r.string(s.url, [...path, 'url']);
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
      throw r.error([...path, 'url'], `"${url}" is not a web address; write it in full, from https://`);
    return { text: r.string(s.text, [...path, 'text']), url };
  });
}

/** Parses and validates the deck spec. Pure: `file` only names the source in errors. */
export function parseSpec(yamlText: string, file: string): DeckSpec {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0]);
    throw new SourceError(file, line, col, `invalid YAML: ${problem.message.split('\n')[0]}`);
  }
  const r = new SpecReader(file, yamlText, doc, lines);
  const top = r.record(
    doc.toJS() ?? {},
    [],
    ['title', 'subtitle', 'author', 'openingCue', 'talkMinutes', 'intro', 'sections', 'summary', 'sources'],
  );

  const sections: SectionSpec[] = [];
  const diagramNames = new Set<string>();
  const sectionEntries = top.sections === undefined ? [] : r.entriesAsWritten(top.sections, ['sections']);
  for (const [heading, raw] of sectionEntries) {
    const path = ['sections', heading];
    const s = r.record(raw, path, ['id', 'points', 'cue', 'note', 'table', 'diagrams']);
    const diagrams =
      s.diagrams === undefined
        ? []
        : Array.isArray(s.diagrams)
          ? s.diagrams.map((d, i) => readDiagram(r, d, [...path, 'diagrams', i]))
          : (() => {
              throw r.error([...path, 'diagrams'], 'expected a list of diagrams');
            })();
    for (const [i, d] of diagrams.entries()) {
      if (diagramNames.has(d.ref.name))
        throw r.error([...path, 'diagrams', i], `diagram "${d.ref.name}" is used twice`);
      diagramNames.add(d.ref.name);
    }
    const id = r.optionalString(s.id, [...path, 'id']);
    // An id is a URL fragment and the start of slide ids: what the deck's own slugs are made of.
    if (id && !SECTION_ID.test(id)) {
      throw r.error([...path, 'id'], `"${id}" is not a usable id; use letters, digits or CJK, joined by "-"`);
    }
    if (id && isPageOwnId(id)) {
      throw r.error(
        [...path, 'id'],
        isNumberAlone(id)
          ? `"${id}" is a number alone, which reveal.js reads as a slide's number in a link (#/${id}); add a word to it`
          : `"${id}" starts like the page's own elements (deck-, chapter-, diagram-); choose another id`,
      );
    }
    const cue = r.optionalString(s.cue, [...path, 'cue']);
    const note = r.optionalString(s.note, [...path, 'note']);
    const points = s.points === undefined ? undefined : r.strings(s.points, [...path, 'points']);
    sections.push({
      heading,
      position: r.position(path),
      ...(id ? { id, idPosition: r.position([...path, 'id']) } : {}),
      ...(points ? { points, pointPositions: points.map((_, i) => r.position([...path, 'points', i])) } : {}),
      ...(cue ? { cue } : {}),
      ...(note ? { note } : {}),
      ...(s.table === undefined ? {} : { table: readTable(r, s.table, [...path, 'table']) }),
      diagrams,
    });
  }

  let intro: IntroSpec | undefined;
  if (top.intro !== undefined) {
    const i = r.record(top.intro, ['intro'], ['title', 'points', 'cue', 'note']);
    const introTitle = r.optionalString(i.title, ['intro', 'title']);
    const introCue = r.optionalString(i.cue, ['intro', 'cue']);
    const introNote = r.optionalString(i.note, ['intro', 'note']);
    const points = i.points === undefined ? undefined : r.strings(i.points, ['intro', 'points']);
    intro = {
      position: r.position(['intro']),
      ...(introTitle ? { title: introTitle, titlePosition: r.position(['intro', 'title']) } : {}),
      ...(points ? { points, pointPositions: points.map((_, n) => r.position(['intro', 'points', n])) } : {}),
      ...(introCue ? { cue: introCue } : {}),
      ...(introNote ? { note: introNote } : {}),
    };
  }

  let summary: DeckSpec['summary'];
  if (top.summary !== undefined) {
    const s = r.record(top.summary, ['summary'], ['title', 'points']);
    const summaryTitle = r.optionalString(s.title, ['summary', 'title']);
    const points = s.points === undefined ? undefined : r.strings(s.points, ['summary', 'points']);
    summary = {
      position: r.position(['summary']),
      ...(summaryTitle ? { title: summaryTitle, titlePosition: r.position(['summary', 'title']) } : {}),
      ...(points
        ? { points, pointPositions: points.map((_, i) => r.position(['summary', 'points', i])) }
        : {}),
    };
  }
  const minutes = top.talkMinutes;
  if (minutes !== undefined && (typeof minutes !== 'number' || !(minutes >= 1) || minutes > 600)) {
    throw r.error(['talkMinutes'], 'expected a number of minutes from 1 to 600');
  }
  const title = r.optionalString(top.title, ['title']);
  const subtitle = r.optionalString(top.subtitle, ['subtitle']);
  const author = r.optionalString(top.author, ['author']);
  const openingCue = r.optionalString(top.openingCue, ['openingCue']);
  const sources = top.sources === undefined ? undefined : readSources(r, top.sources);
  return {
    file,
    ...(title ? { title, titlePosition: r.position(['title']) } : {}),
    ...(subtitle ? { subtitle, subtitlePosition: r.position(['subtitle']) } : {}),
    ...(author ? { author, authorPosition: r.position(['author']) } : {}),
    ...(openingCue ? { openingCue } : {}),
    ...(intro ? { intro } : {}),
    ...(typeof minutes === 'number'
      ? { talkMinutes: minutes, talkMinutesPosition: r.position(['talkMinutes']) }
      : {}),
    sections,
    ...(summary ? { summary } : {}),
    ...(sources ? { sources, sourcePositions: sources.map((_, i) => r.position(['sources', i])) } : {}),
  };
}

/**
 * The spec with each diagram's text alternative, read from its source, so the slide's notes can
 * tell the flow in words (and its pacing counts them). Pure: the caller reads the files.
 */
export function withDiagramDescriptions(spec: DeckSpec, descriptions: ReadonlyMap<string, string>): DeckSpec {
  return {
    ...spec,
    sections: spec.sections.map((section) => ({
      ...section,
      diagrams: section.diagrams.map((diagram) => {
        const description = descriptions.get(diagram.ref.name);
        return description ? { ...diagram, description } : diagram;
      }),
    })),
  };
}
