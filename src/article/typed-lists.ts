import type { List, ListItem, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';

// Text pasted from a chat app or a word processor lists things line by line with marks typed by
// hand (1、 ① （1） [1] •), not with markdown's. Markdown reads those lines as one paragraph, and on
// a slide the items after the first ran on behind it; here they become the list they are.

/** A place in the source, as mdast gives one. */
type Point = NonNullable<Text['position']>['start'];

/**
 * A mark typed at a line's start to count or list it, and the space after it. A reference's
 * number ([1]) stays in its text, where the paragraphs citing it ([1]) point to it. A digit after
 * a number's mark is no mark (需要\n2、3天: two or three days); nor is a middle dot (·威廉), which
 * starts a name's next part.
 */
const TYPED_MARK =
  /^(?:(?<number>\d{1,2})(?<after>[、)）.．])(?!\d)|[（(](?<bracketed>\d{1,2})[)）]|(?=\[(?<cited>\d{1,2})\])|(?<circled>[\u2460-\u2473])|(?<bullet>[•●▪◆■▸►▲]))[ \t\u3000]*/u;

/** The number a mark counts, or undefined for a bullet (•). */
function numberOf(mark: RegExpExecArray): number | undefined {
  const { number, bracketed, cited, circled } = mark.groups ?? {};
  const digits = number ?? bracketed ?? cited;
  if (digits !== undefined) return Number(digits);
  return circled ? (circled.codePointAt(0) ?? 0x2460) - 0x2460 + 1 : undefined;
}

/** How a mark is written (1、 1. （1） ① [1], or its bullet): one list is written one way. */
function formOf(mark: RegExpExecArray): string {
  const { after, bracketed, cited, circled, bullet } = mark.groups ?? {};
  if (after !== undefined) return `number${after.replace('．', '.').replace('）', ')')}`;
  if (bracketed !== undefined) return 'bracketed';
  if (cited !== undefined) return 'cited';
  if (circled !== undefined) return 'circled';
  return `bullet${bullet ?? ''}`;
}

/** A paragraph's inline content cut at its line ends (soft or hard), each line's nodes apart. */
function linesOf(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of children) {
    if (node.type === 'break') {
      lines.push([]);
      continue;
    }
    if (node.type !== 'text' || !node.value.includes('\n')) {
      lines.at(-1)?.push(node);
      continue;
    }
    const start = node.position?.start;
    node.value.split('\n').forEach((value, i) => {
      if (i > 0) lines.push([]);
      if (value === '') return;
      const line = (start?.line ?? 1) + i;
      const column = i === 0 ? (start?.column ?? 1) : 1;
      lines.at(-1)?.push(textAt(value, line, column));
    });
  }
  return lines.filter((line) => line.length > 0);
}

/** A text node starting at `line`:`column` (only where a node starts is ever read). */
const textAt = (value: string, line: number, column: number): Text => ({
  type: 'text',
  value,
  position: { start: { line, column }, end: { line, column: column + value.length } },
});

/** Where a line starts: its first node's start. */
const lineStart = (line: readonly PhrasingContent[]) => line[0]?.position?.start ?? { line: 1, column: 1 };

/** Lines joined again as one paragraph's content, their line ends kept for the reader to join. */
function joined(lines: readonly (readonly PhrasingContent[])[]): PhrasingContent[] {
  return lines.flatMap((line, i) => {
    const start = lineStart(line);
    return i === 0 ? [...line] : [textAt('\n', start.line, start.column), ...line];
  });
}

/** The line's typed mark, if its first node is text that starts with one. */
function markOf(line: readonly PhrasingContent[]): RegExpExecArray | null {
  const first = line[0];
  return first?.type === 'text' ? TYPED_MARK.exec(first.value) : null;
}

/** The line without its typed mark. */
function unmarked(line: readonly PhrasingContent[], mark: RegExpExecArray): PhrasingContent[] {
  const [first, ...rest] = line;
  if (first?.type !== 'text') return [...line];
  const value = first.value.slice(mark[0].length);
  const start = lineStart(line);
  return value === '' ? rest : [textAt(value, start.line, start.column + mark[0].length), ...rest];
}

/**
 * A paragraph as the author typed it: unchanged, or, where two lines or more start with a typed
 * mark of one form, counting on by one if they count, the lines before the first of them (a
 * lead-in: 注意以下几点：) as a paragraph, then a list of one item per marked line. A line with no
 * mark goes on with the item before it where that item's line stops on a comma; otherwise it and
 * the lines after it are a paragraph after the list (完成后重启手机即可。).
 */
export function typedLists(node: RootContent): RootContent[] {
  if (node.type !== 'paragraph') return [node];
  const lines = linesOf(node.children);
  const marks = lines.map(markOf);
  const first = marks.findIndex((mark) => mark !== null);
  const counted = marks.filter((mark) => mark !== null);
  const [opening] = counted;
  if (!opening || counted.length < 2) return [node];
  // One list, written one way: marks of two forms (1、 and （1）) are two levels, or prose.
  if (counted.some((mark) => formOf(mark) !== formOf(opening))) return [node];
  const numbers = counted.map(numberOf);
  const start = numbers[0];
  if (start !== undefined && numbers.some((n, i) => n !== start + i)) return [node];
  // Each item starts where its line does, at its mark, as a markdown list item starts at its own.
  const items: { start: Point; lines: PhrasingContent[][] }[] = [];
  const after: PhrasingContent[][] = [];
  lines.slice(first).forEach((line, i) => {
    const mark = marks[first + i];
    const last = items.at(-1);
    if (mark && after.length === 0) items.push({ start: lineStart(line), lines: [unmarked(line, mark)] });
    else if (last && after.length === 0 && goesOn(last.lines.at(-1) ?? [])) last.lines.push(line);
    else after.push(line);
  });
  const listStart = lineStart(lines[first] ?? []);
  const list: List = {
    type: 'list',
    ordered: start !== undefined && formOf(opening) !== 'cited',
    start: start ?? null,
    spread: false,
    position: { start: listStart, end: node.position?.end ?? listStart },
    children: items.map(({ start, lines: itemLines }): ListItem => {
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: joined(itemLines),
        position: { start, end: start },
      };
      return { type: 'listItem', spread: false, children: [paragraph], position: { start, end: start } };
    }),
  };
  const lead: Paragraph[] =
    first === 0
      ? []
      : [
          {
            type: 'paragraph',
            children: joined(lines.slice(0, first)),
            ...(node.position ? { position: { start: node.position.start, end: listStart } } : {}),
          },
        ];
  const closing: Paragraph[] =
    after.length === 0
      ? []
      : [
          {
            type: 'paragraph',
            children: joined(after),
            position: { start: lineStart(after[0] ?? []), end: node.position?.end ?? listStart },
          },
        ];
  return [...lead, list, ...closing];
}

/**
 * Whether a line stops on a mark that goes on (，、；：), so that an unmarked line after it is more
 * of the same item; after a full stop, or no mark (点击通用), it is what follows the list.
 */
function goesOn(line: readonly PhrasingContent[]): boolean {
  const last = line.at(-1);
  return last?.type === 'text' && /[，、；：,;:—]\s*$/u.test(last.value);
}
