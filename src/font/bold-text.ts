import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';

/**
 * What the theme (assets/theme.css) and the browser's defaults set in bold, in the slides' HTML.
 * A test keeps this list in step with the theme.
 */
export const BOLD_SELECTORS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'th',
  'strong',
  'b',
  '.section-number',
  '.agenda-number',
  // A divider's 表 and 图 before each of its part's tables and diagrams.
  '.part-kind',
  'table.comparison td:last-child',
  // The speaker view prints a slide's cue line in bold.
  '.notes-cue',
  // A printed notes page names its slide in bold.
  '.notes-slide',
  // A diagram's title over a phone's notes, made in the page from its h2 (so in the subset already).
  'p.diagram-title.reader-copy',
] as const;

/** The text of every element of `html` that is drawn in bold. */
export function boldText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  return selectAll(BOLD_SELECTORS.join(', '), tree)
    .map((node) => textOf(node))
    .join('\n');
}
