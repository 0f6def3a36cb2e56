import type { Paragraph, SourcePosition } from '../article/types.ts';

/**
 * What the speaker view shows under a slide: the article's own paragraphs, a presenter cue (what
 * to do on stage, for the presenter only) and a note (a correction or caveat to the article's
 * words, for every reader of the notes).
 */
export interface Notes {
  readonly paragraphs: readonly Paragraph[];
  readonly cue?: string;
  readonly note?: string;
  /** The note on these words is on a later slide of the same section or table (its last). */
  readonly noteLater?: true;
  /** A diagram told in plain words, for the speaker and the reader, before its text alternative. */
  readonly gist?: string;
  /** What the slide shows, in words, for the speaker and the reader: a diagram's text alternative. */
  readonly explanation?: string;
  /** Suggested speaking time for the slide, from the talk's target length. */
  readonly seconds: number;
}

/** The article section a slide belongs to, for headers, the chapter menu and deep links. */
export interface SectionRef {
  readonly index: number;
  readonly heading: string;
  readonly id: string;
}

interface SlideBase {
  /** Stable id, used as the slide's URL fragment (`#/物理形态`). */
  readonly id: string;
  readonly section?: SectionRef;
  readonly notes: Notes;
}

export interface TitleSlide extends SlideBase {
  readonly kind: 'title';
  readonly title: string;
  readonly subtitle?: string;
  readonly author?: string;
}

/**
 * Where a slide stands among the slides one piece of content continues over (a long table,
 * summary, list of sources or section of points): part `index` (from 1) of `total`. The slide's
 * title stays the content's own; the part is shown beside it as "（2/3）".
 */
export interface Part {
  readonly index: number;
  readonly total: number;
}

/** How a slide's points stand to a list among them (its lead-in and items), when they hold one. */
export interface ListMarks {
  /** Points (by index) that are items of a list whose lead-in is a point before them here: set under it. */
  readonly underLeadIn?: readonly number[];
  /**
   * The first point is the lead-in of a list begun on the slide before, said again over the rest
   * of its items (shown as such, not as a new point).
   */
  readonly continuesList?: true;
}

/** The article's introduction: what the talk is about, before its parts. */
export interface IntroSlide extends SlideBase, ListMarks {
  readonly kind: 'intro';
  readonly title: string;
  readonly points: readonly string[];
  readonly part?: Part;
}

/** A slide of a part besides its points, as its divider names it: a table or a diagram. */
export interface PartContent {
  readonly kind: 'table' | 'diagram';
  readonly id: string;
  readonly title: string;
}

/** An agenda line: a part, and what it holds besides its points where the line has room. */
export interface AgendaItem extends SectionRef {
  /** Its tables and diagrams, counted (1 张表 · 6 张图), after the heading on the same line. */
  readonly holds?: string;
}

export interface AgendaSlide extends SlideBase {
  readonly kind: 'agenda';
  readonly title: string;
  readonly items: readonly AgendaItem[];
}

export interface SectionSlide extends SlideBase {
  readonly kind: 'section';
  readonly section: SectionRef;
  /**
   * The part's tables and diagrams, in order, named under its title: a part of six diagrams is
   * announced as one, not met unawares. Empty for a part of points only.
   */
  readonly contents: readonly PartContent[];
}

export interface PointsSlide extends SlideBase, ListMarks {
  readonly kind: 'points';
  readonly section: SectionRef;
  readonly heading: string;
  readonly points: readonly string[];
  readonly part?: Part;
}

export interface TableSlide extends SlideBase {
  readonly kind: 'table';
  readonly section: SectionRef;
  readonly title: string;
  /**
   * What the table's figures rest on, in the article's words that lead into it (一个月按22个工作日、
   * 每天往返计算), shown over the table: without them its numbers have no basis.
   */
  readonly caption?: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly part?: Part;
}

/** A diagram whose Mermaid source lives in a `.mmd` file under `slides/`. */
export interface DiagramRef {
  /** File name without extension, unique in the deck. */
  readonly name: string;
  /** Path relative to the spec file's folder. */
  readonly file: string;
  readonly position: SourcePosition;
}

export interface DiagramSlide extends SlideBase {
  readonly kind: 'diagram';
  readonly section: SectionRef;
  readonly title: string;
  readonly caption: string;
  readonly diagram: DiagramRef;
}

export interface SummarySlide extends SlideBase, ListMarks {
  readonly kind: 'summary';
  readonly title: string;
  readonly points: readonly string[];
  readonly part?: Part;
}

/** A line of the sources slide, and the web address it leads to, when it names one. */
export interface SourceItem {
  readonly text: string;
  readonly url?: string;
}

export interface SourcesSlide extends SlideBase {
  readonly kind: 'sources';
  readonly title: string;
  readonly items: readonly SourceItem[];
  readonly part?: Part;
}

/** Every kind of slide the deck can hold; renderers switch on `kind` exhaustively. */
export type Slide =
  | TitleSlide
  | IntroSlide
  | AgendaSlide
  | SectionSlide
  | PointsSlide
  | TableSlide
  | DiagramSlide
  | SummarySlide
  | SourcesSlide;

export interface Deck {
  readonly title: string;
  readonly author?: string;
  readonly talkMinutes: number;
  readonly sections: readonly SectionRef[];
  readonly slides: readonly Slide[];
}
