import type { Heading, Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { SourceError } from './source-error.ts';
import type { Article, Link, Paragraph, SourcePosition } from './types.ts';

// Section headings in the article are numbered by hand ("一、", "2.", "3、"); the deck numbers them itself.
const HEADING_NUMBER = /^\s*(?:[一二三四五六七八九十百]+|\d+)\s*[、.．:：]\s*/u;

function positionOf(node: Nodes): SourcePosition {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** Where a link may lead: the web or e-mail; never `javascript:` or a path into the deck. */
const LINK_URL = /^(?:https?:\/\/|mailto:)/i;

/**
 * Plain text of inline content, and where its links are: a link keeps its text, and its address
 * is noted beside it. Images and raw HTML are refused.
 */
function inlineText(
  nodes: readonly PhrasingContent[],
  file: string,
  links: Link[] = [],
  offset = 0,
): { text: string; links: Link[] } {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        text += node.value;
        break;
      case 'break':
        text += '\n';
        break;
      case 'strong':
      case 'emphasis':
      case 'delete':
        text += inlineText(node.children, file, links, offset + text.length).text;
        break;
      case 'link': {
        if (!LINK_URL.test(node.url)) {
          throw fail(
            file,
            node,
            `a link to "${node.url}"; links may lead to http, https or mailto addresses only`,
          );
        }
        const start = offset + text.length;
        // Nested inline marks inside the link text are flattened; links do not nest.
        text += inlineText(node.children, file, [], start).text;
        links.push({ start, end: offset + text.length, url: node.url });
        break;
      }
      case 'html':
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
  return { text, links };
}

const plainText = (nodes: readonly PhrasingContent[], file: string): string => inlineText(nodes, file).text;

/** A paragraph's text, trimmed, with its links moved to match and empty ones dropped. */
function paragraphOf(nodes: readonly PhrasingContent[], file: string, position: SourcePosition): Paragraph {
  const { text: raw, links } = inlineText(nodes, file);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const kept = links
    .map((link) => ({
      ...link,
      start: Math.max(0, link.start - lead),
      end: Math.min(text.length, link.end - lead),
    }))
    .filter((link) => link.end > link.start);
  return { text, position, ...(kept.length > 0 ? { links: kept } : {}) };
}

function fail(file: string, node: Nodes, reason: string): SourceError {
  const { line, column } = positionOf(node);
  return new SourceError(file, line, column, reason);
}

function headingText(node: Heading, file: string): string {
  return plainText(node.children, file).replace(HEADING_NUMBER, '').trim();
}

const depthMarks = (depth: number): string => '#'.repeat(depth);

/**
 * Turns the article's markdown into an `Article`. Pure: `file` only names the source in errors.
 * The expected shape is a `#` title, introduction paragraphs, then sections that all share one
 * heading level (`##` or `###`), each with at least one paragraph.
 */
export function parseArticle(markdown: string, file: string): Article {
  if (markdown.trim() === '') {
    throw new SourceError(file, 1, 1, 'the article is empty; expected a "# title" and sections');
  }
  // Tables are recognised (GFM) so that one is refused at its line, not read as a paragraph of pipes.
  const root = fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  const blocks: RootContent[] = root.children.filter((node) => node.type !== 'thematicBreak');

  const first = blocks[0];
  if (first?.type !== 'heading' || first.depth !== 1) {
    throw fail(file, first ?? root, 'the article has no title; it must start with a "# title" line');
  }
  const title = headingText(first, file);
  if (title === '') throw fail(file, first, 'the title is empty');

  const intro: Paragraph[] = [];
  const sections: { heading: string; position: SourcePosition; paragraphs: Paragraph[] }[] = [];
  const seen = new Map<string, number>();
  let sectionDepth: number | undefined;

  for (const node of blocks.slice(1)) {
    switch (node.type) {
      case 'heading': {
        if (node.depth === 1) throw fail(file, node, 'a second "#" title; sections use "##" or "###"');
        sectionDepth ??= node.depth;
        if (node.depth !== sectionDepth) {
          throw fail(
            file,
            node,
            `heading at the wrong level: "${depthMarks(node.depth)}" where sections use "${depthMarks(sectionDepth)}"`,
          );
        }
        const heading = headingText(node, file);
        if (heading === '') throw fail(file, node, 'a section heading is empty');
        const earlier = seen.get(heading);
        if (earlier !== undefined) {
          throw fail(file, node, `duplicate section heading "${heading}" (first used on line ${earlier})`);
        }
        const position = positionOf(node);
        seen.set(heading, position.line);
        sections.push({ heading, position, paragraphs: [] });
        break;
      }
      case 'paragraph': {
        const paragraph = paragraphOf(node.children, file, positionOf(node));
        if (paragraph.text === '') break;
        const current = sections.at(-1);
        if (current) current.paragraphs.push(paragraph);
        else intro.push(paragraph);
        break;
      }
      case 'html':
        throw fail(file, node, 'raw HTML is not allowed in the article; write plain markdown');
      case 'table':
        throw fail(
          file,
          node,
          'tables are not supported in the article; put a comparison table in deck.yaml (sections.<heading>.table)',
        );
      default:
        throw fail(
          file,
          node,
          `unsupported block (${node.type}); the article holds headings and paragraphs only`,
        );
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
    if (section.paragraphs.length === 0) {
      throw new SourceError(
        file,
        section.position.line,
        section.position.column,
        `section "${section.heading}" has no paragraph`,
      );
    }
  }
  return { file, title, titlePosition: positionOf(first), intro, sections };
}
