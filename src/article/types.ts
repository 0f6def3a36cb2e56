/** Where a piece of the article starts in its source file (1-based, as editors count). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A link in a paragraph: which characters of its text, and where they lead (http, https or mailto). */
export interface Link {
  /** Index in the paragraph's text (UTF-16 units) where the link's text starts. */
  readonly start: number;
  readonly end: number;
  readonly url: string;
}

/** Characters of a paragraph's text the author set in bold (`**…**`): `[start, end)` in UTF-16 units. */
export interface Bold {
  readonly start: number;
  readonly end: number;
}

/**
 * The block of the article a paragraph stands in, when it is not a paragraph of its own: an item
 * of a list (which list, and its number if the list counts), or a paragraph of a quotation.
 * Paragraphs that share `kind` and `line` belong to one block.
 */
export type Within =
  | {
      readonly kind: 'list';
      /** The line the list starts on. */
      readonly line: number;
      readonly ordered: boolean;
      /** The item's number as the reader sees it (a list may start at any number); 1-based. */
      readonly number: number;
    }
  | {
      readonly kind: 'quote';
      /** The line the quotation starts on. */
      readonly line: number;
    };

/**
 * One paragraph of the article, as plain text, with its links and the line it starts on. An item
 * of a list and a paragraph of a quotation are paragraphs too, marked with the block they are in.
 */
export interface Paragraph {
  readonly text: string;
  readonly position: SourcePosition;
  /** The paragraph's links, in order; absent when it has none. */
  readonly links?: readonly Link[];
  /** What the author set in bold, in order; absent when nothing is. */
  readonly bold?: readonly Bold[];
  /** Set when the paragraph is an item of a list or part of a quotation. */
  readonly within?: Within;
}

/** A table of a section, as plain text: its column names, its rows of cells, and the line it starts on. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly position: SourcePosition;
}

/** A `###` section: its heading without numbering or emphasis, its paragraphs and its tables. */
export interface Section {
  readonly heading: string;
  readonly position: SourcePosition;
  readonly paragraphs: readonly Paragraph[];
  /** Absent when it has none. */
  readonly tables?: readonly Table[];
}

/** The article as the deck builder sees it: title, introduction and sections. */
export interface Article {
  readonly file: string;
  readonly title: string;
  readonly titlePosition: SourcePosition;
  readonly intro: readonly Paragraph[];
  readonly sections: readonly Section[];
}
