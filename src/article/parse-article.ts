import type {
  Blockquote,
  Definition,
  Heading,
  List,
  Link as MdastLink,
  Table as MdastTable,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { HEADING_NUMBER, refuseBoldHeadings, refuseNumberingGaps } from './heading-numbers.ts';
import { promotionIn } from './promotion.ts';
import { SourceError } from './source-error.ts';
import { typedLists } from './typed-lists.ts';
import type { Article, Bold, Link, Paragraph, Section, SourcePosition, Table, Within } from './types.ts';

/** A character of Chinese, Japanese or Korean text, or its punctuation: lines join without a space. */
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * A paragraph wrapped across source lines reads as one line: the line end is dropped between
 * Chinese characters (a space there shows as a gap) and is a space between words elsewhere.
 */
function joinLines(value: string, before: string): string {
  return value.replace(/[ \t]*\n[ \t]*/g, (lineEnd, at: number) => {
    const previous = at > 0 ? (value[at - 1] ?? '') : before;
    const next = value[at + lineEnd.length] ?? '';
    return CJK.test(previous) || CJK.test(next) ? '' : ' ';
  });
}

function positionOf(node: Nodes): SourcePosition {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** Where a link may lead: the web or e-mail; never `javascript:` or a path into the deck. */
const LINK_URL = /^(?:https?:\/\/|mailto:)/i;

/** The article's link definitions (`[name]: https://…`), by their normalised label. */
type Definitions = ReadonlyMap<string, Definition>;

/** What a link leads to, refused unless it is the web or e-mail; its words must not be empty. */
function linkTarget(file: string, node: Nodes, url: string, words: string): string {
  if (!LINK_URL.test(url)) {
    throw fail(file, node, `a link to "${url}"; links may lead to http, https or mailto addresses only`);
  }
  // A web address must be one a browser can open (and the sources slide can name by its host).
  if (/^https?:/i.test(url) && !URL.canParse(url)) {
    throw fail(file, node, `a link to "${url}", which is not a web address a browser can open`);
  }
  if (words.trim() === '') throw fail(file, node, `a link to "${url}" has no words to show`);
  return url;
}

/** Where a paragraph's links and bold text are, gathered while its text is read. */
interface Marks {
  readonly links: Link[];
  readonly bold: Bold[];
}

/**
 * Plain text of inline content, and where its links and bold text are: a link keeps its text,
 * and its address is noted beside it. Emphasis (`*…*`) is read as plain text: CJK fonts have no
 * italics, only a slant the browser fakes. Images, raw HTML, struck-out text and footnotes are refused.
 */
function inlineText(
  nodes: readonly PhrasingContent[],
  file: string,
  definitions: Definitions,
  marks: Marks = { links: [], bold: [] },
  offset = 0,
): { text: string; marks: Marks } {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        text += joinLines(node.value, text.at(-1) ?? '');
        break;
      case 'inlineCode':
        text += node.value;
        break;
      case 'break':
        text += '\n';
        break;
      case 'strong': {
        const start = offset + text.length;
        text += inlineText(node.children, file, definitions, marks, start).text;
        marks.bold.push({ start, end: offset + text.length });
        break;
      }
      case 'emphasis':
        text += inlineText(node.children, file, definitions, marks, offset + text.length).text;
        break;
      case 'delete':
        // Shown plainly, struck-out words would say the opposite of what the author meant.
        throw fail(file, node, 'struck-out text (~~…~~) cannot be shown on a slide; delete it or reword it');
      case 'link':
      case 'linkReference': {
        const bare = node.type === 'link' ? bareAddress(node) : undefined;
        if (bare) {
          const start = offset + text.length;
          text += bare.address;
          if (bare.url)
            marks.links.push({
              start,
              end: offset + text.length,
              url: linkTarget(file, node, bare.url, bare.address),
            });
          text += joinLines(bare.after, text.at(-1) ?? '');
          break;
        }
        const start = offset + text.length;
        // Links do not nest: one inside a link's words stays words. Bold in them stays bold.
        const inner: Marks = { links: [], bold: marks.bold };
        const words = inlineText(node.children, file, definitions, inner, start).text;
        const url = node.type === 'link' ? node.url : referencedUrl(file, node, definitions);
        text += words;
        marks.links.push({ start, end: offset + text.length, url: linkTarget(file, node, url, words) });
        break;
      }
      case 'html':
        if (isComment(node)) break;
        throw fail(file, node, 'raw HTML is not allowed in the article; write plain markdown');
      case 'image':
      case 'imageReference':
        throw fail(
          file,
          node,
          'images are not allowed in the article text; the deck shows none of the article’s pictures (curated diagrams go in deck.yaml)',
        );
      default:
        throw fail(file, node, `unsupported inline markdown (${node.type})`);
    }
  }
  return { text, marks };
}

/**
 * A web or e-mail address written as it is (https://git-scm.com, www.…, name@host), not as a
 * `[link](…)`: its address, where it leads (none if what is left names no host), and the text
 * after it that GFM took in. Chinese has no space to end an address, so GFM reads on into the
 * sentence (https://git-scm.com下载。); see `addressEnd`.
 */
function bareAddress(node: MdastLink): { address: string; url?: string; after: string } | undefined {
  const [only, more] = node.children;
  if (only?.type !== 'text' || more) return undefined;
  const written = only.value;
  const scheme = node.url.slice(0, node.url.length - written.length);
  if (node.url !== scheme + written || !['', 'http://', 'mailto:'].includes(scheme)) return undefined;
  const address = written.slice(0, addressEnd(written)).replace(/[.,:;!?'"]+$/, '');
  const after = written.slice(address.length);
  return hasHost(scheme + address) ? { address, url: scheme + address, after } : { address, after };
}

/**
 * Where an address GFM read on into Chinese text ends: at a Chinese character straight after a
 * Latin letter or digit (git-scm.com下载, /download下载, name@example.com询问), or at the first
 * full-width mark or space (…/b。然后). Chinese after a dot, a slash or an equals sign is the
 * address's own (https://例子.中国/文章, /wiki/二维码, ?q=中文).
 */
function addressEnd(written: string): number {
  // Curly quotation marks (“官网”) are not in the full-width blocks, but end an address too.
  const mark = written.search(/[\s\u2018-\u201f\u3000-\u303f\uff00-\uffef]/u);
  const end = mark < 0 ? written.length : mark;
  for (let at = 1; at < end; at++) {
    if (CJK.test(written[at] ?? '') && /[A-Za-z0-9]/.test(written[at - 1] ?? '')) return at;
  }
  return end;
}

/** Whether `url` names a host with a dot in it (example.org), or a mailbox at one. */
function hasHost(url: string): boolean {
  if (url.startsWith('mailto:')) return /@[^@]+\.[^@.]+$/.test(url);
  return URL.canParse(url) && new URL(url).hostname.includes('.');
}

/**
 * The address a reference-style link (`[words][name]`) names. (micromark reads a reference only
 * where its label is defined; a footnote's definition was refused before any paragraph is read.)
 */
function referencedUrl(file: string, node: Nodes & { identifier: string }, definitions: Definitions): string {
  const definition = definitions.get(node.identifier);
  if (!definition)
    throw fail(
      file,
      node,
      `a link to "[${node.identifier}]", which no "[${node.identifier}]: …" line defines`,
    );
  return definition.url;
}

const plainText = (nodes: readonly PhrasingContent[], file: string, definitions: Definitions): string =>
  inlineText(nodes, file, definitions).text;

/** Ranges of untrimmed text moved onto the trimmed text, which starts `lead` later; empty ones dropped. */
function moved<T extends { start: number; end: number }>(
  ranges: readonly T[],
  lead: number,
  length: number,
): T[] {
  return ranges
    .map((range) => ({
      ...range,
      start: Math.max(0, range.start - lead),
      end: Math.min(length, range.end - lead),
    }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
}

/** A paragraph's text, trimmed, with its links and bold text moved to match and empty ones dropped. */
function paragraphOf(
  nodes: readonly PhrasingContent[],
  file: string,
  position: SourcePosition,
  definitions: Definitions,
  within?: Within,
): Paragraph {
  const { text: raw, marks } = inlineText(nodes, file, definitions);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const links = moved(marks.links, lead, text.length);
  const bold = moved(marks.bold, lead, text.length);
  return {
    text,
    position,
    ...(links.length > 0 ? { links } : {}),
    ...(bold.length > 0 ? { bold } : {}),
    ...(within ? { within } : {}),
  };
}

/**
 * A table as plain text: its header row's cells are its column names. Each cell is read as a
 * paragraph is, so promotion in one is refused as in prose.
 */
function tableOf(node: MdastTable, file: string, definitions: Definitions): Table {
  const [head, ...body] = node.children.map((row) =>
    row.children.map((cell) => {
      const paragraph = paragraphOf(cell.children, file, positionOf(cell), definitions);
      refusePromotion(paragraph, file);
      return paragraph.text;
    }),
  );
  if (body.length === 0)
    throw fail(file, node, 'this table has column names and no row: give it rows, or write it as a sentence');
  return { columns: head ?? [], rows: body, position: positionOf(node) };
}

/**
 * Why an HTML block is refused. A comment is allowed, on lines of its own; one left open hides the
 * rest of the file, and words after one on its line go with it into the HTML block.
 */
function htmlProblem(html: string): string {
  if (/^\s*<!--/.test(html)) {
    if (!html.includes('-->'))
      return 'a comment opens here ("<!--") and never closes, so everything after it would be hidden, headings too; close it with "-->"';
    const after = html.replace(/<!--[\s\S]*?-->/g, '').trim();
    if (!after.startsWith('<'))
      return 'a comment must stand on lines of its own: the words after "-->" on its line would be lost; move them to the next line';
  }
  return 'raw HTML is not allowed in the article; write plain markdown';
}

/**
 * Whether a code block is fenced (``` or ~~~). Text indented by four spaces is a code block too,
 * one the writer seldom meant: a paragraph pasted with its indent.
 */
function isFenced(markdown: string, node: Nodes): boolean {
  const start = node.position?.start.offset;
  return start !== undefined && /^[ \t]*(?:`{3,}|~{3,})/.test(markdown.slice(start));
}

/** Why a block the deck cannot show stops the build, at its line. */
function unsupportedBlock(file: string, node: Nodes, markdown: string): SourceError {
  switch (node.type) {
    case 'html':
      return fail(file, node, htmlProblem(node.value));
    case 'table':
      return fail(
        file,
        node,
        'a table stands on its own in a section, where it gets a slide: not in the introduction (shown as points), a list or a quotation; move it there',
      );
    case 'code':
      if (!isFenced(markdown, node))
        return fail(
          file,
          node,
          'this text is indented by four spaces or more (or a tab), so markdown reads it as a code block, which the deck cannot show: remove the indent (an indent of full-width spaces, 　　, is fine)',
        );
      return fail(
        file,
        node,
        'code blocks are not supported in the article; the slides and notes show prose: write a command inline, in `backticks`',
      );
    default:
      return fail(
        file,
        node,
        `unsupported block (${node.type}); the article holds headings, paragraphs, lists and quotations only`,
      );
  }
}

/**
 * A fenced code block that never closes runs to the end of the file, taking the headings after
 * it: said as such, at the fence, rather than as a code block the writer did not mean to make.
 */
function unclosedFence(markdown: string, node: Nodes): boolean {
  if (node.type !== 'code') return false;
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return false;
  const lines = markdown.slice(start.offset, end.offset).split('\n');
  const fence = /^\s*(`{3,}|~{3,})/.exec(lines[0] ?? '')?.[1];
  if (!fence) return false;
  const closing = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
  return lines.length < 2 || !closing.test(lines.at(-1) ?? '');
}

/** An HTML comment (`<!-- 草稿 -->`) is the writer's note to themselves, not the article's text. */
const isComment = (node: Nodes): boolean =>
  node.type === 'html' &&
  /^\s*<!--/.test(node.value) &&
  node.value.replace(/<!--[\s\S]*?-->/g, '').trim() === '';

/**
 * A list's items, each a paragraph marked with its place in the list. An item holds one
 * paragraph: slides and notes show lists one level deep. Empty items are dropped.
 */
function listItems(node: List, file: string, definitions: Definitions, markdown: string): Paragraph[] {
  const line = positionOf(node).line;
  const ordered = node.ordered === true;
  const start = node.start ?? 1;
  const items: Paragraph[] = [];
  node.children.forEach((item, i) => {
    const [first, second] = item.children;
    if (!first) return;
    if (first.type !== 'paragraph') throw unsupportedBlock(file, first, markdown);
    if (second?.type === 'list')
      throw fail(
        file,
        second,
        'a list inside a list item; slides and notes show one level: make the inner items a list of their own, or sentences of their item',
      );
    if (second)
      throw fail(
        file,
        second,
        'a list item with more than one paragraph; give each its own item, or join them into one',
      );
    const within: Within = { kind: 'list', line, ordered, number: ordered ? start + i : i + 1 };
    const paragraph = paragraphOf(first.children, file, positionOf(item), definitions, within);
    if (paragraph.text !== '') items.push(paragraph);
  });
  return items;
}

/**
 * A quotation's paragraphs (a `>` block), each marked as quoted. A quotation holds paragraphs
 * only: a list or a quotation inside one is refused, as the notes show a quotation as plain prose.
 */
function quotedParagraphs(
  node: Blockquote,
  file: string,
  definitions: Definitions,
  markdown: string,
): Paragraph[] {
  const within: Within = { kind: 'quote', line: positionOf(node).line };
  return node.children.map((child) => {
    if (child.type !== 'paragraph') throw unsupportedBlock(file, child, markdown);
    return paragraphOf(child.children, file, positionOf(child), definitions, within);
  });
}

/**
 * A picture's caption or credit (▲ 图：…, 图1：…, 图/视觉中国, 图片来源：网络, in brackets too:
 * （图：…，图源网络）), left in the text: the deck shows none of the article's pictures, and the words
 * would be a point about a picture nobody sees. A sentence about a picture (（图中可以看到…）) is text.
 */
const CAPTION =
  /^(?:[▲△▼↑]|[（(【]?\s*(?:(?:图|圖)\s*[0-9０-９一二三四五六七八九十]*\s*[：:｜|/／]|(?:图片|配图|图)(?:来源|源|出处)\s*[：:])|[（(【]\s*(?:图片|配图|图)(?:来源|源|出处))/u;

function refuseCaption(paragraph: Paragraph, file: string): void {
  if (!CAPTION.test(paragraph.text)) return;
  throw new SourceError(
    file,
    paragraph.position.line,
    paragraph.position.column,
    "a picture's caption or credit; the deck shows none of the article's pictures, so remove it with its picture (or write what it says as a sentence)",
  );
}

/** Stops at a paragraph that promotes (关注我们, 点个在看, a reposting notice, a closing END). */
function refusePromotion(paragraph: Paragraph, file: string): void {
  const why = promotionIn(
    paragraph.text,
    paragraph.links?.map((link) => link.url),
  );
  if (why === undefined) return;
  const { line, column } = paragraph.position;
  const chars = Array.from(paragraph.text);
  const shown = chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : paragraph.text;
  throw new SourceError(
    file,
    line,
    column,
    `promotion, not the article: "${shown}" (${why}); the deck carries none, so delete this paragraph`,
  );
}

function fail(file: string, node: Nodes, reason: string): SourceError {
  const { line, column } = positionOf(node);
  return new SourceError(file, line, column, reason);
}

/** The first link in a heading's text, however deep (inside bold text too). */
function firstLink(nodes: readonly PhrasingContent[]): PhrasingContent | undefined {
  for (const node of nodes) {
    if (node.type === 'link' || node.type === 'linkReference') return node;
    const inner = 'children' in node ? firstLink(node.children) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/**
 * A heading's words. A link in it is refused: the cover, the agenda and the slides' headings show
 * words only, so where it leads would be lost (a paragraph's link is kept, in the notes).
 */
function wordsOf(node: Heading, file: string, definitions: Definitions): string {
  const link = firstLink(node.children);
  if (link) {
    const what = node.depth === 1 ? 'the title' : 'a section heading';
    throw fail(
      file,
      link,
      `a link in ${what}; headings show their words only, so its address would be lost: link the words in a paragraph instead`,
    );
  }
  return plainText(node.children, file, definitions).trim();
}

function headingText(node: Heading, file: string, definitions: Definitions): string {
  const text = wordsOf(node, file, definitions);
  const words = text.replace(HEADING_NUMBER, '').trim();
  // A heading that is its number alone keeps it where the number is its name (第一节, Part 4);
  // 二、 or （三） alone is a heading still to be written, which would head its slides as "二、".
  if (words || text === '' || /^(?:第|part|chapter|section)/i.test(text)) return words || text;
  throw fail(
    file,
    node,
    `section heading "${text}" is only its number; write what the section is about (the deck numbers its sections itself)`,
  );
}

const depthMarks = (depth: number): string => '#'.repeat(depth);

/**
 * Refuses a heading made by underlining its text (a setext heading): a line of --- the writer
 * meant as a separator, right under a paragraph, makes that paragraph a heading, and the error
 * about its level would name marks the writer never typed.
 */
function refuseUnderlined(node: Heading, text: string, file: string, depth: number | undefined): void {
  const line = node.position?.end.line;
  const underline = line === undefined ? undefined : text.split('\n')[line - 1];
  if (line === undefined || underline === undefined || !/^ {0,3}(?:=+|-+)[ \t]*$/.test(underline)) return;
  const rule = underline.includes('=') ? '===' : '---';
  // The marks it would take: the title's (1), the sections' when known, else either.
  const marks = depth ? `${depthMarks(depth)} …` : '## …" or "### …';
  throw new SourceError(
    file,
    line,
    1,
    `a line of ${rule} right under text makes that text a heading: write a heading with marks ("${marks}") instead` +
      (rule === '---'
        ? '; for a separator, put a blank line before the --- (it is left out of the deck)'
        : ''),
  );
}

/** Text cut to `max` characters, with … where it was cut, to quote a line in a message. */
function quoted(text: string, max = 30): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/**
 * Why a line meant as a heading reads as text, or undefined: its #s have no space after them
 * (###四、…, #标题), or they are full-width (＃＃＃ 三、…, as a Chinese keyboard types them). A #
 * inside a line is text (C#, 今天的#话题#), and so is a hashtag closed on its line (#话题#…).
 */
function headingReadAsText(
  written: string,
  isTitle: boolean,
): { column: number; reason: string } | undefined {
  const found = /^( {0,3})([#＃]{1,6})([ \t\u3000]*)([^\s#＃].*)$/u.exec(written);
  if (!found) return undefined;
  const [, indent = '', marks = '', space = '', words = ''] = found;
  const fullWidth = marks.includes('＃');
  if (!fullWidth && space !== '') return undefined;
  if (marks.length === 1 && space === '' && /^[^#＃]*[^\s#＃][#＃]/u.test(words)) return undefined;
  // One # opens a section nowhere but on the title's line (sections use ## or ###): elsewhere
  // #空调 #省电, #MeToo运动… and #1 误区 are hashtags and words.
  if (marks.length === 1 && !isTitle) return undefined;
  const half = '#'.repeat(marks.length);
  const column = indent.length + 1;
  const lost = isTitle ? 'the article has no title' : 'the section would run into the one before';
  const what = isTitle ? 'the title' : 'a heading';
  if (fullWidth)
    return {
      column,
      reason: `${what} written with full-width "${marks}", which markdown does not read as a heading mark: the line is text, and ${lost}; write half-width "${half} ${quoted(words)}"`,
    };
  return {
    column,
    reason: `${what} needs a space after its "${half}": write "${half} ${quoted(words)}"; without it, markdown reads the line as text and ${lost}${isTitle ? '' : ' (to start a line with # as text, write \\#)'}`,
  };
}

/** Refuses a line of a paragraph that was meant as a heading (see `headingReadAsText`), at its line. */
function refuseHeadingsReadAsText(
  root: Root,
  markdown: string,
  file: string,
  titleLine: number | undefined,
): void {
  const lines = markdown.split('\n');
  for (const node of root.children) {
    if (node.type !== 'paragraph' || !node.position) continue;
    for (let line = node.position.start.line; line <= node.position.end.line; line++) {
      const written = lines[line - 1] ?? '';
      // Only the title's own line is the title: ##标题 there is a heading at the wrong level.
      const problem = headingReadAsText(
        written,
        line === titleLine && /^ {0,3}[#＃](?![#＃])/u.test(written),
      );
      if (problem) throw new SourceError(file, line, problem.column, problem.reason);
    }
  }
}

/**
 * Turns the article's markdown into an `Article`. Pure: `file` only names the source in errors.
 * The expected shape is a `#` title, introduction paragraphs, then sections that all share one
 * heading level (`##` or `###`), each with at least one paragraph. Lists and quotations may stand
 * among the paragraphs; each list item and quoted paragraph is read as a paragraph of its own,
 * marked with the block it is in.
 */
export function parseArticle(markdown: string, file: string): Article {
  if (markdown.trim() === '') {
    throw new SourceError(file, 1, 1, 'the article is empty; expected a "# title" and sections');
  }
  // Tables are read (GFM): a section's shows on a slide of its own; one in the introduction is refused at its line.
  // CJK-friendly emphasis: "的**“商用元年”**。" is bold, as its author meant, not literal stars.
  // Saved on Windows, lines end in CR LF; a CR left in the text would end a sentence there.
  const text = markdown.replace(/\r\n?/g, '\n');
  const root = fromMarkdown(text, {
    // One ~ is no strike-through: 1~2片 and 415~455nm are ranges.
    extensions: [
      gfmTable(),
      gfmStrikethrough({ singleTilde: false }),
      gfmAutolinkLiteral(),
      cjkFriendlyExtension(),
    ],
    mdastExtensions: [
      gfmTableFromMarkdown(),
      gfmStrikethroughFromMarkdown(),
      gfmAutolinkLiteralFromMarkdown(),
    ],
  });
  const blocks: RootContent[] = root.children
    .filter((node) => node.type !== 'thematicBreak' && node.type !== 'definition' && !isComment(node))
    .flatMap(typedLists);
  const unclosed = root.children.find((node) => unclosedFence(text, node));
  if (unclosed)
    throw fail(
      file,
      unclosed,
      'a code block opens here (```) and never closes, so everything after it, headings too, would be code; close it or remove it',
    );
  refuseStrayMarks(root, text, file);
  // Read as markdown, front matter is a rule and a heading made of its last key ("title: 天气"),
  // and the article would seem to have no title. Its lines are keys (标题: 天气 too), indented
  // values, list items or # comments.
  const frontMatter =
    /^((?:[ \t]*\n)*)---[ \t]*\n(?:[ \t]*#[^\n]*\n)*[ \t]*[\p{L}_][\p{L}\p{N}_-]*[ \t]*[:：][^\n]*\n(?:[^\n]*\n)*?---[ \t]*(?:\n|$)/u.exec(
      text,
    );
  if (frontMatter) {
    throw new SourceError(
      file,
      (frontMatter[1] ?? '').split('\n').length,
      1,
      'front matter (--- … ---) is not read: the title is the "# title" line, and subtitle, author and the rest go in the deck\'s spec (deck.yaml); remove the block',
    );
  }
  refuseHeadingsReadAsText(root, text, file, blocks[0]?.position?.start.line);
  const definitions = new Map<string, Definition>();
  for (const node of root.children) {
    if (node.type !== 'definition') continue;
    // Without the footnote extension, a footnote's text reads as a definition labelled "^…".
    if (node.identifier.startsWith('^'))
      throw fail(file, node, 'footnotes are not supported; write the note into the paragraph');
    definitions.set(node.identifier, node);
  }

  const first = blocks[0];
  if (first?.type !== 'heading' || first.depth !== 1) {
    throw fail(file, first ?? root, 'the article has no title; it must start with a "# title" line');
  }
  refuseUnderlined(first, text, file, 1);
  // Only sections are numbered: "# 3.15晚会曝光了什么" keeps its number.
  const title = wordsOf(first, file, definitions);
  if (title === '') throw fail(file, first, 'the title is empty');

  const intro: Paragraph[] = [];
  const sections: { heading: string; position: SourcePosition; paragraphs: Paragraph[]; tables?: Table[] }[] =
    [];
  let sectionDepth: number | undefined;
  // The headings as written, their numbers kept, beside `sections`.
  const writtenHeadings: string[] = [];

  for (const node of blocks.slice(1)) {
    switch (node.type) {
      case 'heading': {
        refuseUnderlined(node, text, file, sectionDepth);
        if (node.depth === 1) throw fail(file, node, 'a second "#" title; sections use "##" or "###"');
        sectionDepth ??= node.depth;
        if (node.depth !== sectionDepth) {
          throw fail(
            file,
            node,
            `heading at the wrong level: "${depthMarks(node.depth)}" where sections use "${depthMarks(sectionDepth)}"` +
              (node.depth > sectionDepth
                ? `; the deck has no sub-sections: make it a section of its own ("${depthMarks(sectionDepth)}") or a sentence of its section`
                : ''),
          );
        }
        const heading = headingText(node, file, definitions);
        if (heading === '') throw fail(file, node, 'a section heading is empty');
        sections.push({ heading, position: positionOf(node), paragraphs: [] });
        writtenHeadings.push(wordsOf(node, file, definitions));
        break;
      }
      case 'paragraph':
      case 'list':
      case 'blockquote': {
        const found =
          node.type === 'list'
            ? listItems(node, file, definitions, text)
            : node.type === 'blockquote'
              ? quotedParagraphs(node, file, definitions, text)
              : [paragraphOf(node.children, file, positionOf(node), definitions)];
        for (const paragraph of found) {
          refusePromotion(paragraph, file);
          refuseCaption(paragraph, file);
        }
        const current = sections.at(-1);
        (current ? current.paragraphs : intro).push(...found.filter((p) => p.text !== ''));
        break;
      }
      case 'table': {
        const current = sections.at(-1);
        if (!current) throw unsupportedBlock(file, node, text);
        current.tables = [...(current.tables ?? []), tableOf(node, file, definitions)];
        break;
      }
      default:
        throw unsupportedBlock(file, node, text);
    }
  }

  if (sections.length === 0) {
    throw new SourceError(
      file,
      positionOf(first).line,
      1,
      'the article has no sections ("##" or "###" headings)',
    );
  }
  for (const section of sections) {
    if (section.paragraphs.length === 0 && !section.tables) {
      throw new SourceError(
        file,
        section.position.line,
        section.position.column,
        `section "${section.heading}" has no paragraph`,
      );
    }
  }
  const written = sections.map((section, i) => ({
    ...section,
    written: writtenHeadings[i] ?? section.heading,
  }));
  refuseBoldHeadings(written, file, depthMarks(sectionDepth ?? 3));
  refuseNumberingGaps(written, file);
  const named = withoutCounting(sections);
  refuseDuplicates(named, file);
  return { file, title, titlePosition: positionOf(first), intro, sections: named };
}

/**
 * Marks left over from markdown it did not read as marks, which would show on a slide as they
 * are, and why each is left over. Written with a backslash (`\\*\\*`), marks are the author's to show.
 */
const STRAY_MARKS: readonly { readonly mark: RegExp; readonly why: string }[] = [
  {
    mark: /(?<!\\)\*\*/u,
    why: 'bold text opens here (**) and never closes, so the stars would show on the slide; close it with ** or remove it (to show the stars, write \\*\\* or put them in `backticks`)',
  },
  {
    // An address with a space in it, or no `)`.
    mark: /(?<!\\)\]\(/u,
    why: "a link's address starts here but never ends, so its marks would show on the slide; write [words](https://…) with no space in the address and close it with ) (to show the brackets, write \\](…)",
  },
  {
    // A footnote's mark ([^1]), and its note where markdown could not read it as a definition.
    mark: /(?<!\\)\[\^[^\]\n]*\]/u,
    why: 'a footnote ([^…]); footnotes are not supported, and the mark would show on the slide: write the note into the paragraph, or list the source under a 参考资料 heading',
  },
  {
    // _…_ or __…__ beside or around Chinese: markdown reads underscores as emphasis only between
    // spaces or punctuation, so 但_真的_有用 keeps them. (snake_case names hold no Chinese.)
    mark: /(?<!\\)(__?)(?![\s_])(?:[^_\n]*?[^\s\\_])?\1(?!_)/u,
    why: 'emphasis written with underscores (_…_) beside Chinese is not read as emphasis, so the underscores would show on the slide; write *…* (or **…** for bold) instead, or \\_ to show an underscore',
  },
];

/**
 * Whether a stray mark's match stands as one. Underscores only where Chinese is beside or in them,
 * and never in a name written with them: one against a Latin letter or digit (user_name和user_id,
 * 报告_v2_最终版), around a name alone (__init__), in a file's name (论文_最终版_改.docx), or in
 * quoted names one after another.
 */
function isStray(written: string, found: RegExpExecArray): boolean {
  if (!found[0].startsWith('_')) return true;
  const before = written[found.index - 1] ?? '';
  const after = written[found.index + found[0].length] ?? '';
  const inside = found[0].replace(/^_+|_+$/g, '');
  if (/[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after) || /^\w+$/.test(inside)) return false;
  // A pair that runs from one quotation into the next (“论文_最终版.docx”“论文_改.docx”) joins two
  // names written with underscores, not words set in emphasis.
  if (/[”」』][^“「『]*[“「『]/u.test(inside)) return false;
  // A file's name (论文_最终版_改.docx): its extension follows, with no break, after the pair.
  const rest = written.slice(found.index + found[0].length);
  if (/^[^\s，。、；：！？“”「」（）]*\.[A-Za-z][A-Za-z0-9]{0,4}(?![A-Za-z0-9])/u.test(rest)) return false;
  return CJK.test(`${before}${found[0]}${after}`);
}

function refuseStrayMarks(node: Nodes, markdown: string, file: string): void {
  if (node.type === 'text') {
    const start = node.position?.start;
    const end = node.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) return;
    const written = markdown.slice(start.offset, end.offset);
    for (const { mark, why } of STRAY_MARKS) {
      const found = firstStray(written, mark);
      if (!found) continue;
      const before = written.slice(0, found.index).split('\n');
      const line = start.line + before.length - 1;
      const column = before.length > 1 ? (before.at(-1)?.length ?? 0) + 1 : start.column + found.index;
      throw new SourceError(file, line, column, why);
    }
  }
  if ('children' in node) for (const child of node.children) refuseStrayMarks(child, markdown, file);
}

/** The first match of `mark` in `written` that stands as a stray mark. */
function firstStray(written: string, mark: RegExp): RegExpExecArray | undefined {
  const all = new RegExp(mark.source, 'gu');
  for (let found = all.exec(written); found; found = all.exec(written)) {
    if (isStray(written, found)) return found;
    all.lastIndex = found.index + 1;
  }
  return undefined;
}

/** Two sections of one name (after their numbering is dropped: 1 速度, 2 速度) are refused at the second. */
function refuseDuplicates(sections: readonly Section[], file: string): void {
  const seen = new Map<string, number>();
  for (const { heading, position } of sections) {
    const earlier = seen.get(heading);
    if (earlier !== undefined) {
      throw new SourceError(
        file,
        position.line,
        position.column,
        `duplicate section heading "${heading}" (first used on line ${earlier})`,
      );
    }
    seen.set(heading, position.line);
  }
}

/**
 * Sections numbered 1, 2, 3… with a space alone (### 1 速度): a number and a space is numbering
 * only where every heading counts on so (### 10 个理由 alone is words), and it is dropped.
 */
function withoutCounting<T extends { heading: string }>(sections: T[]): T[] {
  const counted = sections.every((s, i) => new RegExp(`^${i + 1}\\s+\\S`, 'u').test(s.heading));
  if (sections.length < 2 || !counted) return sections;
  return sections.map((s) => ({ ...s, heading: s.heading.replace(/^\d+\s+/u, '') }));
}
