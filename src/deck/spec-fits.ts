import { SourceError } from '../article/source-error.ts';
import type { SourcePosition } from '../article/types.ts';
import { type DeckLimits, tableRowChars } from './limits.ts';
import { length } from './sentences.ts';
import type { DeckSpec, TableSpec } from './spec.ts';

const fail = (file: string, at: SourcePosition, reason: string): SourceError =>
  new SourceError(file, at.line, at.column, reason);

/** A table's rows must each keep to one line: the cells of a wrapped row would push the last ones off. */
function checkTableWidth(table: TableSpec, heading: string, file: string, limits: DeckLimits): void {
  const columns = table.columns.length;
  const most = tableRowChars(columns, limits);
  const widest = table.columns.map(length);
  const check = (at: SourcePosition, what: string): void => {
    const total = widest.reduce((a, b) => a + b, 0);
    if (total <= most) return;
    throw fail(
      file,
      at,
      `the table of section "${heading}" is too wide for one line a row: ${what} hold ${widest.join(' + ')} = ${total} characters; at most ${most} fit across the slide with ${columns} columns`,
    );
  };
  check(table.columnsPosition, 'its column names');
  table.rows.forEach((row, i) => {
    row.forEach((cell, column) => {
      widest[column] = Math.max(widest[column] ?? 0, length(cell));
    });
    check(table.rowPositions[i] ?? table.columnsPosition, 'with this row, its widest cells (one a column)');
  });
}

/**
 * Refuses, at its line, what the spec asks a slide to show that no slide holds: a subtitle or
 * author over the cover's one line each, a title longer than a slide's heading takes, a caption
 * over two lines, a table row that would wrap, a source over two lines. What only needs more
 * room (points, rows, sources) continues on another slide.
 */
export function checkSpecFits(spec: DeckSpec, limits: DeckLimits): void {
  const coverLines = [
    { text: spec.subtitle, at: spec.subtitlePosition, most: limits.maxSubtitleChars, what: 'subtitle' },
    { text: spec.author, at: spec.authorPosition, most: limits.maxAuthorChars, what: 'author' },
  ];
  for (const { text, at, most, what } of coverLines) {
    if (text === undefined || length(text) <= most) continue;
    throw fail(
      spec.file,
      at ?? { line: 1, column: 1 },
      `the ${what} has ${length(text)} characters; at most ${most} fit its one line on the cover`,
    );
  }
  const titles: { text: string; at: SourcePosition; what: string }[] = [];
  if (spec.intro?.title) {
    const at = spec.intro.titlePosition ?? spec.intro.position;
    titles.push({ text: spec.intro.title, at, what: "the introduction's title" });
  }
  if (spec.summary?.title) {
    const at = spec.summary.titlePosition ?? spec.summary.position;
    titles.push({ text: spec.summary.title, at, what: "the summary's title" });
  }
  for (const section of spec.sections) {
    const { table } = section;
    if (table)
      titles.push({
        text: table.title,
        at: table.titlePosition,
        what: `the title of the table of section "${section.heading}"`,
      });
    for (const d of section.diagrams)
      titles.push({ text: d.title, at: d.titlePosition, what: `the title of diagram "${d.ref.name}"` });
  }
  for (const { text, at, what } of titles) {
    if (length(text) <= limits.maxHeadingChars) continue;
    throw fail(
      spec.file,
      at,
      `${what} has ${length(text)} characters; at most ${limits.maxHeadingChars} fit a slide's heading`,
    );
  }
  for (const section of spec.sections) {
    for (const d of section.diagrams) {
      if (length(d.caption) <= limits.maxCaptionChars) continue;
      throw fail(
        spec.file,
        d.captionPosition,
        `the caption of diagram "${d.ref.name}" has ${length(d.caption)} characters; at most ${limits.maxCaptionChars} fit its two lines under the diagram`,
      );
    }
    if (section.table) checkTableWidth(section.table, section.heading, spec.file, limits);
  }
  const mostSource = 2 * limits.sourceLineChars;
  for (const [i, { text }] of (spec.sources ?? []).entries()) {
    if (length(text) <= mostSource) continue;
    throw fail(
      spec.file,
      spec.sourcePositions?.[i] ?? { line: 1, column: 1 },
      `a source has ${length(text)} characters; at most ${mostSource} fit its two lines on the sources slide`,
    );
  }
}
