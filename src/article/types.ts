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

/** Where an item of a list sits: which list it belongs to, and its number if the list counts. */
export interface ListPlace {
  readonly ordered: boolean;
  /** The line the list starts on: items that share it belong to one list. */
  readonly listLine: number;
  /** The item's number as the reader sees it (a list may start at any number); 1-based. */
  readonly number: number;
}

/**
 * One paragraph of the article, as plain text, with its links and the line it starts on. An item
 * of a list is a paragraph too, one per item, marked with its place in the list.
 */
export interface Paragraph {
  readonly text: string;
  readonly position: SourcePosition;
  /** The paragraph's links, in order; absent when it has none. */
  readonly links?: readonly Link[];
  /** Set when the paragraph is an item of a list. */
  readonly list?: ListPlace;
}

/** A `###` section: its heading without numbering or emphasis, and its paragraphs. */
export interface Section {
  readonly heading: string;
  readonly position: SourcePosition;
  readonly paragraphs: readonly Paragraph[];
}

/** The article as the deck builder sees it: title, introduction and sections. */
export interface Article {
  readonly file: string;
  readonly title: string;
  readonly titlePosition: SourcePosition;
  readonly intro: readonly Paragraph[];
  readonly sections: readonly Section[];
}
