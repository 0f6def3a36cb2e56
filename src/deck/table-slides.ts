import type { Paragraph, Table } from '../article/types.ts';
import { type DeckLimits, tableRowChars, wrappedLines } from './limits.ts';
import { length, sentences, shorten } from './sentences.ts';
import { chunkPoints, partOf } from './slide-chunks.ts';
import { nthId } from './slide-ids.ts';
import { cueAndNote, notes } from './slide-notes.ts';
import type { TableSpec } from './spec.ts';
import { width } from './text-width.ts';
import type { PointsSlide, SectionRef, TableSlide } from './types.ts';

// The slides a table takes: the spec's comparison table, or a table the article itself holds.

/**
 * What a table's slide is called in its id: 对比 for a comparison, as its title says, else 表格.
 * (比较 is no sign of one: 比较常见的 means "fairly common".)
 */
const tableName = (title: string): string => (/对比|区别|异同|\bvs\.?\b/i.test(title) ? '对比' : '表格');

type Rows = Pick<TableSpec, 'title' | 'columns' | 'rows' | 'cue' | 'note'> & { readonly caption?: string };

/** Splits a table's rows over as few slides as hold them, as evenly as possible. */
export function tableSlides(
  table: Rows,
  ref: SectionRef,
  limits: DeckLimits,
  id = tableName(table.title),
  leadIn: readonly Paragraph[] = [],
): TableSlide[] {
  const count = Math.ceil(table.rows.length / limits.maxTableRows);
  return Array.from({ length: count }, (_, i) => ({
    kind: 'table',
    id: nthId(`${ref.id}-${id}`, i),
    section: ref,
    title: table.title,
    ...(table.caption ? { caption: table.caption } : {}),
    ...partOf(i, count),
    columns: table.columns,
    // The first parts take the odd rows out: a part never has more rows than the one before.
    rows: table.rows.slice(
      Math.ceil((i * table.rows.length) / count),
      Math.ceil(((i + 1) * table.rows.length) / count),
    ),
    notes: notes(i === 0 ? leadIn : [], cueAndNote(i, count, table)),
  }));
}

/** Whether every row of a table keeps to one line on a slide, its column names too. */
function fitsOneLineARow(table: Pick<Table, 'columns' | 'rows'>, limits: DeckLimits): boolean {
  const widest = table.columns.map((column, i) =>
    Math.max(length(column), ...table.rows.map((row) => length(row[i] ?? ''))),
  );
  return widest.reduce((a, b) => a + b, 0) <= tableRowChars(table.columns.length, limits);
}

/**
 * Lines each row of a table takes on a slide, its column names first, where its cells wrap but
 * none onto a third line; undefined where one would. The first column (the rows' names, never
 * wrapped) takes its widest cell; the others share the rest of the line by their widest cells, as
 * a browser's automatic table layout shares it. Measured by width, as the text is drawn.
 */
function wrappedRowLines(table: Pick<Table, 'columns' | 'rows'>, limits: DeckLimits): number[] | undefined {
  const all = [table.columns, ...table.rows];
  const widest = table.columns.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ''))));
  const [names = 0, ...others] = widest;
  const rest = tableRowChars(table.columns.length, limits) - names;
  const shared = others.reduce((a, b) => a + b, 0);
  if (rest <= 0 || shared <= 0) return undefined;
  // Where they must wrap, a character's room less at each column's edge: the browser's shares
  // are not cut so fine.
  const room = widest.map((most, i) =>
    i === 0 || shared <= rest ? most : Math.max(1, (rest * most) / shared - WRAP_SLACK),
  );
  const lines = all.map((row) =>
    Math.max(
      1,
      ...row.map((cell, i) =>
        i === 0 && row !== table.columns ? 1 : Math.ceil(width(cell) / (room[i] ?? 1)),
      ),
    ),
  );
  return lines.every((n) => n <= 2) ? lines : undefined;
}
/** Characters of room a wrapped column's share is taken to have less than it seems to. */
const WRAP_SLACK = 1;

/** A row said as a sentence: its first cell, then each other cell after its column's name. */
const rowSaid = (columns: readonly string[], row: readonly string[]): string => {
  const [name = '', ...cells] = row;
  const said = cells
    .map((cell, i) => (cell === '' ? '' : columns[i + 1] ? `${columns[i + 1]} ${cell}` : cell))
    .filter((cell) => cell !== '')
    .join('；');
  return name && said ? `${name}：${said}` : name || said;
};

/**
 * Whether a paragraph only leads into what follows it with a colon (一个月按22个工作日计算：): one
 * sentence. Sentences before its lead-in (很多人以为领养免费，其实不然。…费用大致如下：) say a point.
 */
export const leadsIntoTable = (paragraph: Paragraph | undefined): boolean =>
  paragraph !== undefined &&
  !paragraph.within &&
  /[：:]$/u.test(paragraph.text) &&
  sentences(paragraph.text).length === 1;

/**
 * Words that state what figures rest on: a number, a measure or a condition (一个月按22个工作日计算,
 * 以2024年价格为准, 假设每天开30公里, 不含停车费). A lead-in without any (我们的数据是这样的：) says none.
 */
const STATES_BASIS =
  /\d|按|以[^，。]{1,12}为|假设|前提|条件|计算|统计|测(?:试|得|了)|口径|单位|不含|包括|扣除/u;

/** Words that only say a table follows (我把数据整理成了一张表：, 见下表：): no basis to show over it. */
const ANNOUNCES_TABLE =
  /(?:一张|一个|下面的|下)(?:表|表格)|(?:表|表格)(?:如下|里|中)|如下[：:]?$|整理(?:成|了|如下)/u;

/**
 * What a lead-in says of the table after it, as its caption (一个月按22个工作日、每天往返计算), where
 * it says more than that a table follows and fits two lines over it; else undefined.
 */
function captionOf(
  leadIn: readonly Paragraph[],
  heading: string,
  rows: number,
  limits: DeckLimits,
): string | undefined {
  const [paragraph] = leadIn;
  if (leadIn.length !== 1 || paragraph === undefined) return undefined;
  const caption = paragraph.text.trim().replace(/[：:]$/u, '');
  if (!STATES_BASIS.test(caption) || ANNOUNCES_TABLE.test(caption)) return undefined;
  // Its lines take the room of rows, two lines a row: the slide holds the most rows under a
  // heading of two lines, and two lines more under one of a line.
  const lines = wrappedLines(caption, captionLineChars(limits));
  const headingLines = wrappedLines(heading, Math.ceil(limits.maxHeadingChars / 2));
  const room = 2 * (limits.maxTableRows - rows) + (headingLines === 1 ? 2 : 0);
  return lines <= Math.min(CAPTION_LINES, room) ? caption : undefined;
}

/** Most lines of a table's caption. */
const CAPTION_LINES = 2;
/** Characters one line of a caption holds: 24 px text across the table's width (28 px text). */
export const captionLineChars = (limits: DeckLimits): number =>
  Math.floor((limits.tableLineChars * 28) / 24) - 2;

/**
 * The slides of a table the article holds in a section, titled with the section's heading: the
 * table where each row keeps to one line, split over slides as the spec's is; else, too wide for
 * a slide, each row said as a point (地铁：单程时间 42分钟；每月花费 176元), with every row
 * whole in the notes, as the table's text. `n` counts the section's tables, from 0, for ids.
 */
export function articleTableSlides(
  table: Table,
  ref: SectionRef,
  n: number,
  limits: DeckLimits,
  taken: ReadonlySet<string>,
  leadIn: readonly Paragraph[] = [],
): (TableSlide | PointsSlide)[] {
  let id = `${tableName(ref.heading)}${n === 0 ? '' : n + 1}`;
  // Beside the spec's own table of the section, which may be called so too.
  while (taken.has(`${ref.id}-${id}`)) id = `原文${id}`;
  const rows = table.rows.map((row) => table.columns.map((_, i) => row[i] ?? ''));
  // A table's slides, its caption where the room its rows take (in lines of a row) leaves some.
  const asTable = (heading: string, rowsTaken: number) => {
    const caption = captionOf(leadIn, heading, rowsTaken, limits);
    return tableSlides(
      { title: ref.heading, columns: table.columns, rows, ...(caption ? { caption } : {}) },
      ref,
      limits,
      id,
      leadIn,
    );
  };
  if (fitsOneLineARow({ columns: table.columns, rows }, limits)) {
    // A table split over slides shows its part beside its heading (（1/2）), which may wrap it.
    const split = rows.length > limits.maxTableRows;
    return asTable(split ? `${ref.heading}（1/2）` : ref.heading, Math.min(rows.length, limits.maxTableRows));
  }
  // A small table whose rows wrap onto two lines at most, all on one slide, stays a table: said
  // row by row, its columns no longer line up, and three rows take slides of their own.
  const [headLines = 1, ...rowLines] = wrappedRowLines({ columns: table.columns, rows }, limits) ?? [];
  const lines = headLines - 1 + rowLines.reduce((a, b) => a + b, 0);
  if (rowLines.length > 0 && lines <= limits.maxTableRows) return asTable(ref.heading, lines);
  const said = rows.map((row) => rowSaid(table.columns, row));
  const chunks = chunkPoints(
    said.map((row) => shorten(row, limits.maxPointChars, width)),
    limits,
  );
  let next = 0;
  return chunks.map((points, i) => {
    const whole = said.slice(next, next + points.length);
    next += points.length;
    return {
      kind: 'points',
      id: nthId(`${ref.id}-${id}`, i),
      section: ref,
      heading: ref.heading,
      points,
      ...partOf(i, chunks.length),
      notes: notes(i === 0 ? leadIn : [], { explanation: whole.map((row) => `${row}。`).join('') }),
    };
  });
}
